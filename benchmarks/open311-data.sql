-- Generated facility reports for benchmarks/open311.sh: grows the petitions read model
-- (petition_case) of agency :'agency' to :'target' rows, category street-light, filed two a
-- second from 2025-01-01 (so every second filing time is shared by two rows and only the case
-- number orders them, as the keyset must handle), a quarter of them closed, every tenth at a home
-- (coarsened). Rows only: no case behind them, which GET requests never reads.
\set ON_ERROR_STOP on
insert into petition_case (case_number, agency_code, kind, category_code, channel, unit_id,
    district, village, public_address, lat, lon, coarsened, anonymous, language, status,
    due_date, filed_at, updated_at)
select :'agency' || '-20250101-' || lpad(i::text, 8, '0'), :'agency', 'FACILITY_REPORT',
       'street-light', 'OPEN311', 0, '礁溪鄉', '德陽村', '中山路二段',
       24.82 + (i % 1000) / 100000.0, 121.77 + (i % 997) / 100000.0, i % 10 = 0, true, 'zh-TW',
       case when i % 4 = 0 then 'CLOSED' else 'IN_PROGRESS' end,
       date '2025-01-06' + (i / 172800)::int,
       timestamptz '2025-01-01 00:00:00+08' + (i / 2) * interval '1 second',
       timestamptz '2025-01-01 00:00:00+08' + (i / 2) * interval '1 second'
from generate_series(
       (select count(*) + 1 from petition_case where agency_code = :'agency'
          and case_number like :'agency' || '-20250101-%'),
       :target) as i;
analyze petition_case;
