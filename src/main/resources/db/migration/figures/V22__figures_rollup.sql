-- The figures rollup (docs/figures.md): kept exact by tw.civicdesk.figures in the transaction of
-- every case step, so that a dashboard request reads a few rollup rows and never casework_case.
-- service_code is '' for cases without a catalogue service. Months are stored as their first day.

-- One row per counted case (child cases of joint handling are not counted): what the case
-- contributes to the buckets below, so that each step can take back the old contribution and add
-- the new one exactly.
create table figures_case (
    number        text primary key,
    agency_code   text    not null,
    unit_id       bigint  not null,
    service_code  text    not null,
    channel       text    not null,
    kind          text    not null,
    received_on   date    not null,
    status        text    not null,
    due_on        date,
    pause_from    date,
    paused_days   integer not null default 0,
    extended_on   date,
    decided_on    date,
    on_time       boolean,
    working_days  integer,
    closed_on     date,
    ended_on      date
);

-- Counters per month; which month each counter counts in is in docs/figures.md.
create table figures_month (
    agency_code         text    not null,
    month               date    not null,
    unit_id             bigint  not null,
    service_code        text    not null,
    channel             text    not null,
    kind                text    not null,
    received            bigint  not null default 0,
    decided             bigint  not null default 0,
    decided_on_time     bigint  not null default 0,
    decided_extended    bigint  not null default 0,
    working_days_sum    bigint  not null default 0,
    closed              bigint  not null default 0,
    extended            bigint  not null default 0,
    transferred         bigint  not null default 0,
    withdrawn           bigint  not null default 0,
    merged              bigint  not null default 0,
    follow_ups          bigint  not null default 0,
    follow_ups_answered bigint  not null default 0,
    primary key (agency_code, month, unit_id, service_code, channel, kind)
);

-- Decided cases by working days to decide, per month of decision: the exact percentiles.
create table figures_working_days (
    agency_code  text    not null,
    month        date    not null,
    unit_id      bigint  not null,
    service_code text    not null,
    channel      text    not null,
    kind         text    not null,
    working_days integer not null,
    cases        bigint  not null,
    primary key (agency_code, month, unit_id, service_code, channel, kind, working_days)
);

-- Open cases by month of receipt and due date in force (null while a supplement is awaited):
-- "open" and "overdue as of a day" are sums over a few rows.
create table figures_open (
    agency_code  text    not null,
    month        date    not null,
    unit_id      bigint  not null,
    service_code text    not null,
    channel      text    not null,
    kind         text    not null,
    due_on       date,
    cases        bigint  not null
);
create unique index figures_open_key on figures_open
    (agency_code, month, unit_id, service_code, channel, kind, due_on) nulls not distinct;
