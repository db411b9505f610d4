-- The FAQ and staff knowledge base (issue 20, ADR 0052): categories per agency, entries with a
-- stable code, their public question and answer (sanitized HTML) and their staff-only notes and
-- SOP steps, the "did this help?" votes and the daily view counts. Votes and views keep no
-- personal data: no address, no cookie value, only the entry, the day and the count.

create table faq_category (
    id          bigserial primary key,
    agency_code text    not null,
    code        text    not null,
    name_zh     text    not null,
    name_en     text    not null default '',
    position    integer not null default 0,
    unique (agency_code, code)
);

create table faq_entry (
    id           bigserial primary key,
    code         text        not null unique,
    agency_code  text        not null,
    category_id  bigint      not null references faq_category (id),
    unit_id      bigint      not null,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    question_zh  text        not null,
    question_en  text        not null default '',
    answer_zh    text        not null,
    answer_en    text        not null default '',
    notes_zh     text        not null default '',
    notes_en     text        not null default '',
    sop          jsonb       not null default '[]',
    services     text[]      not null default '{}',
    review_on    date        not null,
    reviewed_on  date,
    version      integer     not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    updated_by   text        not null
);

create index faq_entry_agency on faq_entry (agency_code, status);
create index faq_entry_review on faq_entry (review_on) where status <> 'ARCHIVED';

-- One row per entry, day and answer; a vote adds one to its row.
create table faq_vote (
    entry_id bigint  not null references faq_entry (id),
    day      date    not null,
    helpful  boolean not null,
    votes    integer not null default 0,
    primary key (entry_id, day, helpful)
);

-- One row per entry and day: how often its public page was read.
create table faq_view (
    entry_id bigint  not null references faq_entry (id),
    day      date    not null,
    views    integer not null default 0,
    primary key (entry_id, day)
);
