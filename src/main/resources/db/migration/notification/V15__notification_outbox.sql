-- Outbox of notifications: written in the transaction of the change it tells of, sent later by
-- the dispatcher. message_id is the receiver's de-duplication key (Message-ID of the e-mail).
-- recipient and body hold what the applicant gave; last_error never holds personal data.
create table notification_message (
    id              bigserial primary key,
    message_id      uuid not null unique,
    case_number     text not null,
    kind            text not null check (kind in ('RECEIPT')),
    channel         text not null check (channel in ('EMAIL')),
    recipient       text not null,
    language        text not null,
    subject         text not null,
    body_text       text not null,
    body_html       text not null,
    status          text not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);

create index notification_message_due on notification_message (next_attempt_at)
    where status = 'QUEUED';
create index notification_message_case on notification_message (case_number);
