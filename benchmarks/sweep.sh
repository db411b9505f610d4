#!/usr/bin/env bash
# QUALITY.md P7: the daily reminder sweep over N running cases that each owe a reminder
# (due soon, due today, overdue, escalated), on one node and on two nodes sharing one database.
# Usage:
#   bash benchmarks/sweep.sh          (needs curl, psql; ports 8094-8095 free; ~10 min)
# Environment: N (cases, default 100000), RUNS (sweeps per set-up, default 3; figures are the
#   median), PARTS (civicdesk.deadlines.sweep-parts, default 4), THREADS (db-scheduler.threads
#   per node, default 2), MAX_WAIT (s to wait for a 1-minute load average below 1.0, default 900), JAR.
# Builds the jar, starts node A (profiles demo,benchmark) on a fresh embedded PostgreSQL, adds N
# cases with benchmarks/sweep-data.sql, then RUNS times: deletes the notices earlier runs posted
# for those cases, schedules the one-time task reminder-sweep-day for 2026-12-01 through
# db-scheduler's table, exactly as an operator would, and times it from scheduling until its row
# and those of the parts it schedules (reminder-sweep-part) are gone (polled every 0.1 s;
# db-scheduler polls every 1 s, so a run includes up to two polling delays).
# Then starts node B on node A's database and repeats. Reports notices posted per run (each run
# must post the same number: the occasion keys make a second post a no-op).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
RUNS=${RUNS:-3}
DAY=2026-12-01
work=$(mktemp -d)
cleanup() { cleanup_apps; rm -rf "$work"; }
trap cleanup EXIT
# shellcheck source=benchmarks/lib.sh
. benchmarks/lib.sh
JAR=$(jar)
COMMON=(--civicdesk.deadlines.sweep-cron=- --db-scheduler.polling-interval=1s
  --civicdesk.deadlines.sweep-parts="${PARTS:-4}" --db-scheduler.threads="${THREADS:-2}"
  --civicdesk.notification.poll=1h --civicdesk.sms.gateway=off)
start_app A 8095 "$work/db" "${COMMON[@]}"
for _ in $(seq 1 240); do
  [ "$(q 'select count(distinct agency_code) from casework_case')" = 5 ] && break; sleep 0.5
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(q 'select version()')"
psql -d postgres -q -v n="$N" -f benchmarks/sweep-data.sql | grep -v '^$'
bench="number like '%-5____' and officer like 'bench.officer.%'"

sweep() { # $1 label
  q "delete from notification_staff_notice where recipient like 'bench.%'
     or case_number in (select number from casework_case where $bench)" > /dev/null
  q "vacuum analyze notification_staff_notice" > /dev/null
  local t0 t1
  t0=$(date +%s.%N)
  q "insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
     values ('reminder-sweep-day', '$DAY', now(), false, 1)" > /dev/null
  while [ "$(q "select count(*) from scheduled_tasks
              where task_name in ('reminder-sweep-day', 'reminder-sweep-part')")" != 0 ]; do
    sleep 0.1
  done
  t1=$(date +%s.%N)
  local posted by
  posted=$(q "select count(*) from notification_staff_notice
              where case_number in (select number from casework_case where $bench)")
  by=$(q "select string_agg(distinct picked_by, ',') from scheduled_tasks" )
  awk -v a="$t0" -v b="$t1" -v p="$posted" -v l="$1" \
    'BEGIN { printf "%s: %.1f s, %d notices, %.0f notices/s\n", l, b - a, p, p / (b - a) }'
}

quiet
for r in $(seq 1 "$RUNS"); do sweep "one node, run $r"; done
start_app B 8094 "$work/db-unused" "${COMMON[@]}" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/postgres" \
  --spring.datasource.username=postgres
quiet
for r in $(seq 1 "$RUNS"); do sweep "two nodes, run $r"; done
sweeps() { curl -s "http://127.0.0.1:$1/actuator/prometheus" \
  | awk '/^civicdesk_deadlines_sweeps_total/ {print $2}'; }
echo "sweeps run per node (Prometheus civicdesk_deadlines_sweeps_total): A $(sweeps 8095)," \
  "B $(sweeps 8094)"
