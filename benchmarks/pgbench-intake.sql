-- pgbench script: the SQL statements CivicDesk runs for one intake (POST /api/v1/cases), in the
-- application's order and in one transaction, as Intake.apply, IntakeRequests, CaseWork.file,
-- Cases, Applicants and Receipts issue them (see BENCHMARKS.md "Intake (P1)"). The per-agency,
-- per-day number row is shared by every client, as in the application.
-- Variables (pgbench -D): agency, unit, service, version, day (the application's today, Taipei).
\set r random(1, 2000000000)
BEGIN;
insert into intake_request (idempotency_key, fingerprint, case_number, created_at)
  values ('pgbench:' || gen_random_uuid()::text, md5(:r::text) || md5(:r::text), 'PENDING', now())
  on conflict (idempotency_key) do nothing returning idempotency_key as key \gset
select code, agency_code, unit_id, current_version, draft_version, revision
  from catalogue_service where code = :service;
select v.*, s.agency_code from catalogue_service_version v
  join catalogue_service s on s.code = v.service_code
  where v.service_code = :service and v.version = :version;
insert into case_number_sequence (agency_code, day, last_value) values (:agency, :day, 1)
  on conflict (agency_code, day) do update set last_value = case_number_sequence.last_value + 1
  returning agency_code || '-' || to_char(day, 'YYYYMMDD') || '-'
    || case when last_value < 100000 then lpad(last_value::text, 5, '0') else last_value::text end
    as num \gset
insert into casework_case (number, kind, channel, agency_code, unit_id, service_code,
    service_version, status, decision, officer, received_on, limit_amount, limit_unit,
    pauses, open_pause, extension_amount, extension_unit, supplement_rounds, due_date,
    version, created_at, updated_at, fields, postmarked_on, parent_number, transferred_from)
  values (:num, 'APPLICATION', 'ONLINE', :agency, :unit, :service, :version, 'RECEIVED', null,
    null, :day, 7, 'WORKING_DAYS', '[]'::jsonb, null, null, null, 0, :day::date + 9, 0, now(),
    now(), '{}'::jsonb, null, null, null);
insert into casework_history (case_number, sequence, action, from_status, to_status, actor,
    party, at, public_note, internal_note)
  values (:num, 1, null, null, 'RECEIVED', 'applicant', 'APPLICANT', now(), null, null);
insert into casework_applicant (case_number, name, national_id, email, phone, address,
    language, notify_by, consented_at)
  values (:num, '王小明', null, 'bench@example.org', '0912345678', null, 'zh-TW', 'EMAIL', now());
select c.*, (select count(*) from casework_case k where k.parent_number = c.number
               and k.status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS',
                                'AWAITING_SUPPLEMENT')) as open_children
  from casework_case c where c.number = :num;
select * from casework_history where case_number = :num order by sequence;
update intake_request set case_number = :num where idempotency_key = :key;
-- the receipt (Receipts.of): the case and its history again, the service version, the agency
-- and its units
select c.*, (select count(*) from casework_case k where k.parent_number = c.number
               and k.status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS',
                                'AWAITING_SUPPLEMENT')) as open_children
  from casework_case c where c.number = :num;
select * from casework_history where case_number = :num order by sequence;
select v.*, s.agency_code from catalogue_service_version v
  join catalogue_service s on s.code = v.service_code
  where v.service_code = :service and v.version = :version;
select code, parent_code, name_zh, name_en, type, address_zh, address_en, phone,
    opening_hours_zh, opening_hours_en, version
  from agency where code = :agency;
select id, agency_code, code, name_zh, name_en, kind, version
  from org_unit where agency_code = :agency order by id;
END;
