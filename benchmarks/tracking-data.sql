-- Bulk cases for the tracking benchmark (QUALITY.md P3), run by benchmarks/tracking.sh:
--   psql -v from=0 -v to=1000000 -f benchmarks/tracking-data.sql
-- adds cases from..to-1 (call it again with from=1000000 to=10000000 to grow the same table).
-- Case i belongs to the i % 5-th demo agency (by code), is received on day 2025-01-02 +
-- (i / 5) / 4000 with that day's sequence (i / 5) % 4000 + 1, i.e. 4,000 cases an agency a day
-- for up to 500 days (2025-01-02 … 2026-05-16, inside the shipped calendar, before any day the
-- application files on itself); benchmarks/IntakeLoad.java (mode track) derives the same numbers.
-- Even i: RECEIVED with its filing entry; odd i: IN_PROGRESS with filing, assignment and start.
-- Each case has an applicant (the name tracking masks). The service and unit are those of the
-- agency's first demo case; every case has the time limit 7 working days.
-- Secondary indexes are dropped during the load and rebuilt after it with their own definitions;
-- foreign keys are not checked during the load (session_replication_role = replica), which is
-- safe here because every referenced case is inserted in the same statement order.
\set ON_ERROR_STOP on
\timing on
set session_replication_role = replica;
set maintenance_work_mem = '1GB';
set max_parallel_maintenance_workers = 2;

create temp table bench_agency as
  select (row_number() over (order by agency_code) - 1)::int as k, agency_code, unit_id,
         service_code, service_version
  from (select distinct on (agency_code) agency_code, unit_id, service_code, service_version
        from casework_case where service_code is not null order by agency_code, number) d;
do $$ begin
  if (select count(*) from bench_agency) <> 5 then
    raise exception 'expected the five demo agencies (start the application with the demo profile)';
  end if;
end $$;

create temp table bench_index as
  select indexname, indexdef from pg_indexes
  where tablename in ('casework_case', 'casework_history', 'casework_applicant')
    and indexname not like '%\_pkey';
do $$ declare r record; begin
  for r in select indexname from bench_index loop
    execute format('drop index %I', r.indexname);
  end loop;
end $$;

create temp view bench_new as
  select i, a.agency_code, a.unit_id, a.service_code, a.service_version,
         date '2025-01-02' + ((i / 5) / 4000)::int as day,
         a.agency_code || '-' || to_char(date '2025-01-02' + ((i / 5) / 4000)::int, 'YYYYMMDD')
           || '-' || lpad(((i / 5) % 4000 + 1)::text, 5, '0') as number
  from generate_series(:from::bigint, :to::bigint - 1) i
  join bench_agency a on a.k = i % 5;

begin;
insert into casework_case (number, kind, channel, agency_code, unit_id, service_code,
    service_version, status, officer, received_on, limit_amount, limit_unit, due_date, version,
    created_at, updated_at)
  select number, 'APPLICATION', 'ONLINE', agency_code, unit_id, service_code, service_version,
         case when i % 2 = 0 then 'RECEIVED' else 'IN_PROGRESS' end,
         case when i % 2 = 0 then null else 'bench.officer' end,
         day, 7, 'WORKING_DAYS', day + 9, (i % 2) * 2,
         day + time '09:00' + (i % 4000) * interval '7 seconds',
         day + time '09:00' + (i % 4000) * interval '7 seconds'
  from bench_new;
insert into casework_history (case_number, sequence, action, from_status, to_status, actor,
    party, at)
  select n.number, s.seq, s.action, s.from_status, s.to_status, s.actor, s.party,
         n.day + time '09:00' + (n.i % 4000) * interval '7 seconds' + (s.seq - 1) * interval '1 hour'
  from bench_new n
  join (values (1, null, null, 'RECEIVED', 'applicant', 'APPLICANT'),
               (2, 'ASSIGN', 'RECEIVED', 'ASSIGNED', 'bench.head', 'UNIT_HEAD'),
               (3, 'START', 'ASSIGNED', 'IN_PROGRESS', 'bench.officer', 'CASE_OFFICER'))
    as s (seq, action, from_status, to_status, actor, party)
    on s.seq = 1 or n.i % 2 = 1;
insert into casework_applicant (case_number, name, email, phone, language, notify_by,
    consented_at)
  select number, '王小明', 'bench@example.org', '0912345678', 'zh-TW', 'EMAIL',
         day + time '09:00'
  from bench_new;
insert into case_number_sequence (agency_code, day, last_value)
  select agency_code, day, max((i / 5) % 4000 + 1) from bench_new group by agency_code, day
  on conflict (agency_code, day)
    do update set last_value = greatest(case_number_sequence.last_value, excluded.last_value);
commit;

do $$ declare r record; begin
  for r in select indexdef from bench_index loop
    execute r.indexdef;
  end loop;
end $$;
vacuum analyze casework_case;
vacuum analyze casework_history;
vacuum analyze casework_applicant;
select count(*) as cases from casework_case;
