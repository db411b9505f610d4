-- The fields a service's application form asks for (name, type, required, label, choices), an
-- ordered list owned by its version and kept as JSON like steps, documents and forms. Versions
-- stored before fields existed ask for none.
alter table catalogue_service_version add column fields jsonb not null default '[]';
