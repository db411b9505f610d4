#!/usr/bin/env bash
# QUALITY.md P1 (intake) and the PostgreSQL baselines for P1 and P2, in one sitting on one
# embedded PostgreSQL. Usage:
#   bash benchmarks/intake.sh [all|intake|transition]     (default all; needs curl, python3,
#                                                          pgbench, psql; port 8099 free)
# Environment: LEVELS (client threads, default "4 8 16 32"), WARMUP (s, 10), SECS (s, 20),
#   MAX_WAIT (s to wait for a 1-minute load average below 1.0 before measuring, default 1500;
#   0 = don't wait), SERVICE (a service code that offers ONLINE; default: the first listed).
# Builds the jar, starts it with the demo profile on a fresh data directory, then per level:
#   intake: POST /api/v1/cases with benchmarks/IntakeLoad.java (closed loop), then pgbench with
#           benchmarks/pgbench-intake.sql (the same statements) at the same number of clients;
#           then a fixed-rate run at 70 % of the highest app rate (p99 there is P1's figure);
#   transition: pgbench with benchmarks/pgbench-transition.sql (the statements of
#           CaseWork.act) and pgbench's standard TPC-B-like transaction (-s 32, own database).
# Every load goes to 127.0.0.1 only and every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
WHAT=${1:-all}
LEVELS=${LEVELS:-"4 8 16 32"}
WARMUP=${WARMUP:-10}
SECS=${SECS:-20}
MAX_WAIT=${MAX_WAIT:-1500}
PORT=8099
BASE="http://127.0.0.1:$PORT"
work=$(mktemp -d)
APP=
cleanup() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Checkstyle is skipped: it checks style, not what runs, and must not stop a measurement.
./mvnw -q -B -ntp -DskipTests -Dcheckstyle.skip package
JAR=$(ls target/civicdesk-*.jar | head -1)
# Every intake comes from 127.0.0.1: the anonymous filing limit (ADR 0024) is raised so that it
# still counts every intake (its cost is measured) but refuses none.
java -Dcivicdesk-bench=1 -jar "$JAR" --spring.profiles.active=demo --server.port=$PORT \
  --civicdesk.embedded-db.dir="$work/db" --civicdesk.intake.anonymous-per-hour=1000000000 \
  > "$work/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 300); do
  curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 "$APP" 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
  sleep 0.5
done
# The demo catalogue is published just after the application reports UP: wait for it.
services() {
  curl -sf "$BASE/api/v1/services?channel=ONLINE&size=100" \
    | python3 -c 'import json,sys; print(" ".join(i["code"] for i in json.load(sys.stdin)["items"]))'
}
for _ in $(seq 1 120); do [ -n "$(services)" ] && break; sleep 0.5; done
SERVICE=${SERVICE:-$(services | awk '{print $1}')}
[ -n "$SERVICE" ] || { echo "no service offers ONLINE" >&2; exit 1; }
# The service's agency, unit and version, and valid values for its required form fields (if the
# catalogue declares any: text "bench", number 1, date today, choice its first option, a valid
# national ID).
read -r AGENCY UNIT VERSION FIELDS < <(curl -sf "$BASE/api/v1/services/$SERVICE" | python3 -c '
import json, sys, datetime
d = json.load(sys.stdin)
f = {}
for x in d.get("fields") or []:
    if not x.get("required"):
        continue
    t = (x.get("type") or "TEXT").upper()
    opts = x.get("choices") or []
    f[x["name"]] = (opts[0] if isinstance(opts[0], str) else opts[0].get("value")) if opts \
        else "1" if t in ("NUMBER", "INTEGER") \
        else "A123456789" if t == "NATIONAL_ID" \
        else datetime.date.today().isoformat() if t == "DATE" else "bench"
print(d["agencyCode"], d["unitId"], d["version"], json.dumps(f, separators=(",", ":")))')
PGPORT=$(grep -o 'on port [0-9]*' "$work/app.log" | head -1 | awk '{print $3}')
PM=$(pgrep -f "postgres -D $work/db" | head -1)
DAY=$(TZ=Asia/Taipei date +%F)
export PGHOST=127.0.0.1 PGPORT PGUSER=postgres
echo "service $SERVICE (agency $AGENCY, unit $UNIT, version $VERSION, fields $FIELDS);" \
  "PostgreSQL on port $PGPORT, postmaster $PM"
psql -d postgres -Atc "select version()" -c "show fsync" -c "show synchronous_commit" \
  -c "show shared_buffers" | paste -sd' '

# Measure only on a quiet machine (2 cores shared with other sessions' builds).
waited=0
while :; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  awk -v l="$load" 'BEGIN { exit !(l < 1.0) }' && break
  if [ "$waited" -ge "$MAX_WAIT" ]; then
    echo "NOT QUIET: 1-minute load average $load after waiting ${waited}s; measuring anyway"
    break
  fi
  sleep 60; waited=$((waited + 60))
done
echo "load before measuring: $(cut -d' ' -f1-3 /proc/loadavg) (waited ${waited}s);" \
  "surefire processes: $(pgrep -fc surefire || true)"

pids() { echo "$APP,$PM,$(pgrep -P "$PM" | paste -sd,)"; }
load_now() { cut -d' ' -f1 /proc/loadavg; }
# pgbench at $1 clients for $SECS s with script/options $2..; prints tps and latency percentiles
pgb() {
  local c=$1; shift
  local j=$((c < 2 ? 1 : 2))
  rm -f "$work"/pgb.*
  pgbench -n -M prepared -c "$c" -j "$j" -T "$SECS" -l --log-prefix="$work/pgb" "$@" \
    > "$work/pgbench.out" 2>&1 || { cat "$work/pgbench.out"; return 1; }
  local tps failed
  tps=$(awk '/^tps/ {printf "%.0f", $3}' "$work/pgbench.out")
  failed=$(awk '/failed transactions/ {print $5}' "$work/pgbench.out")
  cat "$work"/pgb.* | awk '{print $3}' | sort -n | awk -v tps="$tps" -v c="$c" \
    -v f="$failed" -v l="$(load_now)" '{a[NR]=$1} END {
      printf "conc=%d tps=%s p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%s load=%s\n", c, tps,
        a[int(NR*0.50+0.999)]/1000, a[int(NR*0.95+0.999)]/1000, a[int(NR*0.99+0.999)]/1000, f, l}'
}
app() { # closed-loop or fixed-rate run of the application
  java benchmarks/IntakeLoad.java "$1" "$BASE" "$SERVICE" "$FIELDS" "$2" "$3" "$SECS" \
    "$(pids)" 2> "$work/load.err" | sed "s/\$/ load=$(load_now)/"
  head -3 "$work/load.err" >&2
}
PGB_INTAKE=(-f benchmarks/pgbench-intake.sql -D agency="$AGENCY" -D unit="$UNIT"
  -D service="$SERVICE" -D version="$VERSION" -D day="$DAY")

