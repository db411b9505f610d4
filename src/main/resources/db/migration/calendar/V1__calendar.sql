-- Calendar module (C1): the official office calendar and per-agency closures.
--
-- Why these tables exist: every deadline in CivicDesk is computed from them (行政程序法 §48), so
-- they hold exactly what the DGPA office calendar (data.gov.tw dataset 14718) says, one row per
-- day, plus where each row came from (source: the shipped file or an administrator's import).
-- holiday = true means 是否放假 = 2 (offices closed); false means a working day, including a
-- 補行上班 Saturday. The remark (description) is for display only and never decides anything.
--
-- The loaded days must form one contiguous run, so that a date is either known or clearly
-- outside the calendar. A CHECK cannot span rows; CalendarAdministration enforces it on import
-- (an import may extend the run at either end or overwrite part of it, never leave a gap).
--
-- agency_code is plain text and not a foreign key on purpose: each module owns its tables and
-- never references another module's (agencies belong to the organisation module).
-- A HALF_DAY closure is recorded but does not remove a working day (the office still opens).

create table calendar_day (
    day         date    primary key,
    holiday     boolean not null,
    description text    not null default '',
    source      text    not null
);

-- One row per accepted official import, for accountability (who changed the calendar, when).
create table calendar_import (
    id          bigserial   primary key,
    imported_at timestamptz not null,
    imported_by text        not null,
    file_name   text        not null,
    first_day   date        not null,
    last_day    date        not null,
    day_count   int         not null check (day_count > 0),
    check (first_day <= last_day)
);

-- Days on which one agency's office is closed (停止上班), e.g. for a typhoon. At most one per
-- agency and day; the unique index also serves "closures of agency X in year Y".
create table agency_closure (
    id          bigserial   primary key,
    agency_code text        not null,
    day         date        not null,
    kind        text        not null check (kind in ('FULL_DAY', 'HALF_DAY')),
    reason      text        not null check (char_length(reason) between 1 and 200),
    created_at  timestamptz not null,
    created_by  text        not null,
    unique (agency_code, day)
);
