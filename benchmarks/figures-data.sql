-- Decided, closed, extended, withdrawn and open cases over three years for the figures benchmark
-- (QUALITY.md P6), run by benchmarks/figures.sh:
--   psql -v from=0 -v to=1000000 -f benchmarks/figures-data.sql
-- adds cases from..to-1 (call it again with from=1000000 to=10000000 to grow the same data).
-- Case i belongs to the i % 5-th demo agency (by code), to its ((i / 5) % units)-th unit, is
-- received on 2025-01-01 + (i / 5) % 1080 (the shipped calendar 2025–2027, ending early enough
-- that every step stays inside it)
-- with that day's sequence 10001 + (i / 5) / 1080, through channel (i / 7) % 3, for the agency's
-- first demo service, time limit 7 working days, stored due date 9 calendar days after receipt.
-- Its fate by h = (i * 7919) % 100: h < 4 open (in progress); h 4–5 withdrawn on the next day;
-- h = 6 extended by 7 working days (due date 16 days after receipt), decided on day 12 and
-- closed; otherwise decided on day h % 14 (late when that is after the due date) and closed the
-- next day. Steps happen at 10:00 Taiwan time. Secondary indexes are dropped during the load
-- and rebuilt after it; foreign keys are not checked during the load (replica role). The
-- per-day number counters are left alone: the application's own filings start far below 10001.
\set ON_ERROR_STOP on
\timing on
set session_replication_role = replica;
set maintenance_work_mem = '1GB';
set max_parallel_maintenance_workers = 2;

create temp table bench_agency as
  select (row_number() over (order by agency_code) - 1)::int as k, agency_code, service_code,
         service_version, (select count(*) from org_unit u where u.agency_code = d.agency_code)::int
           as units
  from (select distinct on (agency_code) agency_code, service_code, service_version
        from casework_case where service_code is not null order by agency_code, number) d;
create temp table bench_unit as
  select agency_code, (row_number() over (partition by agency_code order by id) - 1)::int as idx,
         id as unit_id
  from org_unit;
do $$ begin
  if (select count(*) from bench_agency) <> 5 then
    raise exception 'expected the five demo agencies (start the application with the demo profile)';
  end if;
end $$;

create temp table bench_index as
  select indexname, indexdef from pg_indexes
  where tablename in ('casework_case', 'casework_history')
    and indexname not like '%\_pkey';
do $$ declare r record; begin
  for r in select indexname from bench_index loop
    execute format('drop index %I', r.indexname);
  end loop;
end $$;

create temp view bench_new as
  select i, a.agency_code, u.unit_id, a.service_code, a.service_version, day,
         (array['COUNTER', 'ONLINE', 'PHONE'])[(i / 7) % 3 + 1] as channel,
         h, case when h < 4 then 'open' when h < 6 then 'withdrawn' when h = 6 then 'extended'
                 else 'decided' end as fate,
         a.agency_code || '-' || to_char(day, 'YYYYMMDD') || '-'
           || lpad((10001 + (i / 5) / 1080)::text, 5, '0') as number
  from (select i, date '2025-01-01' + ((i / 5) % 1080)::int as day, ((i * 7919) % 100)::int as h
        from generate_series(:from::bigint, :to::bigint - 1) i) g
  join bench_agency a on a.k = i % 5
  join bench_unit u on u.agency_code = a.agency_code and u.idx = (i / 5) % a.units;

begin;
insert into casework_case (number, kind, channel, agency_code, unit_id, service_code,
    service_version, status, decision, officer, received_on, limit_amount, limit_unit,
    extension_amount, extension_unit, due_date, version, created_at, updated_at)
  select number, 'APPLICATION', channel, agency_code, unit_id, service_code, service_version,
         case fate when 'open' then 'IN_PROGRESS' when 'withdrawn' then 'WITHDRAWN'
                   else 'CLOSED' end,
         case when fate in ('extended', 'decided') then 'APPROVED' end,
         case when fate <> 'withdrawn' then 'bench.officer' end,
         day, 7, 'WORKING_DAYS',
         case when fate = 'extended' then 7 end, case when fate = 'extended' then 'WORKING_DAYS' end,
         day + case when fate = 'extended' then 16 else 9 end, 4,
         day + time '02:00', day + time '02:00'
  from bench_new;
insert into casework_history (case_number, sequence, action, from_status, to_status, actor,
    party, at)
  select n.number, s.seq, s.action, s.from_status, s.to_status, s.actor, s.party,
         (n.day + case
            when s.action = 'WITHDRAW' then 1
            when s.action in ('DECIDE', 'CLOSE') and n.fate = 'extended' then 12
            when s.action in ('DECIDE', 'CLOSE') then n.h % 14
            else 0 end
            + case when s.action = 'CLOSE' and n.fate = 'decided' then 1 else 0 end)
           + time '02:00' + s.seq * interval '1 minute'
  from bench_new n
  join (values ('all', 1, null, null, 'RECEIVED', 'applicant', 'APPLICANT'),
               ('withdrawn', 2, 'WITHDRAW', 'RECEIVED', 'WITHDRAWN', 'applicant', 'APPLICANT'),
               ('worked', 2, 'ASSIGN', 'RECEIVED', 'ASSIGNED', 'bench.head', 'UNIT_HEAD'),
               ('worked', 3, 'START', 'ASSIGNED', 'IN_PROGRESS', 'bench.officer', 'CASE_OFFICER'),
               ('extended', 4, 'EXTEND', 'IN_PROGRESS', 'IN_PROGRESS', 'bench.head', 'UNIT_HEAD'),
               ('decided', 4, 'DECIDE', 'IN_PROGRESS', 'DECIDED', 'bench.officer', 'CASE_OFFICER'),
               ('decided', 5, 'CLOSE', 'DECIDED', 'CLOSED', 'bench.officer', 'CASE_OFFICER'),
               ('extended', 5, 'DECIDE', 'IN_PROGRESS', 'DECIDED', 'bench.officer', 'CASE_OFFICER'),
               ('extended', 6, 'CLOSE', 'DECIDED', 'CLOSED', 'bench.officer', 'CASE_OFFICER'))
    as s (which, seq, action, from_status, to_status, actor, party)
    on s.which = 'all' or s.which = n.fate
       or (s.which = 'worked' and n.fate in ('open', 'extended', 'decided'));
commit;

do $$ declare r record; begin
  for r in select indexdef from bench_index loop
    execute r.indexdef;
  end loop;
end $$;
vacuum analyze casework_case;
vacuum analyze casework_history;
select count(*) as cases from casework_case;
