-- Running cases for the reminder-sweep benchmark (QUALITY.md P7), run by benchmarks/sweep.sh:
--   psql -v n=100000 -f benchmarks/sweep-data.sql
-- Adds n cases spread over the five demo agencies (each with its first demo case's unit and
-- service), every one assigned to an officer of its own (bench.officer.<agency>.<i % 50>) and in
-- progress, with the time limit 10 working days. Sweeping on 2026-12-01 (a Tuesday) every case
-- owes at least one reminder: its stored due date is one of six working days around that day —
-- 2026-12-03 / 12-02 (due soon), 12-01 (due today), 11-30 (overdue), 11-27 / 11-26 (overdue
-- one working day or more: the unit head as well). Received 14 calendar days before the due date,
-- so no case is severely late. Case numbers use the sequence 50001…: the application's own
-- filings on those days (demo data, 2026-11) stay far below.
\set ON_ERROR_STOP on
\timing on
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
create temp table bench_due (d int, due date);
insert into bench_due values (0, date '2026-12-03'), (1, date '2026-12-02'),
  (2, date '2026-12-01'), (3, date '2026-11-30'), (4, date '2026-11-27'), (5, date '2026-11-26');
create temp view bench_new as
  select i, a.agency_code, a.unit_id, a.service_code, a.service_version, b.due,
         b.due - 14 as day,
         'bench.officer.' || a.agency_code || '.' || (i % 50) as officer,
         a.agency_code || '-' || to_char(b.due - 14, 'YYYYMMDD') || '-'
           || lpad((50001 + i / 30)::text, 5, '0') as number
  from generate_series(0, :n::bigint - 1) i
  join bench_agency a on a.k = i % 5
  join bench_due b on b.d = (i / 5) % 6;
begin;
insert into casework_case (number, kind, channel, agency_code, unit_id, service_code,
    service_version, status, officer, received_on, limit_amount, limit_unit, due_date, version,
    created_at, updated_at)
  select number, 'APPLICATION', 'ONLINE', agency_code, unit_id, service_code, service_version,
         'IN_PROGRESS', officer, day, 10, 'WORKING_DAYS', due, 2,
         day + time '09:00', day + time '10:00'
  from bench_new;
insert into casework_history (case_number, sequence, action, from_status, to_status, actor,
    party, at)
  select n.number, s.seq, s.action, s.from_status, s.to_status,
         coalesce(s.actor, n.officer), s.party, n.day + time '09:00' + s.seq * interval '1 minute'
  from bench_new n
  cross join (values (1, null, null, 'RECEIVED', 'applicant', 'APPLICANT'),
               (2, 'ASSIGN', 'RECEIVED', 'ASSIGNED', 'bench.head', 'UNIT_HEAD'),
               (3, 'START', 'ASSIGNED', 'IN_PROGRESS', null, 'CASE_OFFICER'))
    as s (seq, action, from_status, to_status, actor, party);
commit;
vacuum analyze casework_case;
select count(*) as running from casework_case where status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS');
