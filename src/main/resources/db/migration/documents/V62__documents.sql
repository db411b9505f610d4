-- An agency's published documents (issue 22, C15): regulations, budgets, reports, publications.
-- Each has a bilingual title, a category, the date of the document itself, the day it appears on
-- the public site (publish_on, so it can be put up ahead), an optional review date for the
-- content-freshness report, and one or more files judged by their content at upload
-- (platform.files.ContentInspection) and kept in the database with their SHA-256. Withdrawing
-- keeps the row (and its audit trail) but takes it off the public site.
create table document (
    id            bigserial primary key,
    agency_code   text not null,
    category      text not null,
    title_zh      text not null,
    title_en      text not null default '',
    document_date date not null,
    publish_on    date not null,
    review_on     date,
    withdrawn_at  timestamptz,
    version       integer not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index document_agency_idx on document (agency_code, publish_on desc);

create table document_file (
    document_id  bigint not null references document (id),
    position     integer not null check (position >= 1),
    file_name    text not null,
    content_type text not null,
    size         bigint not null check (size > 0),
    sha256       text not null,
    content      bytea not null,
    created_at   timestamptz not null,
    primary key (document_id, position)
);
