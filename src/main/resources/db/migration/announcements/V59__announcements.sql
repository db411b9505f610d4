-- Announcements (最新訊息 / 公告, issue 22, ADR 0062): an agency's bilingual notices in four
-- categories, with a publish time (none: a draft), an optional expiry, a pinned flag, the author
-- unit and attached files. The status is derived from the times, never stored: draft (no publish
-- time), scheduled (publish time ahead), published, expired (expiry passed) or withdrawn.
-- "indexed" says whether the search index holds the announcement, so that the sweep finds the
-- ones whose publish time or expiry has passed since (AnnouncementIndexing).

create table announcement (
    id           bigserial primary key,
    agency_code  text        not null,
    category     text        not null
        check (category in ('NEWS', 'DISASTER', 'RECRUITMENT', 'POLICY')),
    unit_id      bigint      not null,
    title_zh     text        not null,
    title_en     text        not null default '',
    body_zh      text        not null,
    body_en      text        not null default '',
    publish_at   timestamptz,
    expire_at    timestamptz,
    pinned       boolean     not null default false,
    withdrawn_at timestamptz,
    indexed      boolean     not null default false,
    version      integer     not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    updated_by   text        not null,
    check (expire_at is null or publish_at is null or expire_at > publish_at)
);

create index announcement_agency on announcement (agency_code, publish_at desc);
create index announcement_public on announcement (publish_at desc)
    where withdrawn_at is null and publish_at is not null;

create table announcement_attachment (
    id              bigserial primary key,
    announcement_id bigint      not null references announcement (id),
    filename        text        not null,
    content_type    text        not null,
    size            bigint      not null check (size > 0),
    sha256          char(64)    not null,
    content         bytea       not null,
    uploaded_by     text        not null,
    uploaded_at     timestamptz not null
);

create index announcement_attachment_of on announcement_attachment (announcement_id, id);
