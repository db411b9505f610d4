-- Where each found thing is read: the public page a search hit links to.
alter table search_document add column url text not null default '';
