-- Issue 20 (ADR 0050): the search index (Lucene on disk, or OpenSearch) is not in this database,
-- so every put and remove is also written here, in the same transaction as the change it follows.
-- After the commit the change is applied to the index and its row deleted; rows left behind by a
-- crash between the two are applied again when the application starts. PostgreSQL stays the source
-- of truth: nothing committed is lost, and the index can always be rebuilt from the modules.
create table search_pending (
    id          bigserial primary key,
    kind        text not null,
    reference   text not null,
    removed     boolean not null,
    scope       text not null default '',
    title_zh    text not null default '',
    title_en    text not null default '',
    body_zh     text not null default '',
    body_en     text not null default '',
    url         text not null default '',
    recorded_at timestamptz not null default now()
);

-- Public searches that found nothing, for the quality officer's list of what to write next
-- (SearchMisses). One row per normalised query, agency scope ('' for the whole site) and day; a
-- query that looks like personal data (an ID number, a phone number, an e-mail address, a long
-- run of digits) is never stored: it only adds to the day's withheld count.
create table search_miss (
    query text not null,
    scope text not null,
    day   date not null,
    count integer not null,
    primary key (query, scope, day)
);
create index search_miss_day_idx on search_miss (day);

create table search_miss_withheld (
    day   date primary key,
    count integer not null
);
