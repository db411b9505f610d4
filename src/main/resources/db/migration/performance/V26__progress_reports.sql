-- Progress reports (管制考核): a unit's report on one practice of a plan for one reporting period
-- (2026-Q1 …), reviewed by the agency's quality officer. performance_progress_report holds the
-- current report, one per (plan, practice, unit, period); every submission, review and reopening
-- is appended to performance_progress_entry with what was said then, so that a resubmission after
-- a return keeps the earlier text and the officer's comments (ADR 0020). Evidence files are judged
-- by their content before they are stored (platform.files.ContentInspection) and never changed.
create table performance_progress_report (
    id             bigint generated always as identity primary key,
    plan_id        bigint not null references performance_plan (id),
    practice_id    text not null,
    unit_code      text not null,
    period         text not null
        check (period ~ '^[0-9]{4}-(Q[1-4]|H[12]|M(0[1-9]|1[0-2]))$'),
    status         text not null check (status in ('NOT_STARTED', 'ON_TRACK', 'DELAYED', 'DONE')),
    narrative      text not null check (length(narrative) between 1 and 4000),
    figures        jsonb not null default '{}'::jsonb,
    evidence_links text[] not null default '{}',
    review_state   text not null check (review_state in ('SUBMITTED', 'RETURNED', 'ACCEPTED')),
    submitted_by   text not null,
    submitted_at   timestamptz not null,
    on_behalf      boolean not null default false,
    reviewed_by    text,
    reviewed_at    timestamptz,
    review_comment text check (length(review_comment) <= 4000),
    version        integer not null default 0,
    unique (plan_id, practice_id, unit_code, period)
);

create index performance_progress_report_queue on performance_progress_report (plan_id)
    where review_state = 'SUBMITTED';

-- Append-only: what each step said, in order (SUBMIT, RESUBMIT, ACCEPT, RETURN, REOPEN).
create table performance_progress_entry (
    report_id      bigint not null references performance_progress_report (id),
    seq            integer not null,
    action         text not null
        check (action in ('SUBMIT', 'RESUBMIT', 'ACCEPT', 'RETURN', 'REOPEN')),
    actor          text not null,
    at             timestamptz not null,
    on_behalf      boolean not null default false,
    status         text,
    narrative      text,
    figures        jsonb,
    evidence_links text[],
    comment        text,
    primary key (report_id, seq)
);

create table performance_progress_file (
    id           bigint generated always as identity primary key,
    report_id    bigint not null references performance_progress_report (id),
    filename     text not null,
    content_type text not null,
    size         bigint not null check (size > 0),
    sha256       char(64) not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null
);

create index performance_progress_file_report on performance_progress_file (report_id, id);
