# Shared pieces of the benchmark scripts (sourced, not run). Each script sets `work` (a temporary
# directory it removes) before sourcing, and calls `cleanup_apps` from its EXIT trap.
#   jar                     builds the jar once (or takes $JAR) and prints its path
#   start_app NAME PORT DATA_DIR [ARGS…]   starts CivicDesk (profiles demo,benchmark unless ARGS
#                           name others), waits for UP, and sets APP_<NAME> (pid) and PGPORT
#   q SQL                   one psql statement against the application's embedded PostgreSQL
#   quiet                   waits (≤ MAX_WAIT s, default 900) for a 1-minute load average below 1.0
APPS=""

jar() {
  if [ -z "${JAR:-}" ]; then
    ./mvnw -q -B -ntp -DskipTests -Dcheckstyle.skip package >&2
    JAR=$(ls target/civicdesk-*.jar | head -1)
  fi
  echo "$JAR"
}

start_app() {
  local name=$1 port=$2 data=$3
  shift 3
  java -jar "$JAR" --spring.profiles.active=demo,benchmark --server.port="$port" \
    --civicdesk.embedded-db.dir="$data" "$@" > "$work/$name.log" 2>&1 &
  local pid=$!
  APPS="$APPS $pid"
  eval "APP_$name=$pid"
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP && break
    kill -0 "$pid" 2>/dev/null || { tail -50 "$work/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  if [ -z "${PGPORT:-}" ]; then
    PGPORT=$(grep -o 'on port [0-9]*' "$work/$name.log" | head -1 | awk '{print $3}')
    export PGHOST=127.0.0.1 PGPORT PGUSER=postgres
  fi
}

cleanup_apps() {
  for p in $APPS; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
}

q() { psql -d postgres -Atc "$1"; }

waited=0
quiet() {
  local load
  while :; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    awk -v l="$load" 'BEGIN { exit !(l < 1.0) }' && break
    if [ "$waited" -ge "${MAX_WAIT:-900}" ]; then
      echo "NOT QUIET: 1-minute load average $load after waiting ${waited}s; measuring anyway"
      break
    fi
    sleep 30; waited=$((waited + 30))
  done
  echo "load before measuring: $(cut -d' ' -f1-3 /proc/loadavg) (waited ${waited}s)"
}
