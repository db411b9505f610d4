-- Agencies form a tree (a county or city government -> its offices and departments); a unit
-- (課/室/股/科/隊) belongs to exactly one agency. Staff belong to one agency and optionally one
-- unit. The agency code is the natural key other modules refer to (without foreign keys, since
-- each module owns its own tables).
create table agency (
    code             text primary key,
    parent_code      text references agency (code),
    name_zh          text not null,
    name_en          text not null,
    type             text not null,
    address_zh       text not null default '',
    address_en       text not null default '',
    phone            text not null default '',
    opening_hours_zh text not null default '',
    opening_hours_en text not null default '',
    version          integer not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    constraint agency_not_own_parent check (parent_code is null or parent_code <> code)
);
create index agency_parent_idx on agency (parent_code);

create table org_unit (
    id          bigserial primary key,
    agency_code text not null references agency (code),
    code        text not null,
    name_zh     text not null,
    name_en     text not null,
    kind        text not null,
    version     integer not null default 0,
    created_at  timestamptz not null,
    unique (agency_code, code)
);

create table staff (
    id              bigserial primary key,
    username        text not null unique,
    display_name    text not null,
    email           text not null default '',
    agency_code     text not null references agency (code),
    unit_id         bigint references org_unit (id),
    password_hash   text not null,
    roles           text[] not null,
    enabled         boolean not null default true,
    version         integer not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index staff_agency_idx on staff (agency_code);
