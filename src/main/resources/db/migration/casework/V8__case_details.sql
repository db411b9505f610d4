-- What intake adds to a case: the application's form values, the postmark date of a letter, the
-- links between cases (joint handling 會辦 parent, transfer 移文 both ways, merge 併案), the
-- applicant's personal data in its own table (read only through CaseWork, every staff read
-- audited), and the secret from which verification codes are derived (one row, made on first
-- use, never shown).
alter table casework_case
    add column fields           jsonb not null default '{}',
    add column postmarked_on    date,
    add column parent_number    text references casework_case (number),
    add column transferred_from text references casework_case (number),
    add column transferred_to   text references casework_case (number),
    add column merged_into      text references casework_case (number);
create index casework_case_parent_idx on casework_case (parent_number)
    where parent_number is not null;
create index casework_case_unit_idx on casework_case (agency_code, unit_id, status, due_date);

create table casework_applicant (
    case_number    text primary key references casework_case (number),
    name           text not null,
    national_id    text,
    email          text,
    phone          text,
    address        text,
    language       text not null,
    notify_by      text not null,
    consented_at   timestamptz not null
);

create table casework_secret (
    id     smallint primary key check (id = 1),
    secret bytea not null
);
