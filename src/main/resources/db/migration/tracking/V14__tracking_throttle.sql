-- Failed tracking look-ups in a fixed window per subject: 'address:<sha-256 of the client
-- address>' or 'case:<case number>'. The window starts at the first failure and restarts at the
-- first failure after it has passed.
create table tracking_failure (
    subject      text primary key,
    window_start timestamptz not null,
    failures     integer not null
);
