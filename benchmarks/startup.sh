#!/usr/bin/env bash
# Cold start of CivicDesk on its embedded PostgreSQL: first start (initdb + migrations + demo
# data) and restart on the same data directory, 3 runs each, plus heap and RSS after start.
# Baseline in the same run: the embedded PostgreSQL alone (initdb + start, then restart), i.e.
# the floor the application's start sits on.
# Usage: bash benchmarks/startup.sh   (builds the jar first; needs curl, jcmd; port 8099 free)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp package -DskipTests
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt
JAR=$(ls target/civicdesk-*.jar | head -1)
CP="target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)"
PORT=8099
work=$(mktemp -d)
trap 'pkill -f "civicdesk-bench" || true; rm -rf "$work"' EXIT

now() { date +%s.%N; }
start_app() { # $1 data dir; sets APP and ELAPSED (s until /actuator/health is UP)
  local t0 t1
  t0=$(now)
  java -Dcivicdesk-bench=1 -jar "$JAR" --spring.profiles.active=demo --server.port=$PORT \
    --civicdesk.embedded-db.dir="$1" > "$work/app.log" 2>&1 &
  APP=$!
  until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; do sleep 0.1; done
  t1=$(now)
  ELAPSED=$(echo "$t1 - $t0" | bc)
}
stop_app() { kill "$APP"; wait "$APP" 2>/dev/null || true; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

first=(); again=(); heap=(); rss=(); pgfirst=(); pgagain=()
for i in 1 2 3; do
  read -r _ a b < <(java -cp "$CP" tw.civicdesk.platform.db.EmbeddedPostgresStartTiming \
    "$work/pg$i" 2>/dev/null | grep '^TIMING')
  pgfirst+=("$a"); pgagain+=("$b")
  dir="$work/db$i"
  start_app "$dir"; first+=("$ELAPSED")
  jcmd "$APP" GC.run > /dev/null
  heap+=("$(curl -s "http://127.0.0.1:$PORT/actuator/prometheus" \
    | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s+=$NF} END {printf "%.0f", s/1048576}')")
  rss+=("$(ps -o rss= -p "$APP" | awk '{printf "%.0f", $1/1024}')")
  stop_app
  start_app "$dir"; again+=("$ELAPSED")
  stop_app
done

printf 'first start (s): %s  median %s\n' "${first[*]}" "$(printf '%s\n' "${first[@]}" | median)"
printf 'restart (s):     %s  median %s\n' "${again[*]}" "$(printf '%s\n' "${again[@]}" | median)"
printf 'heap used after start and full GC (MiB): %s  median %s\n' "${heap[*]}" \
  "$(printf '%s\n' "${heap[@]}" | median)"
printf 'RSS after start (MiB): %s  median %s\n' "${rss[*]}" "$(printf '%s\n' "${rss[@]}" | median)"
printf 'baseline, PostgreSQL alone, first start (s): %s  median %s\n' "${pgfirst[*]}" \
  "$(printf '%s\n' "${pgfirst[@]}" | median)"
printf 'baseline, PostgreSQL alone, restart (s): %s  median %s\n' "${pgagain[*]}" \
  "$(printf '%s\n' "${pgagain[@]}" | median)"
