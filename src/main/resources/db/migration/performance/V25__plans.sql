-- Service-quality plans (提升服務品質執行計畫): an agency's plan for one year, or a county's template
-- its agencies derive theirs from. The plan's text and tree (basis letters, goals, scope, dimension
-- → item → indicator or key point → practices) are one JSON document, the plan's content; the
-- row keeps what is queried and what the lifecycle needs. Once approved a plan changes only by a
-- revision (修正), which keeps the content before it in performance_plan_revision (ADR 0019).
create table performance_plan (
    id              bigint generated always as identity primary key,
    agency_code     text not null,
    year            integer not null check (year between 1990 and 2200),
    kind            text not null check (kind in ('PLAN', 'TEMPLATE')),
    template_id     bigint references performance_plan (id),
    framework_code  text references performance_framework (code),
    title           text not null check (length(title) between 1 and 300),
    status          text not null
        check (status in ('DRAFT', 'APPROVED', 'PUBLISHED', 'IN_EXECUTION', 'CLOSED')),
    revision        integer not null default 0 check (revision >= 0),
    content         jsonb not null,
    created_by      text not null,
    created_at      timestamptz not null,
    approved_by     text,
    approved_at     timestamptz,
    approval_ref    text,
    published_at    timestamptz,
    executing_since timestamptz,
    closed_at       timestamptz,
    version         integer not null default 0,
    unique (agency_code, year, kind)
);

create index performance_plan_template on performance_plan (template_id)
    where template_id is not null;

-- Every change after approval, and every lifecycle step: who, when, why, and the content before.
create table performance_plan_revision (
    plan_id     bigint not null references performance_plan (id),
    seq         integer not null,
    action      text not null
        check (action in ('CREATE', 'APPROVE', 'PUBLISH', 'START', 'CLOSE', 'REVISE')),
    revision    integer not null,
    reason      text,
    actor       text not null,
    at          timestamptz not null,
    content_before jsonb,
    primary key (plan_id, seq)
);
