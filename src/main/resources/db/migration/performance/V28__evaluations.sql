-- Evaluations (績效評估) of service-quality plans: reviewers score each item (評核項目) of a scoring
-- framework. The plan's own agency scores itself (SELF, 自評); quality officers of its supervising
-- agencies review it (REVIEW, 複評). One evaluation per plan, against the plan's framework or, for
-- a plan with its own headings, the framework chosen when it was opened. OPEN until the quality
-- officer finalises it; a FINAL evaluation's scores never change again (ADR 0021).
create table performance_evaluation (
    id              bigint generated always as identity primary key,
    plan_id         bigint not null unique references performance_plan (id),
    framework_code  text not null references performance_framework (code),
    status          text not null check (status in ('OPEN', 'FINAL')),
    opened_by       text not null,
    opened_at       timestamptz not null,
    finalised_by    text,
    finalised_at    timestamptz,
    version         integer not null default 0,
    check ((status = 'FINAL') = (finalised_at is not null))
);

-- One reviewer's score of one item, of one kind. The bounds (0 to the item's points, or 0 to 100
-- where the framework gives none) are checked by the application against the framework.
create table performance_score (
    evaluation_id   bigint not null references performance_evaluation (id),
    path            text not null check (path ~ '^[0-9]{2}(\.[0-9]{2})*$'),
    kind            text not null check (kind in ('SELF', 'REVIEW')),
    reviewer        text not null,
    score           numeric(7, 2) not null check (score >= 0),
    comment         text check (length(comment) <= 2000),
    scored_at       timestamptz not null,
    primary key (evaluation_id, path, kind, reviewer)
);
