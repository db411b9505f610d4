-- The audit log (tw.civicdesk.audit.AuditLog, ADR 0009): who read or changed which personal data,
-- when. Append-only and hash-chained: hash = SHA-256(prev_hash || canonical fields), hex; the
-- first row's prev_hash is 64 zeros. Appends are serialised by pg_advisory_xact_lock; the unique
-- prev_hash also makes a fork impossible at the database level. Triggers refuse UPDATE, DELETE
-- and TRUNCATE. No column holds personal data itself, only identifiers.
create table audit_log (
    id           bigserial primary key,
    at           timestamptz not null,
    actor        text not null check (length(actor) between 1 and 200),
    agency_code  text check (length(agency_code) between 1 and 64),
    action       text not null check (action ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    subject_type text not null check (subject_type ~ '^[A-Z][A-Z0-9_]{0,63}$'),
    subject_id   text not null check (length(subject_id) between 1 and 200),
    detail       text check (length(detail) <= 1000),
    prev_hash    text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash         text not null check (hash ~ '^[0-9a-f]{64}$')
);
create unique index audit_log_prev_hash_key on audit_log (prev_hash);
-- The console: newest first, within an agency, by subject or by actor.
create index audit_log_agency_idx on audit_log (agency_code, id);
create index audit_log_subject_idx on audit_log (subject_id, id);
create index audit_log_actor_idx on audit_log (actor, id);

create function audit_log_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_append_only();
