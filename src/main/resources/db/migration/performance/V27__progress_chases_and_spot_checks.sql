-- What was chased (稽催) for a missing progress report, once per (plan, practice, unit, period):
-- the row is inserted before the notices are posted, in the same transaction, so that the daily
-- task on several nodes and the quality officer's "chase now" never chase a pair twice.
create table performance_progress_chase (
    plan_id     bigint not null references performance_plan (id),
    practice_id text not null,
    unit_code   text not null,
    period      text not null,
    chased_at   timestamptz not null,
    chased_by   text,
    notified    integer not null default 0,
    primary key (plan_id, practice_id, unit_code, period)
);

-- Spot checks (平時查核) of a plan's execution, and the follow-up actions they require. A check
-- is OPEN until every follow-up action is DONE; one that requires none is CLOSED when recorded.
create table performance_spot_check (
    id                 bigint generated always as identity primary key,
    plan_id            bigint not null references performance_plan (id),
    practice_id        text,
    unit_code          text,
    checked_on         date not null,
    checker            text not null check (length(checker) between 1 and 100),
    findings           text not null check (length(findings) between 1 and 4000),
    follow_up_required boolean not null,
    state              text not null check (state in ('OPEN', 'CLOSED')),
    recorded_by        text not null,
    recorded_at        timestamptz not null,
    closed_at          timestamptz,
    version            integer not null default 0
);

create index performance_spot_check_plan on performance_spot_check (plan_id, checked_on desc);

create table performance_spot_check_action (
    check_id  bigint not null references performance_spot_check (id),
    seq       integer not null,
    text      text not null check (length(text) between 1 and 1000),
    unit_code text not null,
    due_on    date not null,
    state     text not null check (state in ('OPEN', 'DONE')),
    note      text check (length(note) <= 4000),
    done_by   text,
    done_at   timestamptz,
    primary key (check_id, seq)
);
