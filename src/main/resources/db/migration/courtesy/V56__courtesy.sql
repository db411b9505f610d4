-- Phone-courtesy tests (電話禮貌測試, issue 21, C11, ADR 0054): versioned test sheets (one row per
-- version; a test keeps the row it was scored with), each agency's test panel, its unannounced
-- schedule, the tests themselves with the points the server computed, the agency's settings and
-- the follow-ups (improvement reports) of tests under the agency's threshold.

create table courtesy_sheet (
    id          bigserial primary key,
    agency_code text,                      -- null: the shared standard sheet
    code        text        not null,
    version     integer     not null check (version >= 1),
    name_zh     text        not null,
    name_en     text        not null default '',
    content     jsonb       not null,      -- parts, items (points, scaling) and bands
    created_by  text        not null,
    created_at  timestamptz not null
);
create unique index courtesy_sheet_version on courtesy_sheet (coalesce(agency_code, ''), code, version);

create table courtesy_panel (
    agency_code text        not null,
    username    text        not null,
    added_by    text        not null,
    added_at    timestamptz not null,
    primary key (agency_code, username)
);

create table courtesy_setting (
    agency_code text primary key,
    threshold   numeric(4, 1) not null check (threshold between 0 and 100),
    show_names  boolean       not null default false,
    updated_by  text          not null,
    updated_at  timestamptz   not null
);

create table courtesy_slot (
    id          bigserial primary key,
    agency_code text        not null,
    window_from date        not null,
    window_to   date        not null check (window_to >= window_from),
    unit_id     bigint      not null,
    note        text        not null default '',
    created_by  text        not null,
    created_at  timestamptz not null
);
create index courtesy_slot_agency on courtesy_slot (agency_code, window_from);

create table courtesy_test (
    id          bigserial primary key,
    agency_code text          not null,
    sheet_id    bigint        not null references courtesy_sheet (id),
    unit_id     bigint        not null,
    slot_id     bigint        references courtesy_slot (id),
    extension   text          not null default '',
    called_at   timestamptz   not null,
    called_on   date          not null,   -- the day in Taiwan, what spans count by
    parts       text[]        not null,   -- the codes of the parts tested
    inputs      jsonb         not null,   -- rings, seconds and marks as entered
    points      jsonb         not null,   -- points per item as the server scored them
    total       numeric(4, 1) not null check (total between 0 and 100),
    band        text          not null,
    answered_by text          not null default '',
    tester      text          not null,
    notes       text          not null default '',
    recorded_at timestamptz   not null
);
create index courtesy_test_agency_day on courtesy_test (agency_code, called_on);
create unique index courtesy_test_slot on courtesy_test (slot_id) where slot_id is not null;

create table courtesy_follow_up (
    id              bigserial primary key,
    test_id         bigint      not null unique references courtesy_test (id),
    agency_code     text        not null,
    unit_id         bigint      not null,
    state           text        not null check (state in ('OPEN', 'SUBMITTED', 'RETURNED', 'CLOSED')),
    opened_at       timestamptz not null,
    due_on          date        not null,
    report          text        not null default '',
    submitted_by    text,
    submitted_at    timestamptz,
    review_note     text        not null default '',
    reviewed_by     text,
    reviewed_at     timestamptz,
    reminded_before timestamptz,
    reminded_after  timestamptz,
    version         integer     not null default 0
);
create index courtesy_follow_up_agency on courtesy_follow_up (agency_code, state);

-- The standard sheet (DOMAIN.md §4): switchboard 45 = speed 25 + courtesy 20, business unit 55 =
-- speed 15 + courtesy 25 + content 15; a mark item scores points × mark ÷ scale, a speed item the
-- points of the first step the rings or the seconds reach; bands ≥ 90 優良, 80 良好, 70 普通, else 劣.
insert into courtesy_sheet (agency_code, code, version, name_zh, name_en, content, created_by, created_at)
values (null, 'STANDARD', 1, '電話禮貌測試量表（標準）', 'Phone-courtesy test sheet (standard)', '{
  "parts": [
    {"code": "SWITCHBOARD", "zh": "總機（含語音系統）", "en": "Switchboard (including the voice system)", "items": [
      {"code": "SB_SPEED", "zh": "接聽速度（4 響或 10 秒內）", "en": "Answering speed (within 4 rings or 10 s)", "kind": "SPEED", "points": 25,
       "steps": [{"rings": 4, "seconds": 10, "points": 25}, {"rings": 6, "seconds": 15, "points": 15}, {"rings": 8, "seconds": 20, "points": 5}]},
      {"code": "SB_GREETING", "zh": "清楚報出機關名稱並問候", "en": "Names the agency clearly and greets", "kind": "MARK", "points": 7, "scale": 5},
      {"code": "SB_TRANSFER", "zh": "確認需求並告知分機後轉接（「幫您轉接，請稍候」）", "en": "Confirms the need and names the extension when transferring", "kind": "MARK", "points": 7, "scale": 5},
      {"code": "SB_TONE", "zh": "語氣親切有禮", "en": "Tone is warm and courteous", "kind": "MARK", "points": 6, "scale": 5}
    ]},
    {"code": "UNIT", "zh": "業務單位", "en": "Business unit", "items": [
      {"code": "UNIT_SPEED", "zh": "接聽速度（4 響或 10 秒內）", "en": "Answering speed (within 4 rings or 10 s)", "kind": "SPEED", "points": 15,
       "steps": [{"rings": 4, "seconds": 10, "points": 15}, {"rings": 6, "seconds": 15, "points": 9}, {"rings": 8, "seconds": 20, "points": 3}]},
      {"code": "UNIT_GREETING", "zh": "報出單位與姓名並問候", "en": "States the unit and own name, and greets", "kind": "MARK", "points": 8, "scale": 5},
      {"code": "UNIT_TONE", "zh": "語氣親切、不推諉", "en": "Tone is warm; does not brush the caller off", "kind": "MARK", "points": 9, "scale": 5},
      {"code": "UNIT_CLOSING", "zh": "禮貌結束並待對方先掛電話", "en": "Closes politely and lets the caller hang up first", "kind": "MARK", "points": 8, "scale": 5},
      {"code": "UNIT_CONTENT", "zh": "答復內容具體明確，說明程序與規定", "en": "The answer is specific and clear, with the procedure and rules", "kind": "MARK", "points": 10, "scale": 5},
      {"code": "UNIT_MESSAGE", "zh": "代接電話時留言或轉回並致歉", "en": "Takes a message, or takes an unanswered transfer back with an apology", "kind": "MARK", "points": 5, "scale": 5}
    ]}
  ],
  "bands": [
    {"code": "EXCELLENT", "min": 90, "zh": "優良", "en": "Excellent"},
    {"code": "GOOD", "min": 80, "zh": "良好", "en": "Good"},
    {"code": "FAIR", "min": 70, "zh": "普通", "en": "Fair"},
    {"code": "POOR", "min": 0, "zh": "劣", "en": "Poor"}
  ]
}'::jsonb, 'system:migration', now());
