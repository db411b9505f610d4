-- Improvement actions (將陳情與建議彙整統計，轉換民眾意見成為服務政策或措施): the quality officer links a
-- group of petitions to a change of service and tracks it to done (docs/petitions.md). The
-- petitions are named by case number; they stay where they are (petition_case).
create table petition_improvement (
    id            bigserial primary key,
    agency_code   text        not null,
    title         text        not null,
    description   text        not null,
    owner_unit_id bigint      not null,
    due_on        date        not null,
    status        text        not null,
    done_on       date,
    created_by    text        not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       integer     not null default 0,
    check ((status = 'DONE') = (done_on is not null))
);
create index petition_improvement_agency_idx on petition_improvement (agency_code, status, due_on);

create table petition_improvement_case (
    improvement_id bigint not null references petition_improvement (id) on delete cascade,
    case_number    text   not null,
    primary key (improvement_id, case_number)
);
