-- The one throttle (ADR 0024): a fixed-window counter per limit and subject, shared by every
-- node. 'subject' is '<limit name>/<subject>', e.g. 'receipts/address:<sha-256 of the client
-- address>' or 'receipts/case:<case number>'; anything personal is a digest. An attempt is
-- counted (insert … on conflict do update … returning) before the work it guards; a window
-- starts at its subject's first attempt and ends at window_end, after which the next attempt
-- starts a new one and housekeeping may delete the row.
create table platform_throttle (
    subject    text primary key,
    window_end timestamptz not null,
    attempts   integer not null check (attempts >= 0)
);
create index platform_throttle_window_end_idx on platform_throttle (window_end);
