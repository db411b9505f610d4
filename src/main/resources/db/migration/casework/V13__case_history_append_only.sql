-- A case's history is append-only (ARCHITECTURE.md, issue 4): the database itself refuses to
-- change or remove an entry, whatever the application does.
create function casework_history_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'casework_history is append-only: % refused', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;

create trigger casework_history_no_update_or_delete
  before update or delete on casework_history
  for each row execute function casework_history_append_only();

create trigger casework_history_no_truncate
  before truncate on casework_history
  for each statement execute function casework_history_append_only();
