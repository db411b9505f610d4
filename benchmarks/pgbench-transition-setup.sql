-- Cases for benchmarks/pgbench-transition.sql: 40,000 assigned applications of YILAN-JIAOXI
-- dated 2000-01-01 (a day no real case has), each with its two history rows. Idempotent.
insert into casework_case (number, kind, channel, agency_code, unit_id, service_code,
    service_version, status, officer, received_on, limit_amount, limit_unit, due_date,
    created_at, updated_at)
  select 'YILAN-JIAOXI-20000101-' || lpad(n::text, 5, '0'), 'APPLICATION', 'ONLINE',
    'YILAN-JIAOXI', 4, 'JIAOXI-BULKY-WASTE', 1, 'ASSIGNED', 'jiaoxi.officer', date '2000-01-01',
    7, 'WORKING_DAYS', date '2000-01-12', now(), now()
  from generate_series(1, 40000) n
  on conflict (number) do nothing;
insert into casework_history (case_number, sequence, action, from_status, to_status, actor,
    party, at)
  select 'YILAN-JIAOXI-20000101-' || lpad(n::text, 5, '0'), s.seq,
    case s.seq when 1 then null else 'ASSIGN' end, case s.seq when 1 then null else 'RECEIVED' end,
    case s.seq when 1 then 'RECEIVED' else 'ASSIGNED' end,
    case s.seq when 1 then 'applicant' else 'jiaoxi.head' end,
    case s.seq when 1 then 'APPLICANT' else 'UNIT_HEAD' end, now()
  from generate_series(1, 40000) n, (values (1), (2)) s(seq)
  on conflict do nothing;
vacuum analyze casework_case;
vacuum analyze casework_history;
