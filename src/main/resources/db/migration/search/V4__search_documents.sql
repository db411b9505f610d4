-- Public texts made findable through the search port (tw.civicdesk.search.SearchIndex). Title and
-- body are stored normalised (NFKC, lower case, 台 as 臺) so that a plain LIKE finds substrings
-- in Traditional Chinese and English alike.
create table search_document (
    kind      text not null,
    reference text not null,
    scope     text not null,
    title     text not null,
    body      text not null,
    primary key (kind, reference)
);
create index search_document_scope_idx on search_document (kind, scope);
