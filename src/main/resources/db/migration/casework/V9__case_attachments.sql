-- Files attached to a case (scanned documents, photos), judged by their content before they are
-- stored (tw.civicdesk.platform.files.ContentInspection), and required documents that staff
-- verified electronically (以電子查驗取代) instead of asking for paper. Both are append-only:
-- rows are inserted, never updated or deleted. The content type is the detected one, never the
-- client's claim; the file name is already sanitised.
create table casework_attachment (
    id           bigserial primary key,
    case_number  text not null references casework_case (number),
    filename     text not null,
    content_type text not null,
    size         bigint not null check (size > 0),
    sha256       char(64) not null,
    content      bytea not null,
    document     text,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null
);
create index casework_attachment_case_idx on casework_attachment (case_number, id);

create table casework_verification (
    id          bigserial primary key,
    case_number text not null references casework_case (number),
    document    text not null,
    checked     text not null,
    verified_by text not null,
    verified_at timestamptz not null
);
create index casework_verification_case_idx on casework_verification (case_number, id);
