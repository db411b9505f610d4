-- "Me too" (ADR 0040): citizens who follow an open facility report instead of filing it again,
-- and are told by e-mail when it is fixed (closed). The e-mail address is personal data: kept
-- here, apart from the report and its read model, never shown on a page or in open data, and
-- cleared as soon as the notice is queued (notified_at); the row stays so that the public count
-- of followers does not drop. One address follows one report once while it waits.
create table petition_follower (
    id          bigserial primary key,
    case_number text        not null,
    email       text,
    language    text        not null check (language in ('zh-TW', 'en')),
    followed_at timestamptz not null,
    notified_at timestamptz,
    check (notified_at is null or email is null)
);

create index petition_follower_case on petition_follower (case_number);
create unique index petition_follower_once on petition_follower (case_number, email)
    where email is not null;