if [ "$WHAT" = all ] || [ "$WHAT" = intake ]; then
  echo "== P1 intake: warm-up ${WARMUP}s (application and pgbench)"
  java benchmarks/IntakeLoad.java closed "$BASE" "$SERVICE" "$FIELDS" 8 0 "$WARMUP" > /dev/null
  pgbench -n -M prepared -c 8 -j 2 -T "$WARMUP" "${PGB_INTAKE[@]}" postgres > /dev/null 2>&1
  best=0
  for c in $LEVELS; do
    line=$(app closed "$c" 2)
    echo "APP     $line"
    rps=$(sed 's/.*rps=\([0-9]*\).*/\1/' <<< "$line")
    [ "$rps" -gt "$best" ] && best=$rps
    echo "PGBENCH $(pgb "$c" "${PGB_INTAKE[@]}" postgres)"
  done
  rate=$((best * 7 / 10))
  echo "== P1 fixed rate: 70 % of the highest application rate ($best/s) = $rate/s"
  echo "APP     $(app rate "$rate" 2)"
  echo "PGBENCH $(pgb 32 -R "$rate" "${PGB_INTAKE[@]}" postgres)"
  echo "cases stored: $(psql -d postgres -Atc 'select count(*) from casework_case')"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = transition ]; then
  echo "== P2 baselines: the statements of one transition, and pgbench's standard transaction"
  psql -d postgres -q -f benchmarks/pgbench-transition-setup.sql
  psql -d postgres -qc "create database pgbench_std" 2>/dev/null || true
  pgbench -i -q -s 32 pgbench_std > "$work/init.out" 2>&1 || { cat "$work/init.out"; exit 1; }
  pgbench -n -M prepared -c 8 -j 2 -T "$WARMUP" -f benchmarks/pgbench-transition.sql postgres \
    > /dev/null 2>&1
  case "$AGENCY" in
    CH-PLANNING) who=planning ;; YILAN-JIAOXI) who=jiaoxi ;; KH-FENGSHAN-HR1) who=fengshan ;;
    TN-YANSHUI) who=yanshui ;; HC-EAST-HEALTH) who=easthealth ;; *) who="" ;;
  esac
  for c in $LEVELS; do
    if [ -n "$who" ]; then # the application: assign, start, decide, close over the staff API
      echo "APP        $(java benchmarks/IntakeLoad.java transition "$BASE" "$SERVICE" \
        "$FIELDS" "$c" 5 "$SECS" "$who.head" "$who.officer" CivicDesk-demo-2026 "$(pids)" \
        2> "$work/load.err") load=$(load_now)"
      head -3 "$work/load.err" >&2
    fi
    echo "TRANSITION $(pgb "$c" -f benchmarks/pgbench-transition.sql postgres)"
    echo "TPCB       $(pgb "$c" pgbench_std)"
  done
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
