-- Failed sign-ins are counted per client address, per username and per (username, address) pair
-- (ADR 0026), replacing the per-username count of V3. Each row is one counter under a key that is
-- a SHA-256 digest ('address:…', 'user:…', 'pair:…'), so that neither usernames typed by anyone
-- nor client addresses are kept readable, and every key has the same size. An attempt is counted
-- before its password is checked (no check-then-act race) and refunded when it succeeds. A row
-- is void once expires_at has passed; housekeeping deletes such rows (identity's Purge).
drop table sign_in_failure;

create table sign_in_attempt (
    key        text primary key,
    attempts   integer not null,
    expires_at timestamptz not null
);
create index sign_in_attempt_expires_idx on sign_in_attempt (expires_at);
