-- Open311 GeoReport v2 (ADR 0039).
--
-- API keys: an administrator issues a key for one agency and may revoke it; the key is shown once
-- and only its SHA-256 digest is kept (a key is 256 random bits, so a fast digest is enough: there
-- is nothing to guess a word list against). `hint` is the key's first characters, to tell keys
-- apart on the console page; `per_hour` is the key's own limit in the one throttle (ADR 0024).
create table open311_api_key (
    id          bigint generated always as identity primary key,
    agency_code text        not null,
    label       text        not null check (length(label) between 1 and 100),
    digest      text        not null unique check (digest ~ '^[0-9a-f]{64}$'),
    hint        text        not null,
    per_hour    integer     not null check (per_hour between 1 and 100000),
    issued_at   timestamptz not null,
    issued_by   text        not null,
    revoked_at  timestamptz,
    revoked_by  text,
    check ((revoked_at is null) = (revoked_by is null))
);

create index open311_api_key_by_agency on open311_api_key (agency_code, issued_at desc);

-- Every request filed through Open311 gets a token beside its case number, answered by
-- GET tokens/{token}; the key it came through is kept, so a revoked key's filings can be found.
create table open311_token (
    token       text        primary key,
    case_number text        not null unique,
    api_key_id  bigint      not null references open311_api_key (id),
    filed_at    timestamptz not null
);
