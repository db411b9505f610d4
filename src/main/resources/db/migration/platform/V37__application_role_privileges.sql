-- Two database roles (ADR 0030). Flyway runs as the owner of every table (the role running this
-- migration); the application connects as ${app_role} (spring.datasource.username), which owns
-- nothing, so it can neither drop nor alter a table nor disable a trigger, and holds only the
-- privileges granted here. The role must exist before this runs: the embedded server creates it,
-- with an external database the administrator does (README, "Database roles").

-- Nobody but the owner creates objects in the schema (PostgreSQL 15 and later already say so).
revoke create on schema public from public;
grant usage on schema public to "${app_role}";

-- Rows of every table there is, and the sequences behind serial columns.
grant select, insert, update, delete on all tables in schema public to "${app_role}";
grant usage, select on all sequences in schema public to "${app_role}";

-- The same for every table and sequence a later migration creates as this owner, without each
-- migration having to remember. A table that must allow less revokes it in its own migration,
-- as below.
alter default privileges in schema public
    grant select, insert, update, delete on tables to "${app_role}";
alter default privileges in schema public
    grant usage, select on sequences to "${app_role}";

-- Flyway's history is the owner's business.
revoke all on "${flyway:table}" from "${app_role}";

-- Append-only tables: read and append, nothing else. Their triggers refuse UPDATE, DELETE and
-- TRUNCATE even to the owner; the application does not get the privileges in the first place.
revoke update, delete, truncate on audit_log, casework_history from "${app_role}";

-- The figures rebuild empties the rollup tables (FiguresStore.clear) before it recounts.
grant truncate on figures_case, figures_month, figures_working_days, figures_open
    to "${app_role}";
