-- Notifications to applicants over e-mail and SMS with delivery statuses (as GOV.UK Notify shows
-- them), and in-console notices for staff.

-- Kinds are checked by the application (an enum); new kinds need no migration.
alter table notification_message drop constraint notification_message_kind_check;
alter table notification_message drop constraint notification_message_channel_check;
alter table notification_message add constraint notification_message_channel_check
    check (channel in ('EMAIL', 'SMS'));
alter table notification_message drop constraint notification_message_status_check;
alter table notification_message add constraint notification_message_status_check
    check (status in ('QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'BOUNCED'));
-- A link to "my cases" is about no single case; an SMS has no subject and no HTML part.
alter table notification_message alter column case_number drop not null;
alter table notification_message alter column subject drop not null;
alter table notification_message alter column body_html drop not null;
-- segments: SMS parts billed (70 UCS-2 / 160 GSM characters, 67 / 153 when concatenated);
-- provider_ref: the gateway's own id, for its delivery receipts; status_at: the last change.
alter table notification_message add column segments integer;
alter table notification_message add column provider_ref text;
alter table notification_message add column status_at timestamptz;
update notification_message set status_at = coalesce(sent_at, created_at);
alter table notification_message alter column status_at set not null;

drop index notification_message_due;
create index notification_message_due on notification_message (channel, next_attempt_at)
    where status = 'QUEUED';
create index notification_message_provider on notification_message (provider_ref)
    where provider_ref is not null;

-- In-console notices for staff. recipient is a staff username; the text is rendered when shown,
-- in the reader's language, from kind and args (case numbers, dates: never a citizen's data).
-- occasion, when given, makes a notice unique per recipient (a reminder is posted once).
create table notification_staff_notice (
    id          bigserial primary key,
    recipient   text not null,
    agency_code text not null,
    kind        text not null,
    case_number text,
    args        text[] not null default '{}',
    occasion    text,
    created_at  timestamptz not null,
    read_at     timestamptz
);

create unique index notification_staff_notice_once on notification_staff_notice (recipient, occasion)
    where occasion is not null;
create index notification_staff_notice_inbox on notification_staff_notice (recipient, id desc);
create index notification_staff_notice_unread on notification_staff_notice (recipient)
    where read_at is null;
