-- Repeated failed sign-ins lock an account for a while. Kept per username (also for names that
-- do not exist, so that a guesser cannot tell which accounts exist from the answers).
create table sign_in_failure (
    username        text primary key,
    failed_count    integer not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);
