-- Link lists (issue 22, ADR 0064): an agency's 好站相連 and 防災專區, each link with its owner and
-- review date, and what the weekly link check last found. A link counts as broken from the second
-- failed check in a row; each spell of brokenness is kept (link_broken_spell) so that the number of
-- broken links on a past day can still be told after the link was mended or removed.

create table link (
    id               bigserial primary key,
    agency_code      text        not null,
    kind             text        not null check (kind in ('RELATED_SITES', 'DISASTER')),
    title_zh         text        not null,
    title_en         text        not null default '',
    url              text        not null,
    description_zh   text        not null default '',
    description_en   text        not null default '',
    position         integer     not null default 0,
    owner_unit_id    bigint      not null,
    owner_username   text,
    review_on        date        not null,
    version          integer     not null default 0,
    updated_at       timestamptz not null,
    updated_by       text        not null,
    -- the last check
    checked_at       timestamptz,
    status_code      integer,
    final_url        text,
    redirects        text[]      not null default '{}',
    problem          text,
    failures         integer     not null default 0,
    broken_since     date
);

create index link_agency on link (agency_code, kind, position);
create index link_broken on link (agency_code) where broken_since is not null;

create table link_broken_spell (
    id          bigserial primary key,
    link_id     bigint not null,
    agency_code text   not null,
    since       date   not null,
    until       date
);

create index link_broken_spell_agency on link_broken_spell (agency_code, since);
