#!/usr/bin/env bash
# QUALITY.md S7: Debian's wapiti and sqlmap against a local CivicDesk with demo data.
# Usage:
#   bash security/scan.sh        (needs java, curl, python3, wapiti, sqlmap; ≤ 30 min)
# Environment: PORT (default: a free port), BUDGET_SECS (the whole run, default 1800),
#   WAPITI_SECS (wapiti's scan, default 840), SQLMAP_SECS (at most per sqlmap target, default
#   420; each also gets no more than its share of what is left of BUDGET_SECS),
#   SQLMAP_LEVEL (3), SQLMAP_RISK (2),
#   OUT (default target/security), JAR (default: target/civicdesk-*.jar, built when missing or
#   older than the sources).
# Starts the jar with the demo profile on PORT with a throw-away embedded PostgreSQL
# (CIVICDESK_DB_DIR blank), waits for /actuator/health, files one online application through
# the API (its case number and code are what the tracking targets are probed with), then runs
#   1. wapiti over the public site and the API entry points (crawl + attack modules, no login),
#   2. sqlmap, one bounded run per public parameter set: /services?q=, /api/v1/services?…,
#      /api/v1/tracking/{number}?code=, POST /track (form with CSRF token), POST /api/v1/cases
#      (JSON body, a fresh Idempotency-Key per request),
# and writes everything to OUT: wapiti.json, sqlmap-*.log, sqlmap/ (sqlmap's own output),
# access.log (every request with its status), app.log, and findings.md (the summary the triage
# in docs/security/triage.md starts from). The throttles of the public doors are raised for the
# scan (civicdesk.tracking.max-failures and .max-link-requests, civicdesk.intake.anonymous-per-hour;
# ADR 0024): the scan probes the parameters behind them, not the throttle, which its own tests
# cover. Everything goes to 127.0.0.1 only; the application is stopped at the
# end, also on failure or Ctrl-C. Exits 1 when findings.md lists a high or medium finding, an
# injectable parameter or a 5xx answer.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool in java curl python3 wapiti sqlmap; do
  command -v "$tool" > /dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}. On Debian: sudo apt-get install wapiti sqlmap curl python3" \
    "(and a Java 17 JDK, e.g. openjdk-17-jdk-headless)." >&2
  exit 2
fi

BUDGET_SECS=${BUDGET_SECS:-1800}
WAPITI_SECS=${WAPITI_SECS:-840}
SQLMAP_SECS=${SQLMAP_SECS:-420}
SQLMAP_LEVEL=${SQLMAP_LEVEL:-3}
SQLMAP_RISK=${SQLMAP_RISK:-2}
OUT=${OUT:-target/security}
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"
started=$(date +%s)
deadline=$((started + BUDGET_SECS - 60))

if [ -z "${JAR:-}" ]; then
  JAR=$(ls target/civicdesk-*.jar 2> /dev/null | head -1 || true)
  if [ -z "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -type f | head -1)" ]; then
    echo "Building the application"
    ./mvnw -q -B -ntp -DskipTests package
    JAR=$(ls target/civicdesk-*.jar | head -1)
  fi
fi

rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

app=""
stop_app() {
  if [ -n "$app" ] && kill -0 "$app" 2> /dev/null; then
    kill "$app"
    wait "$app" 2> /dev/null || true
  fi
}
trap stop_app EXIT

echo "Starting $JAR on $BASE (demo profile, throw-away database)"
CIVICDESK_DB_DIR= PORT=$PORT java -jar "$JAR" --spring.profiles.active=demo \
  --civicdesk.tracking.max-failures=1000000 --civicdesk.tracking.max-link-requests=1000000 \
  --civicdesk.intake.anonymous-per-hour=1000000 \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$OUT" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
  --server.tomcat.accesslog.file-date-format= --server.tomcat.accesslog.rotate=false \
  '--server.tomcat.accesslog.pattern=%h %t "%r" %s %b %D' \
  > "$OUT/app.log" 2>&1 &
