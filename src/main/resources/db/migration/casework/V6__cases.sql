-- Cases of every kind on one lifecycle (tw.civicdesk.casework.CaseTransitions). The history is
-- append-only: rows are inserted, never updated or deleted. Case numbers come from a per-agency,
-- per-day counter, so a number is never handed out twice. The due date is stored (derived from
-- the clock columns) so that lists and reminders can filter and sort on it; it is null while a
-- supplement is awaited. Applicant details arrive with intake, in their own table.
create table case_number_sequence (
    agency_code text   not null,
    day         date   not null,
    last_value  bigint not null,
    primary key (agency_code, day)
);

create table casework_case (
    number            text primary key,
    kind              text not null,
    channel           text not null,
    agency_code       text not null,
    unit_id           bigint not null,
    service_code      text,
    service_version   integer,
    status            text not null,
    decision          text,
    officer           text,
    received_on       date not null,
    limit_amount      integer not null,
    limit_unit        text not null,
    pauses            jsonb not null default '[]',
    open_pause        date,
    extension_amount  integer,
    extension_unit    text,
    supplement_rounds integer not null default 0,
    due_date          date,
    version           integer not null default 0,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index casework_case_agency_idx on casework_case (agency_code, status, due_date);
create index casework_case_officer_idx on casework_case (officer, status, due_date);

create table casework_history (
    case_number   text not null references casework_case (number),
    sequence      integer not null,
    action        text,
    from_status   text,
    to_status     text not null,
    actor         text not null,
    party         text not null,
    at            timestamptz not null,
    public_note   text,
    internal_note text,
    primary key (case_number, sequence)
);
