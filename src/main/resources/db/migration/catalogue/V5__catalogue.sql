-- The service catalogue. A service (catalogue_service) has numbered versions; a published
-- version is never changed again, so that a case can keep the version it was filed under. Steps,
-- required documents and forms are small ordered lists owned by their version and kept as JSON.
-- Files are stored once, with their checksum, and listed by the versions that offer them.
create table catalogue_service (
    code            text primary key,
    agency_code     text not null,
    unit_id         bigint not null,
    current_version integer,
    draft_version   integer,
    revision        integer not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index catalogue_service_agency_idx on catalogue_service (agency_code);

create table catalogue_service_version (
    service_code        text not null references catalogue_service (code),
    version             integer not null,
    status              text not null check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    unit_id             bigint not null,
    name_zh             text not null,
    name_en             text not null,
    summary_zh          text not null,
    summary_en          text not null,
    description_zh      text not null,
    description_en      text not null,
    category            text not null,
    legal_basis_zh      text not null,
    legal_basis_en      text not null,
    fee_amount          integer not null check (fee_amount >= 0),
    fee_note_zh         text,
    fee_note_en         text,
    channels            text[] not null,
    time_limit_amount   integer check (time_limit_amount >= 0),
    time_limit_unit     text,
    target_amount       integer check (target_amount >= 0),
    target_unit         text,
    steps               jsonb not null,
    documents           jsonb not null,
    forms               jsonb not null,
    created_at          timestamptz not null,
    published_at        timestamptz,
    published_by        text,
    superseded_at       timestamptz,
    primary key (service_code, version),
    constraint time_limit_whole check ((time_limit_amount is null) = (time_limit_unit is null)),
    constraint target_whole check ((target_amount is null) = (target_unit is null))
);
create unique index catalogue_one_published_idx on catalogue_service_version (service_code)
    where status = 'PUBLISHED';
create unique index catalogue_one_draft_idx on catalogue_service_version (service_code)
    where status = 'DRAFT';

create table catalogue_file (
    id           bigserial primary key,
    service_code text not null references catalogue_service (code),
    file_name    text not null,
    content_type text not null,
    size_bytes   bigint not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text not null
);
