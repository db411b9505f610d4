-- Innovation proposals (創新提案, C12; issue 21, ADR 0056): an agency's settings (whether citizens
-- may propose), its review criteria and panel, the meetings proposals come from (區務會議, 處務會議,
-- 里幹事會議), the proposals with their numbers, reviews, decision, assignment, milestones and
-- attachments. The citizen's name and contact are stored for staff only; no public view reads them.

create table proposal_setting (
    agency_code        text primary key,
    citizen_form_open  boolean     not null default false,
    updated_by         text        not null,
    updated_at         timestamptz not null
);

-- The last number given per agency and year (HC-EAST-HEALTH-P-2026-003).
create table proposal_sequence (
    agency_code text    not null,
    year        integer not null,
    last_number integer not null,
    primary key (agency_code, year)
);

create table proposal_criterion (
    id          bigserial primary key,
    agency_code text    not null,
    name_zh     text    not null,
    name_en     text    not null default '',
    weight      integer not null check (weight between 1 and 100),
    position    integer not null default 0,
    unique (agency_code, name_zh)
);

create table proposal_panel_member (
    agency_code text        not null,
    username    text        not null,
    added_by    text        not null,
    added_at    timestamptz not null,
    primary key (agency_code, username)
);

create table proposal_meeting (
    id          bigserial primary key,
    agency_code text        not null,
    held_on     date        not null,
    kind        text        not null
        check (kind in ('DISTRICT_AFFAIRS', 'DEPARTMENT_AFFAIRS', 'VILLAGE_STAFF', 'OTHER')),
    title       text        not null,
    chair       text        not null,
    decisions   text[]      not null default '{}',
    created_by  text        not null,
    created_at  timestamptz not null
);

create index proposal_meeting_agency on proposal_meeting (agency_code, held_on);

create table proposal (
    id               bigserial primary key,
    number           text        not null unique,
    agency_code      text        not null,
    origin           text        not null check (origin in ('STAFF', 'CITIZEN')),
    submitted_by     text,
    citizen_name     text,
    citizen_contact  text,
    unit_id          bigint,
    meeting_id       bigint references proposal_meeting (id),
    title_zh         text        not null,
    title_en         text        not null default '',
    problem          text        not null,
    idea             text        not null,
    benefit          text        not null default '',
    hours_saved      numeric(10, 1) not null default 0 check (hours_saved >= 0),
    money_saved      bigint      not null default 0 check (money_saved >= 0),
    documents_saved  integer     not null default 0 check (documents_saved >= 0),
    services         text[]      not null default '{}',
    status           text        not null check (status in
        ('SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'ADOPTED_IN_PART', 'NOT_ADOPTED', 'IMPLEMENTED')),
    decision         text check (decision in ('ADOPTED', 'ADOPTED_IN_PART', 'NOT_ADOPTED')),
    reasons          text        not null default '',
    decided_on       date,
    assigned_unit_id bigint,
    implemented_on   date,
    published        boolean     not null default false,
    submitted_on     date        not null,
    version          integer     not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    check ((decision is null) = (decided_on is null))
);

create index proposal_agency_submitted on proposal (agency_code, submitted_on);
create index proposal_agency_decided on proposal (agency_code, decided_on) where decided_on is not null;
create index proposal_published on proposal (agency_code) where published;

-- One review per panel member and proposal: the points per criterion (0-100) by criterion id.
create table proposal_review (
    proposal_id bigint        not null references proposal (id),
    username    text          not null,
    scores      jsonb         not null,
    total       numeric(5, 1) not null,
    reviewed_at timestamptz   not null,
    primary key (proposal_id, username)
);

create table proposal_milestone (
    id          bigserial primary key,
    proposal_id bigint      not null references proposal (id),
    position    integer     not null,
    title       text        not null,
    due_on      date        not null,
    status      text        not null default 'PLANNED'
        check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED')),
    percent     integer     not null default 0 check (percent between 0 and 100),
    note        text        not null default '',
    updated_at  timestamptz not null
);

create index proposal_milestone_proposal on proposal_milestone (proposal_id, position);

-- Files judged by their content (tw.civicdesk.platform.files.ContentInspection), like a case's.
create table proposal_attachment (
    id           bigserial primary key,
    proposal_id  bigint      not null references proposal (id),
    filename     text        not null,
    content_type text        not null,
    size         bigint      not null check (size > 0),
    sha256       char(64)    not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null
);

create index proposal_attachment_proposal on proposal_attachment (proposal_id, id);