app=$!
for _ in $(seq 1 360); do
  curl -sf "$BASE/actuator/health" 2> /dev/null | grep -q UP && break
  kill -0 "$app" 2> /dev/null || { tail -50 "$OUT/app.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$BASE/actuator/health" | grep -q UP || { echo "not UP after 180 s" >&2; exit 1; }

# One real case, filed as a citizen would, so that the tracking targets reach real rows. The
# demo catalogue is loaded after start-up: wait for it.
service=""
for _ in $(seq 1 120); do
  service=$(curl -sf "$BASE/api/v1/services?agency=YILAN-JIAOXI&channel=ONLINE&size=100" \
    | python3 -c 'import json, sys; print(" ".join(i["code"] for i in json.load(sys.stdin)["items"]))' \
    | cut -d' ' -f1)
  [ -n "$service" ] && break
  sleep 1
done
[ -n "$service" ] || { echo "no demo service offered online after 120 s" >&2; exit 1; }
fields=$(curl -sf "$BASE/api/v1/services/$service" | python3 -c '
import json, sys
sample = {"TEXT": "scan", "NUMBER": "1", "DATE": "2027-01-04", "ADDRESS": "宜蘭縣礁溪鄉中山路一段1號",
          "NATIONAL_ID": "A123456789"}
out = {}
for f in json.load(sys.stdin)["fields"]:
    out[f["name"]] = f["choices"][0]["value"] if f["choices"] else sample.get(f["type"], "scan")
print(json.dumps(out, ensure_ascii=False))')
body=$(printf '{"serviceCode": "%s", "applicant": {"name": "掃描員", "email": "scan@example.invalid", "phone": "0912345678", "language": "zh-TW"}, "fields": %s, "consent": true}' "$service" "$fields")
receipt=$(curl -sf -X POST "$BASE/api/v1/cases" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: scan-seed-$(date +%s%N)" --data "$body")
number=$(echo "$receipt" | python3 -c 'import json, sys; print(json.load(sys.stdin)["caseNumber"])')
code=$(echo "$receipt" | python3 -c 'import json, sys; print(json.load(sys.stdin)["verificationCode"])')
echo "Seeded case $number (service $service)"
printf '%s\n' "$body" > "$OUT/case-body.json"

echo "wapiti $(wapiti --version 2> /dev/null | tail -1), at most ${WAPITI_SECS}s"
# ssrf and xxe are left out: they need wapiti's external endpoint on the internet. No -x: Debian's
# wapiti 3.0.4 on Python 3.11 fails on any exclusion ("global flags not at the start").
timeout $((WAPITI_SECS + 120)) wapiti -u "$BASE/" --scope folder \
  -s "$BASE/services?q=test" -s "$BASE/track?number=$number" -s "$BASE/track/mine" \
  -s "$BASE/api/v1/agencies" -s "$BASE/api/v1/agencies/YILAN-JIAOXI" \
  -s "$BASE/api/v1/services?agency=YILAN-JIAOXI&category=test&channel=ONLINE" \
  -s "$BASE/api/v1/services/$service" -s "$BASE/api/v1/tracking/$number?code=$code" \
  -s "$BASE/api/v1/plans?agency=YILAN-JIAOXI&year=2010" -s "$BASE/v3/api-docs" \
  -m "common,-ssrf,csrf,crlf,methods,backup,htaccess" -S normal -d 6 \
  --max-scan-time "$WAPITI_SECS" --max-attack-time $((WAPITI_SECS / 5)) -t 20 \
  --flush-session --store-session "$OUT/wapiti-session" --no-bugreport -v 1 \
  -f json -o "$OUT/wapiti.json" > "$OUT/wapiti.log" 2>&1 || echo "wapiti ended with $?"

SQLMAP=(sqlmap --batch --level="$SQLMAP_LEVEL" --risk="$SQLMAP_RISK" --dbms=PostgreSQL
  --flush-session --output-dir="$OUT/sqlmap" --disable-coloring --timeout=20 --retries=1)
targets=5
run_sqlmap() {
  local name=$1 secs
  shift
  secs=$(( (deadline - $(date +%s)) / targets ))
  [ "$secs" -gt "$SQLMAP_SECS" ] && secs=$SQLMAP_SECS
  [ "$secs" -lt 30 ] && secs=30
  targets=$((targets - 1))
  echo "sqlmap $name, at most ${secs}s"
  TERM=dumb timeout "$secs" "${SQLMAP[@]}" "$@" > "$OUT/sqlmap-$name.log" 2>&1 \
    || echo "sqlmap $name ended with $? (124 = time budget used up)" | tee -a "$OUT/sqlmap-$name.log"
}
run_sqlmap services-q -u "$BASE/services?q=test" -p q
run_sqlmap api-services \
  -u "$BASE/api/v1/services?agency=YILAN-JIAOXI&category=test&channel=ONLINE&page=0&size=20"
run_sqlmap api-tracking -u "$BASE/api/v1/tracking/$number*?code=$code*"
run_sqlmap track-form -u "$BASE/track" --data "_csrf=x&number=$number&code=$code" \
  -p "number,code" --csrf-token=_csrf --csrf-url="$BASE/track" --csrf-method=GET
run_sqlmap api-cases -u "$BASE/api/v1/cases" --data "$body" \
  --headers="Content-Type: application/json" \
  --eval="import uuid; _locals['auxHeaders']['Idempotency-Key'] = 'scan-' + str(uuid.uuid4())"

stop_app
app=""
minutes=$(( ($(date +%s) - started + 59) / 60 ))
python3 security/findings.py "$OUT" "$minutes" "bash $0 (PORT=$PORT BUDGET_SECS=$BUDGET_SECS WAPITI_SECS=$WAPITI_SECS SQLMAP_SECS=$SQLMAP_SECS SQLMAP_LEVEL=$SQLMAP_LEVEL SQLMAP_RISK=$SQLMAP_RISK)"
