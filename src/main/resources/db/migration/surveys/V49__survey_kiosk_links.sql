-- Counter kiosks (issue 19, ADR 0046). A kiosk's one-time activation link is valid for 24 hours
-- from its registration: the moment it stops working is kept beside its hash. Revoking keeps who
-- did it, as registering does. A quality officer's list reads an agency's kiosks.
alter table survey_kiosk add column activation_expires_at timestamptz;
alter table survey_kiosk add column revoked_by text;
create index survey_kiosk_agency_idx on survey_kiosk (agency_code, registered_at);
