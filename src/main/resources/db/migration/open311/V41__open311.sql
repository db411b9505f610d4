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

-- The extra questions a facility-report category asks (GET services/{service_code}: attributes),
-- checked when a request is filed through Open311 (attribute[code]). agency_code '*' holds the
-- questions of a category code at every agency; an agency's own rows for a category replace them.
create table open311_attribute (
    agency_code    text    not null,
    category_code  text    not null,
    code           text    not null check (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    datatype       text    not null check (datatype in
                       ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
    required       boolean not null,
    position       integer not null,
    description_zh text    not null,
    description_en text    not null,
    hint_zh        text,
    hint_en        text,
    primary key (agency_code, category_code, code)
);

-- The values a list attribute offers (values/value: key and name).
create table open311_attribute_value (
    agency_code    text    not null,
    category_code  text    not null,
    attribute_code text    not null,
    key            text    not null check (key ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name_zh        text    not null,
    name_en        text    not null,
    position       integer not null,
    primary key (agency_code, category_code, attribute_code, key),
    foreign key (agency_code, category_code, attribute_code)
        references open311_attribute (agency_code, category_code, code)
);

-- A street light is found by the number on its post; what is wrong with it helps the crew.
insert into open311_attribute values
    ('*', 'street-light', 'lamp-number', 'string', true, 1, '路燈編號', 'Lamp number',
     '燈桿上的編號，例如 JX-0123', 'The number on the lamp post, e.g. JX-0123'),
    ('*', 'street-light', 'fault', 'singlevaluelist', false, 2, '故障情形', 'What is wrong',
     null, null);
insert into open311_attribute_value values
    ('*', 'street-light', 'fault', 'dark', '不亮', 'Not lit', 1),
    ('*', 'street-light', 'fault', 'flickering', '閃爍', 'Flickering', 2),
    ('*', 'street-light', 'fault', 'daytime', '白天亮著', 'On in daytime', 3),
    ('*', 'street-light', 'fault', 'damaged', '燈具損壞', 'Damaged fitting', 4);
