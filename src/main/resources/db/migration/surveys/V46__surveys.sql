-- Satisfaction surveys (C8, ADR 0043): questionnaires the quality officer builds, versioned once
-- answers exist; the answers from every channel; the kiosks that may take them; the quality
-- officer's tags on free-text answers. No table here holds a name, a contact or a staff account
-- beside an answer.

-- A survey of one agency. Its questions live in its versions; the current version is the one new
-- answers use. A staff survey (purpose STAFF) is answered by the agency's own staff, once each.
create table survey (
    id              bigint generated always as identity primary key,
    code            text        not null unique,
    agency_code     text        not null,
    purpose         text        not null check (purpose in ('COUNTER', 'POST_CASE', 'GENERAL', 'STAFF')),
    status          text        not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    current_version int         not null,
    too_few_below   int         not null default 30 check (too_few_below >= 1),
    created_by      text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index survey_agency_idx on survey (agency_code, status);

-- The questionnaire of one version: titles, introduction, and the questions and the agency's own
-- dimensions as JSON (see Questionnaire). A version with answers is never changed; a revision makes the next version.
create table survey_version (
    survey_id  bigint      not null references survey (id),
    version    int         not null check (version >= 1),
    title_zh   text        not null,
    title_en   text        not null,
    intro_zh   text        not null default '',
    intro_en   text        not null default '',
    content    jsonb       not null,
    created_at timestamptz not null,
    primary key (survey_id, version)
);

-- A kiosk: a registered device at a counter that shows one survey. The device holds a secret
-- cookie whose SHA-256 is kept here; it is set by opening a one-time activation link.
create table survey_kiosk (
    id              bigint generated always as identity primary key,
    agency_code     text        not null,
    survey_id       bigint      not null references survey (id),
    unit_id         bigint,
    name            text        not null,
    activation_hash bytea unique,
    token_hash      bytea unique,
    registered_by   text        not null,
    registered_at   timestamptz not null,
    activated_at    timestamptz,
    revoked_at      timestamptz
);

-- One answered questionnaire. answered_on is the Taiwan date only (no time), so that a staff
-- answer cannot be joined to a sign-in by its moment. case_number ties a post-case answer to its
-- case for statistics by service and unit, and makes it the only one for that case; it is never
-- shown with the applicant. client_key makes a kiosk's retried post after a network drop count once.
create table survey_response (
    id           bigint generated always as identity primary key,
    survey_id    bigint not null references survey (id),
    version      int    not null,
    agency_code  text   not null,
    channel      text   not null check (channel in ('KIOSK', 'QR', 'ONLINE', 'CASE', 'PAPER', 'PHONE', 'STAFF')),
    answered_on  date   not null,
    unit_id      bigint,
    service_code text,
    case_number  text unique,
    kiosk_id     bigint references survey_kiosk (id),
    client_key   uuid unique,
    foreign key (survey_id, version) references survey_version (survey_id, version),
    check ((channel = 'CASE') = (case_number is not null))
);
create index survey_response_period_idx on survey_response (survey_id, answered_on);
create index survey_response_agency_idx on survey_response (agency_code, answered_on);

-- One answer: Likert points (or "not applicable"), a number, the chosen choice codes, or text.
create table survey_answer (
    response_id    bigint   not null references survey_response (id) on delete cascade,
    question_id    text     not null,
    points         smallint check (points between 1 and 5),
    not_applicable boolean  not null default false,
    number         numeric,
    choices        text[],
    text           text,
    primary key (response_id, question_id)
);
create index survey_answer_text_idx on survey_answer (question_id) where text is not null;

-- Who of the staff has answered a staff survey: only that they have, so that nobody answers twice.
-- No date and no link to the answer is kept, so an answer is never attributable.
create table survey_staff_participation (
    survey_id bigint not null references survey (id),
    staff_id  bigint not null,
    primary key (survey_id, staff_id)
);

-- The quality officer's tags on a free-text answer (e.g. 停車, 等候時間).
create table survey_text_tag (
    response_id bigint not null references survey_response (id) on delete cascade,
    question_id text   not null,
    tag         text   not null,
    tagged_by   text   not null,
    tagged_at   timestamptz not null,
    primary key (response_id, question_id, tag)
);
