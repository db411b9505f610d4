-- Petition statistics for the quality officer (docs/petitions.md, ADR 0042): a rollup kept exact by
-- tw.civicdesk.petitions.statistics in the transaction of every filing and step, so that the
-- statistics page reads a few rollup rows and never the cases. Months are stored as their first day;
-- a case without a district counts under district ''.
--
-- Also: an administrator may close a kind and open it again without losing its rules (open).

alter table petition_kind_rule add column open boolean not null default true;

-- One row per counted case: what it contributes to the rollup, so that each step takes back the
-- old contribution and adds the new one exactly. received_on and the repeat flag are known only at
-- filing; everything else a step changes is also in petition_case, from which a rebuild recounts.
create table petition_tally (
    case_number     text primary key,
    agency_code     text    not null,
    kind            text    not null,
    channel         text    not null,
    category_code   text    not null,
    district        text    not null default '',
    received_on     date    not null,
    named           boolean not null,
    repeat          boolean not null default false,
    replied_on      date,
    replied_on_time boolean,
    not_processed   boolean not null default false,
    transferred_on  date,
    check ((replied_on is null) = (replied_on_time is null))
);

-- Counters per month: received, named and repeats in the month of receipt; replied, replied on
-- time, the days to reply and the closures without processing (§173) in the month of the reply;
-- transferred in the month of the transfer.
create table petition_rollup (
    agency_code     text   not null,
    month           date   not null,
    kind            text   not null,
    channel         text   not null,
    category_code   text   not null,
    district        text   not null,
    received        bigint not null default 0,
    named           bigint not null default 0,
    repeats         bigint not null default 0,
    replied         bigint not null default 0,
    replied_on_time bigint not null default 0,
    reply_days      bigint not null default 0,
    not_processed   bigint not null default 0,
    transferred     bigint not null default 0,
    primary key (agency_code, month, kind, channel, category_code, district)
);

-- Replies per number of calendar days from receipt to reply: the exact 90th percentile.
create table petition_reply_days (
    agency_code   text    not null,
    month         date    not null,
    kind          text    not null,
    channel       text    not null,
    category_code text    not null,
    district      text    not null,
    days          integer not null,
    replies       bigint  not null default 0,
    primary key (agency_code, month, kind, channel, category_code, district, days)
);

-- Who filed what, for the repeat rate only: a keyed hash (HMAC-SHA256 under petition_secret) of the
-- petitioner's e-mail or phone, never the value; kept for the repeat window and then purged.
create table petition_repeat_key (
    agency_code   text  not null,
    category_code text  not null,
    petitioner    bytea not null,
    received_on   date  not null,
    case_number   text  not null,
    primary key (agency_code, category_code, petitioner, case_number)
);
create index petition_repeat_key_received_idx on petition_repeat_key (received_on);

-- The installation's secret for the keyed hash, made once on first use.
create table petition_secret (
    id     integer primary key check (id = 1),
    secret bytea   not null
);
