#!/usr/bin/env bash
# QUALITY.md P6: the dashboard's figures (on-time rate by unit × month over one year, for one
# agency) from the rollup, beside a raw GROUP BY over the cases and their history on the same
# data, at 1 M and 10 M cases generated over three years.
# Usage:
#   bash benchmarks/figures.sh          (needs curl, psql; port 8093 free; ~40 min at 10 M)
# Environment: SIZES (cases, default "1000000 10000000"), THREADS (client threads, "1 8"),
#   SECS (s per run, 20), WARMUP (s, 5), RAW_RUNS (timed runs of the raw query, 10),
#   MAX_WAIT (s to wait for a quiet machine, 900), REBUILD (0 keeps the rollup a DATA_DIR already
#   holds instead of timing its rebuild again; default 1), DATA_DIR (keep the embedded PostgreSQL there and
#   reuse cases generated earlier; default a fresh temporary directory), JAR.
# Per size: grows the generated cases to SIZE with benchmarks/figures-data.sql (timed), then
# empties the figures tables and restarts the application, whose start-up rebuilds them from the
# cases (timed until the log says so — the path an upgrade to V22 takes); checks that the API's
# rows equal the raw recount exactly; then measures GET /api/v1/staff/figures (signed-in quality
# officer; benchmarks/IntakeLoad.java lookup-closed) and the raw query (psql, RAW_RUNS times,
# median and p95 of server-side \timing).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000000 10000000"}
THREADS=${THREADS:-"1 8"}
SECS=${SECS:-20}
WARMUP=${WARMUP:-5}
RAW_RUNS=${RAW_RUNS:-10}
PORT=8093
BASE="http://127.0.0.1:$PORT"
AGENCY=YILAN-JIAOXI
USER=jiaoxi.quality
PASSWORD=CivicDesk-demo-2026
PERIOD="from=2026-01&to=2026-12"
work=$(mktemp -d)
DATA=${DATA_DIR:-$work/db}
cleanup() { cleanup_apps; rm -rf "$work"; }
trap cleanup EXIT
# shellcheck source=benchmarks/lib.sh
. benchmarks/lib.sh
JAR=$(jar)
ARGS=(--civicdesk.deadlines.sweep-cron=- --civicdesk.notification.poll=1h
  --civicdesk.sms.gateway=off)
start_app A $PORT "$DATA" "${ARGS[@]}"
for _ in $(seq 1 240); do
  [ "$(q 'select count(distinct agency_code) from casework_case')" = 5 ] && break; sleep 0.5
done
q "alter system set max_wal_size = '16GB'" > /dev/null
q "select pg_reload_conf()" > /dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(q 'select version()')"
generated() { q "select count(*) from casework_case where number ~ '-1[0-9]{4}$'"; }

RAW="select c.unit_id, date_trunc('month', h.at at time zone 'Asia/Taipei')::date as month,
       count(*) as decided,
       count(*) filter (where (h.at at time zone 'Asia/Taipei')::date <= c.due_date) as on_time
  from casework_case c
  join casework_history h on h.case_number = c.number and h.action = 'DECIDE'
  where c.agency_code = '$AGENCY' and c.parent_number is null
    and h.at >= timestamptz '2026-01-01 00:00+08' and h.at < timestamptz '2027-01-01 00:00+08'
  group by 1, 2 order by 1, 2"
API="/api/v1/staff/figures?agency=$AGENCY&$PERIOD&by=unit,month"

restart() { # stops the application and starts it again on the same data
  cleanup_apps; APPS=""
  unset PGPORT # the embedded PostgreSQL takes a new port at each start
  start_app A $PORT "$DATA" "${ARGS[@]}"
}

for SIZE in $SIZES; do
  have=$(generated)
  if [ "$have" -lt "$SIZE" ]; then
    echo "== generating cases $have..$SIZE"
    start=$(date +%s)
    psql -d postgres -q -v from="$have" -v to="$SIZE" -f benchmarks/figures-data.sql \
      | grep -E '^Time|cases|^ *[0-9]+$' | tail -3
    echo "generated in $(( $(date +%s) - start )) s"
  fi
  echo "== $SIZE generated cases ($(q 'select count(*) from casework_case') in all)"
  if [ "${REBUILD:-1}" = 0 ]; then
    echo "rollup kept from an earlier run (REBUILD=0)"
  else
    q "truncate figures_case, figures_month, figures_working_days, figures_open" > /dev/null
    start=$(date +%s)
    restart
    for _ in $(seq 1 3600); do
      grep -q 'Figures rebuilt' "$work/A.log" && break
      kill -0 "$APP_A" 2>/dev/null || { tail -40 "$work/A.log"; exit 1; }
      sleep 1
    done
    echo "rebuild at start-up: $(( $(date +%s) - start )) s wall (incl. start);" \
      "$(grep -o 'Figures rebuilt.*' "$work/A.log" | head -1)"
  fi
  q "vacuum analyze figures_month" > /dev/null

  # Exactness: the API's decided / on-time per unit and month against the raw recount.
  curl -sf -u "$USER:$PASSWORD" "$BASE$API" > "$work/api.json"
  python3 - "$work/api.json" > "$work/api.txt" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
rows = rows.get("rows", rows) if isinstance(rows, dict) else rows
for r in sorted(rows, key=lambda r: (r["unitId"], r["month"])):
    if r["decided"]:
        print(f'{r["unitId"]}|{r["month"]}-01|{r["decided"]}|{r["decidedOnTime"]}')
PY
  q "$RAW" > "$work/raw.txt"
  if diff -q "$work/api.txt" "$work/raw.txt" > /dev/null; then
    echo "exact: the API's $(wc -l < "$work/api.txt") unit×month rows equal the raw recount"
  else
    echo "DIFFERENT: API vs raw recount"; diff "$work/api.txt" "$work/raw.txt" | head -20
  fi

  quiet
  for t in $THREADS; do
    echo "figures API, $t thread(s): $(java benchmarks/IntakeLoad.java lookup-closed "$BASE" \
      "staff:$USER:$PASSWORD:$API" "$t" "$WARMUP" "$SECS" | grep RESULT)"
  done
  q "$RAW" > /dev/null # warm the cache once
  for _ in $(seq 1 "$RAW_RUNS"); do
    psql -d postgres -At -c '\timing on' -c "$RAW" | grep -o 'Time: [0-9.]*' | awk '{print $2}'
  done | sort -n | awk '{a[NR] = $1} END {
    p95 = a[int(NR * 0.95 + 0.999)]; printf "raw GROUP BY: median %.1f ms, p95 %.1f ms over %d runs\n",
      a[int((NR + 1) / 2)], p95, NR }'
done
