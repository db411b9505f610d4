#!/usr/bin/env bash
# QUALITY.md P8: notification outbox → SMTP on the loopback, with a real SMTP server (GreenMail,
# benchmarks/SmtpSink.java, which logs every accepted message's Message-ID and arrival time).
# Usage:
#   bash benchmarks/outbox.sh                  (needs curl, psql, pgbench; ports 8096 and 30997)
# Environment: N (messages of the burst, default 5000), RATE (messages/s of the steady and outage
#   runs; default half the burst's drain rate, at most 250), SECS (s of each steady run, 30),
#   OUTAGE (s the SMTP server is down in the outage run, 10), DRAIN (s to wait for a phase to be
#   delivered, 900), APP_ARGS (extra application arguments, e.g. "--civicdesk.notification.batch=
#   500"), JAR (a jar to run instead of building one).
# Builds the jar, starts the SMTP server and the application (profile demo, e-mail to the SMTP
# server, everything else as shipped) on a fresh data directory, waits until the demo receipts
# are sent, then three phases, each with its own recipient so they never mix:
#   burst:  N messages queued in one transaction (the receipt e-mail of a demo application,
#           copied, with a fresh message id), timed until the SMTP server has all of them;
#   steady: RATE messages/s queued for SECS s, one per transaction (pgbench -R), as intake does;
#   outage: as steady, but the SMTP server process is stopped (SIGTERM) a third of the way in and
#           started again OUTAGE s later; then every message must arrive exactly once.
# Per phase: queued, delivered, duplicates (Message-ID seen twice), rate, and the delay from
# created_at (the enqueuing transaction) to arrival at the SMTP server, p50/p95/p99/max.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-5000}
SECS=${SECS:-30}
OUTAGE=${OUTAGE:-10}
DRAIN=${DRAIN:-900}
PORT=8096
SMTP_PORT=30997
BASE="http://127.0.0.1:$PORT"
work=$(mktemp -d)
APP=
SINK=
cleanup() {
  for p in $APP $SINK; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${JAR:-}" ]; then
  ./mvnw -q -B -ntp -DskipTests -Dcheckstyle.skip package
  JAR=$(ls target/civicdesk-*.jar | head -1)
fi
R=~/.m2/repository
GM_CP=$(ls $R/com/icegreen/greenmail/2.*/greenmail-2.*.jar | tail -1)
for a in jakarta/mail/jakarta.mail-api org/eclipse/angus/angus-mail \
  jakarta/activation/jakarta.activation-api org/eclipse/angus/angus-activation org/slf4j/slf4j-api; do
  GM_CP="$GM_CP:$(ls $R/$a/*/*.jar | grep -v sources | sort -V | tail -1)"
done
javac -d "$work/classes" -cp "$GM_CP" benchmarks/SmtpSink.java
sink() { # starts the SMTP server, appending to the same log
  java -cp "$work/classes:$GM_CP" SmtpSink $SMTP_PORT "$work/smtp.log" >> "$work/sink.out" 2>&1 &
  SINK=$!
  for _ in $(seq 1 120); do
    [ "$(grep -c 'SMTP on' "$work/sink.out")" -ge "$1" ] && return; sleep 0.25
  done
  echo "SMTP server did not start" >&2; cat "$work/sink.out" >&2; exit 1
}
touch "$work/smtp.log"
sink 1

# shellcheck disable=SC2086
java -jar "$JAR" --spring.profiles.active=demo --server.port=$PORT \
  --civicdesk.embedded-db.dir="$work/db" --spring.mail.host=127.0.0.1 \
  --spring.mail.port=$SMTP_PORT ${APP_ARGS:-} > "$work/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 300); do
  curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 "$APP" 2>/dev/null || { tail -50 "$work/app.log"; exit 1; }
  sleep 0.5
done
PGPORT=$(grep -o 'on port [0-9]*' "$work/app.log" | head -1 | awk '{print $3}')
export PGHOST=127.0.0.1 PGPORT PGUSER=postgres
q() { psql -d postgres -Atc "$1"; }
for _ in $(seq 1 240); do
  [ "$(q "select count(*) from notification_message")" -gt 0 ] \
    && [ "$(q "select count(*) from notification_message where status = 'QUEUED'")" = 0 ] && break
  sleep 0.5
done
echo "demo receipts: $(q "select count(*) || ' ' || string_agg(distinct status, ',')
  from notification_message"); settings: ${APP_ARGS:-as shipped}"
TEMPLATE=$(q "select min(id) from notification_message where channel = 'EMAIL'
  and kind = 'RECEIPT'")
echo "commit: $(git rev-parse --short HEAD); load $(cut -d' ' -f1-3 /proc/loadavg)"

# One row as Outbox writes it, copied from demo receipt $TEMPLATE.
enqueue_sql() { # $1 = recipient, $2 = how many
  cat <<SQL
insert into notification_message (message_id, case_number, kind, channel, recipient, language,
    subject, body_text, body_html, segments, next_attempt_at, created_at, status_at)
  select gen_random_uuid(), case_number, kind, channel, '$1', language, subject, body_text,
         body_html, segments, clock_timestamp(), clock_timestamp(), clock_timestamp()
  from notification_message, generate_series(1, $2) where id = $TEMPLATE;
SQL
}
drained() { # waits until no message of recipient $1 is queued; prints the seconds waited
  local s=$SECONDS
  while [ "$(q "select count(*) from notification_message
                where recipient = '$1' and status = 'QUEUED'")" != 0 ]; do
    [ $((SECONDS - s)) -ge "$DRAIN" ] && { echo "NOT DRAINED after ${DRAIN}s" >&2; break; }
    sleep 0.2
  done
  echo $((SECONDS - s))
}
report() { # per-phase figures from the SMTP log, joined on the message id
  psql -d postgres -Atq <<SQL
create temp table arrival (mid text, at_ms bigint);
\\copy arrival from '$work/smtp.log'
with got as (
  select substring(mid from '^<([0-9a-f-]{36})@')::uuid as id, count(*) as n,
         min(at_ms) as first_ms
  from arrival group by 1),
m as (
  select m.message_id, m.status, extract(epoch from m.created_at) * 1000 as created_ms,
         g.n, g.first_ms
  from notification_message m left join got g on g.id = m.message_id
  where m.recipient = '$1')
select format('queued=%s delivered=%s duplicates=%s not_delivered=%s failed_rows=%s'
    || ' rate_per_s=%s delay_p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s',
  count(*), count(n), coalesce(sum(n - 1), 0), count(*) - count(n),
  count(*) filter (where status = 'FAILED'),
  round(count(n) * 1000.0 / nullif(max(first_ms) - min(created_ms), 0)),
  round(percentile_cont(0.50) within group (order by (first_ms - created_ms)::float8)),
  round(percentile_cont(0.95) within group (order by (first_ms - created_ms)::float8)),
  round(percentile_cont(0.99) within group (order by (first_ms - created_ms)::float8)),
  round(max(first_ms - created_ms)))
from m;
SQL
}
steady() { # $1 recipient: RATE messages/s for SECS s, one per transaction
  enqueue_sql "$1" 1 > "$work/one.sql"
  pgbench -n -c 4 -j 2 -R "$RATE" -T "$SECS" -f "$work/one.sql" postgres > "$work/pgb.out" 2>&1 \
    || { cat "$work/pgb.out"; exit 1; }
}

echo "== burst: $N messages in one transaction"
enqueue_sql burst@bench.example "$N" | psql -d postgres -q
echo "drained after $(drained burst@bench.example) s"
sleep 1
line=$(report burst@bench.example)
echo "BURST  $line load=$(cut -d' ' -f1 /proc/loadavg)"
rate=$(sed 's/.*rate_per_s=\([0-9]*\).*/\1/' <<< "$line")
RATE=${RATE:-$(( rate / 2 > 250 ? 250 : (rate / 2 < 1 ? 1 : rate / 2) ))}

echo "== steady: $RATE messages/s for $SECS s"
steady steady@bench.example
echo "drained $(drained steady@bench.example) s after the last was queued"
sleep 1
echo "STEADY $(report steady@bench.example) load=$(cut -d' ' -f1 /proc/loadavg)"

echo "== outage: $RATE messages/s for $SECS s; SMTP server down for $OUTAGE s from $((SECS / 3)) s"
steady outage@bench.example &
QUEUE=$!
sleep $((SECS / 3))
kill "$SINK"; wait "$SINK" 2>/dev/null || true
echo "SMTP server stopped at $(date +%T)"
sleep "$OUTAGE"
sink 2
echo "SMTP server started again at $(date +%T)"
wait $QUEUE
echo "drained $(drained outage@bench.example) s after the last was queued"
sleep 1
echo "OUTAGE $(report outage@bench.example) load=$(cut -d' ' -f1 /proc/loadavg)"
echo "failed sends logged by the application: $(grep -c 'not sent (attempt' "$work/app.log" || true)"
