-- One row per idempotency key (the API's Idempotency-Key header, prefixed "api:", or a web
-- form's one-time token, prefixed "web:"): the fingerprint of what was submitted with it and the
-- case it filed. The primary key makes concurrent submissions with one key wait for the first;
-- the row is written in the same transaction as the case, so a refused application leaves none.
create table intake_request (
    idempotency_key text primary key,
    fingerprint     text not null,
    case_number     text not null,
    created_at      timestamptz not null
);
