-- The agency's own site section (issue 22, C15): an editable bilingual profile (簡介), duties
-- (職掌), a public e-mail address and the personal-data page (個人資料保護專區: who the contact
-- is and what the agency collects and why), and per unit its duties and contacts. Every column
-- is optional (empty string = not given); a unit without a phone, e-mail or hours shows the
-- agency's, which is also what the receipt of a case owned by that unit shows. Kept beside the
-- agency row rather than in it, so that the long texts are read only by the pages that show them.
create table agency_profile (
    agency_code        text primary key references agency (code),
    profile_zh         text not null default '',
    profile_en         text not null default '',
    duties_zh          text not null default '',
    duties_en          text not null default '',
    email              text not null default '',
    privacy_zh         text not null default '',
    privacy_en         text not null default '',
    privacy_contact_zh text not null default '',
    privacy_contact_en text not null default '',
    privacy_email      text not null default '',
    privacy_phone      text not null default '',
    version            integer not null default 0,
    updated_at         timestamptz not null
);

alter table org_unit
    add column duties_zh text not null default '',
    add column duties_en text not null default '',
    add column phone     text not null default '',
    add column email     text not null default '',
    add column hours_zh  text not null default '',
    add column hours_en  text not null default '';
