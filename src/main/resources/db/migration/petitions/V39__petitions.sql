-- Petitions and their like (陳情, 首長信箱, 服務申訴, 公共設施通報, 輿情) run on the case engine
-- (casework_case); this module keeps what the case engine does not know: each kind's rules per
-- agency, the categories a citizen chooses from, routing of a category and place to a unit, and a
-- read model of every such case with its public place, kept in step with the case by
-- tw.civicdesk.petitions (PetitionLedger) in the transaction of every step.

-- Each kind's rules per agency; a kind without a row is not open at that agency.
create table petition_kind_rule (
    agency_code       text    not null,
    kind              text    not null,
    limit_amount      integer not null,
    limit_unit        text    not null,
    anonymous_allowed boolean not null,
    extension_allowed boolean not null default true,
    reply_requires    text    not null default '',
    default_unit_id   bigint  not null,
    version           integer not null default 0,
    primary key (agency_code, kind)
);

-- The categories of a kind at an agency; a category may have its own time limit.
create table petition_category (
    agency_code  text    not null,
    code         text    not null,
    kind         text    not null,
    name_zh      text    not null,
    name_en      text    not null,
    limit_amount integer,
    limit_unit   text,
    position     integer not null default 0,
    active       boolean not null default true,
    version      integer not null default 0,
    primary key (agency_code, code),
    check ((limit_amount is null) = (limit_unit is null))
);
create index petition_category_kind_idx on petition_category (agency_code, kind, position);

-- The places of an agency's area: districts (鄉鎮市區) and villages (村里); '' = the whole district.
create table petition_place (
    agency_code text not null,
    district    text not null,
    village     text not null default '',
    primary key (agency_code, district, village)
);

-- Which unit handles a category in a place; '' matches any district or village. The most specific
-- row wins (district and village, then district, then the category anywhere), else the kind's
-- default unit.
create table petition_route (
    agency_code   text   not null,
    category_code text   not null,
    district      text   not null default '',
    village       text   not null default '',
    unit_id       bigint not null,
    primary key (agency_code, category_code, district, village),
    foreign key (agency_code, category_code) references petition_category (agency_code, code)
);

-- One row per case of a kind other than an application. The place is public: for a report at a
-- home address the house number is removed and the coordinates are rounded (about 100 m); the
-- place as given stays in the case's fields, which only staff read.
create table petition_case (
    case_number     text primary key,
    agency_code     text    not null,
    kind            text    not null,
    category_code   text    not null,
    channel         text    not null,
    unit_id         bigint  not null,
    district        text,
    village         text,
    public_address  text,
    lat             double precision,
    lon             double precision,
    coarsened       boolean not null default false,
    anonymous       boolean not null,
    language        text    not null,
    status          text    not null,
    decision        text,
    due_date        date,
    filed_at        timestamptz not null,
    updated_at      timestamptz not null,
    replied_at      timestamptz,
    replied_on_time boolean
);
-- Keyset paging by agency in filing order (Open311 GET requests, the public list).
create index petition_case_agency_filed_idx on petition_case (agency_code, filed_at, case_number);
create index petition_case_category_idx on petition_case (agency_code, category_code, status, filed_at);
