-- How staff handle petitions and their like (ADR 0041): the reply as the officer wrote it, reply
-- templates, likely duplicates, and the petitioner's rating with an unhappy petitioner's request to
-- reopen. The case engine keeps the case and its history; these tables keep what it does not know,
-- so that statistics count closures by ground and ratings by agency, kind, category and month from
-- here rather than by scanning cases.

-- One row per decided petition: the concrete handling (具體處理情形), the legal basis (法規依據) and the
-- remedy as written, and for a closure without processing (§173 / 要點 point 14) its ground. A case
-- decided outside the reply form (the JSON API) gets a row from its decision with ground UNSTATED.
create table petition_reply (
    case_number   text primary key,
    agency_code   text        not null,
    kind          text        not null,
    category_code text        not null,
    outcome       text        not null,
    ground        text,
    handling      text        not null default '',
    legal_basis   text        not null default '',
    remedy        text        not null default '',
    template_id   bigint,
    language      text        not null,
    replied_by    text        not null,
    replied_at    timestamptz not null,
    check ((outcome = 'NOT_PROCESSED') = (ground is not null))
);
create index petition_reply_ground_idx on petition_reply (agency_code, replied_at)
    where ground is not null;

-- Reply templates an administrator keeps per category (or per §173 ground) and language; officers
-- pick one and adapt it.
create table petition_reply_template (
    id            bigint generated always as identity primary key,
    agency_code   text        not null,
    category_code text,
    ground        text,
    language      text        not null,
    title         text        not null,
    handling      text        not null,
    legal_basis   text        not null,
    remedy        text        not null default '',
    active        boolean     not null default true,
    updated_by    text        not null,
    updated_at    timestamptz not null,
    version       integer     not null default 0,
    check (category_code is null or ground is null)
);
create index petition_reply_template_agency_idx
    on petition_reply_template (agency_code, language, active);

-- A MinHash signature of what was written (subject and description), so that likely duplicates by
-- the same petitioner can be found without keeping a second copy of the text.
create table petition_text_signature (
    case_number text primary key,
    agency_code text      not null,
    signature   integer[] not null
);

-- Likely duplicates found when a case was filed: the same category and place within the radius and
-- window (PLACE), or the same petitioner with similar text (PETITIONER). case_number is the later.
create table petition_duplicate (
    case_number  text        not null,
    other_number text        not null,
    reason       text        not null,
    distance_m   integer,
    found_at     timestamptz not null,
    primary key (case_number, other_number, reason)
);
create index petition_duplicate_other_idx on petition_duplicate (other_number);

-- One rating per case, by the petitioner (channel ONLINE) or recorded by staff from an outbound call
-- (the channel and who recorded it); an unhappy one (1-2) may ask to reopen, which the officer or
-- unit head decides: a new linked case (reopened_as) or a refusal with a reason.
create table petition_rating (
    case_number       text        primary key,
    agency_code       text        not null,
    kind              text        not null,
    category_code     text        not null,
    score             smallint    not null check (score between 1 and 5),
    comment           text        not null default '',
    channel           text        not null,
    recorded_by       text,
    rated_at          timestamptz not null,
    reopen_requested  boolean     not null default false,
    reopen_decision   text,
    reopen_reason     text,
    reopen_decided_by text,
    reopen_decided_at timestamptz,
    reopened_as       text,
    check (not reopen_requested or score <= 2),
    check (reopen_decision is null or reopen_requested)
);
create index petition_rating_agency_idx on petition_rating (agency_code, rated_at);
create index petition_rating_reopened_idx on petition_rating (reopened_as);
