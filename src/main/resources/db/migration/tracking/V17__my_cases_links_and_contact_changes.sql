-- "My cases" links: a citizen asks for the cases filed with an e-mail address and gets a link
-- at that address. Only the SHA-256 of the link's token is kept (a copy of this table opens
-- nothing); the address itself is kept because the cases are looked up when the link is
-- opened, and the row is deleted once expired (purged on every request and opening).
create table tracking_my_cases_link (
    token_hash text primary key,
    email      text not null,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
create index tracking_my_cases_link_expiry_idx on tracking_my_cases_link (expires_at);

-- Contact changes a receipt holder asked for: the new address waits here, with the digest of
-- the six-digit code sent to it, until the code is entered (then the applicant's contact is
-- changed in case work, the address and digest cleared, and the row kept as the record of the
-- change with its time — changing a contact is no step of the case's life cycle, so it has no
-- history entry). A new request for the case replaces the waiting one; an expired one is purged;
-- five wrong codes delete it.
create table tracking_contact_change (
    id           uuid primary key,
    case_number  text not null,
    channel      text not null,
    address      text,
    code_hash    text,
    requested_at timestamptz not null,
    expires_at   timestamptz not null,
    attempts     integer not null default 0,
    confirmed_at timestamptz
);
create index tracking_contact_change_waiting_idx on tracking_contact_change (case_number)
    where confirmed_at is null;
