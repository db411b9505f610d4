#!/usr/bin/env bash
# QUALITY.md P9: Open311 GET requests at page 1,000 on 10 M facility reports, keyset paging (what
# CivicDesk answers: `after`, ADR 0039) beside OFFSET paging of the same query, in one run.
# Usage:
#   bash benchmarks/open311.sh          (needs curl, psql; port 8099 free)
# Environment: SIZE (rows in the read model, default 10000000), PAGE_SIZE (1000, the
#   specification's default), PAGES (the pages timed, "1 1000 5000"), RUNS (timed runs of each,
#   median reported, 7), MAX_WAIT (s to wait for a quiet machine, 900), DATA_DIR (keep the
#   embedded PostgreSQL there and reuse rows generated earlier; default a fresh temporary
#   directory), JAR.
# Starts CivicDesk with the demo data, grows the read model (petition_case) of YILAN-JIAOXI to
# SIZE rows with benchmarks/open311-data.sql (timed), then for each page N: the SQL CivicDesk runs
# for GET requests (PetitionLedger.find, newest first) with the keyset of page N − 1's last row,
# and the same query with OFFSET (N − 1) × PAGE_SIZE instead, both timed server-side (EXPLAIN
# ANALYZE's execution time, median of RUNS); and the whole HTTP request for page N with its
# `after` (curl, median of RUNS), which adds JSON writing and the transfer of PAGE_SIZE requests.
# Every request goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-10000000}
PAGE_SIZE=${PAGE_SIZE:-1000}
PAGES=${PAGES:-"1 1000 5000"}
RUNS=${RUNS:-7}
PORT=8099
BASE="http://127.0.0.1:$PORT"
AGENCY=YILAN-JIAOXI
work=$(mktemp -d)
DATA=${DATA_DIR:-$work/db}
cleanup() { cleanup_apps; rm -rf "$work"; }
trap cleanup EXIT
# shellcheck source=benchmarks/lib.sh
. benchmarks/lib.sh
JAR=$(jar)
start_app A $PORT "$DATA" --civicdesk.deadlines.sweep-cron=- --civicdesk.notification.poll=1h \
  --civicdesk.sms.gateway=off
q "alter system set max_wal_size = '16GB'" > /dev/null
q "select pg_reload_conf()" > /dev/null
psql -d postgres -Atc "select version()" -c "show shared_buffers" | paste -sd' '
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"

start=$(date +%s.%N)
psql -d postgres -q -v agency="$AGENCY" -v target="$SIZE" -f benchmarks/open311-data.sql
q "checkpoint" > /dev/null
echo "rows of $AGENCY in petition_case: $(q "select count(*) from petition_case where agency_code = '$AGENCY'")" \
  "(generated in $(echo "$(date +%s.%N) - $start" | bc | cut -c1-6) s)"
echo "read model size: $(q "select pg_size_pretty(pg_total_relation_size('petition_case'))")"

median() { sort -n | awk '{a[NR]=$1} END {m=(NR+1)/2; print (NR%2 ? a[m] : (a[m-.5]+a[m+.5])/2)}'; }
FILTER="agency_code = '$AGENCY' and kind in ('FACILITY_REPORT')"
ORDER="order by filed_at desc, case_number desc limit $PAGE_SIZE"
server_ms() { # median execution time of one query, in ms
  for _ in $(seq 1 "$RUNS"); do
    psql -d postgres -Atc "explain (analyze, timing off) $1" | grep 'Execution Time' \
      | awk '{print $3}'
  done | median
}
quiet
printf '%-8s %-14s %-14s %-14s %s\n' page "keyset SQL ms" "OFFSET SQL ms" "keyset HTTP ms" \
  "rows (keyset / offset)"
for page in $PAGES; do
  offset=$(( (page - 1) * PAGE_SIZE ))
  if [ "$page" -eq 1 ]; then
    keyset="select * from petition_case where $FILTER $ORDER"
    after=""
  else
    last=$(q "select extract(epoch from filed_at)::numeric * 1000000 || ':' || case_number
              from petition_case where $FILTER order by filed_at desc, case_number desc
              offset $((offset - 1)) limit 1")
    micros=${last%%:*}; micros=${micros%%.*}; number=${last#*:}
    keyset="select * from petition_case where $FILTER and (filed_at, case_number) <
              (timestamptz 'epoch' + $micros * interval '1 microsecond', '$number') $ORDER"
    after="&after=$(printf '%s:%s' "$micros" "$number" | base64 -w0 | tr '+/' '-_' | tr -d '=')"
  fi
  by_offset="select * from petition_case where $FILTER $ORDER offset $offset"
  same=$(q "select count(*) from (($keyset) except ($by_offset)) d")
  [ "$same" = 0 ] || { echo "page $page: keyset and OFFSET differ in $same rows"; exit 1; }
  url="$BASE/open311/v2/requests.json?jurisdiction_id=$AGENCY&start_date=2000-01-01T00:00:00Z&page_size=$PAGE_SIZE$after"
  rows=$(curl -sf "$url" | grep -o '"service_request_id"' | wc -l)
  http=$(for _ in $(seq 1 "$RUNS"); do
    curl -sf -o /dev/null -w '%{time_total}\n' "$url"; done | median)
  printf '%-8s %-14s %-14s %-14s %s\n' "$page" "$(server_ms "$keyset")" "$(server_ms "$by_offset")" \
    "$(echo "$http * 1000" | bc | cut -d. -f1)" "$rows / $PAGE_SIZE"
done
echo "plans:"
psql -d postgres -Atc "explain $by_offset" | head -4
psql -d postgres -Atc "explain $keyset" | head -4
