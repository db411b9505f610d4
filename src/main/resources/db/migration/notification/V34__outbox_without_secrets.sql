-- The outbox keeps no secret in clear (ADR 0028). Bodies hold the placeholder {{secret}} where a
-- verification code, a "my cases" link's token or a contact-change code goes; the dispatcher puts
-- it in as it sends:
--   secret_case        the case whose verification code is derived again (HMAC of its number);
--   secret             a one-time secret (link token, six-digit code), kept only while the
--                      message waits: cleared once it is sent or given up;
--   secret_expires_at  when that secret stops working; a message still queued then is given up.
alter table notification_message add column secret_case text;
alter table notification_message add column secret text;
alter table notification_message add column secret_expires_at timestamptz;
alter table notification_message add constraint notification_message_one_secret
    check (secret_case is null or secret is null);

-- Messages written before this migration hold their secrets in their bodies. Those already sent
-- or given up need them no more: their bodies are emptied (the row, its status and its times
-- stay). Those still queued are sent as they are.
update notification_message set body_text = '', body_html = null
where status <> 'QUEUED' and kind in ('RECEIPT', 'TRANSFERRED', 'MY_CASES', 'CONTACT_VERIFICATION');

-- Housekeeping deletes messages no longer waiting after civicdesk.notification.retention.
create index notification_message_retention on notification_message (status_at)
    where status <> 'QUEUED';
-- The dispatcher gives up queued messages whose one-time secret expired.
create index notification_message_secret_expiry on notification_message (secret_expires_at)
    where status = 'QUEUED' and secret_expires_at is not null;
