#!/usr/bin/env bash
# QUALITY.md P4 and P5: search over 100,000 FAQ-like entries in Traditional Chinese and English.
# Usage:
#   bash benchmarks/search.sh          (needs psql, python3; port 8097 free)
# Environment: N (entries, default 100000), QUERIES (queries of each length 1-6, 200), RUNS (times
#   each query set is run, the first as warm-up; 3), MAX_WAIT (s to wait for a quiet machine, 900),
#   CHAIN (the engine's Chinese analysis: BOTH, ICU or BIGRAM; default BOTH), JAR.
# One run, one corpus (benchmarks/search-corpus.py, from the demo FAQ texts):
#   CivicDesk's engine (the Lucene analysis chain of tw.civicdesk.search, ADR 0049): full index of
#     the corpus (docs/s), then every query: p50/p95/max latency per query length (top 20 hits,
#     ranked, highlighted as the API does), and recall against a brute-force substring scan;
#     the time from a write to the document being found (P5: ≤ 1 s);
#   raw Lucene (StandardAnalyzer, no highlighting): the same full index (P5's baseline);
#   PostgreSQL LIKE '%q%' with a pg_trgm GIN index on the same text in the application's embedded
#     PostgreSQL (P4's baseline): index build time, and per query length p50/p95/max of the first
#     20 hits (unranked: it stops early, which favours PostgreSQL), and of 20 hits with title
#     matches first (what the interim adapter ran; every match is read).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
QUERIES=${QUERIES:-200}
RUNS=${RUNS:-3}
PORT=8097
work=$(mktemp -d)
cleanup() { cleanup_apps; rm -rf "$work"; }
trap cleanup EXIT
# shellcheck source=benchmarks/lib.sh
. benchmarks/lib.sh
JAR=$(jar)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
python3 benchmarks/search-corpus.py "$work" "$N" "$QUERIES"

# The application's classes and libraries, for the engine's side.
JAR=$(realpath "$JAR")
mkdir -p "$work/app" && (cd "$work/app" && unzip -q "$JAR")
CP="$work/app/BOOT-INF/classes:$work/app/BOOT-INF/lib/*"
javac -nowarn -d "$work/bench" -cp "$CP" benchmarks/SearchLoad.java
quiet
java -Xmx2g -cp "$work/bench:$CP" tw.civicdesk.search.SearchLoad \
  "$work/corpus.tsv" "$work/queries.tsv" "$RUNS" ${CHAIN:-BOTH}

# PostgreSQL LIKE + pg_trgm, in the application's embedded PostgreSQL.
start_app A $PORT "$work/db" --civicdesk.deadlines.sweep-cron=- --civicdesk.sms.gateway=off
psql -d postgres -Atc "select version()" | cut -d, -f1
q "create extension if not exists pg_trgm" > /dev/null
q "create table bench_doc (id int primary key, title text, body text, doc text)" > /dev/null
psql -d postgres -qc "\\copy bench_doc (id, title, body) from '$work/corpus.tsv' with (format text)"
q "update bench_doc set doc = lower(title || ' ' || body)" > /dev/null
start=$(date +%s%N)
q "create index bench_doc_trgm on bench_doc using gin (doc gin_trgm_ops)" > /dev/null
q "analyze bench_doc" > /dev/null
echo "pg_trgm GIN index on $N entries: $(( ($(date +%s%N) - start) / 1000000 )) ms"
# One statement per query, literal (as an ORM or LIKE search sends it), timed by psql.
python3 - "$work/queries.tsv" > "$work/queries.sql" <<'PY'
import sys
for line in open(sys.argv[1], encoding="utf-8"):
    length, text = line.rstrip("\n").split("\t")
    pattern = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("'", "''")
    like = f"doc like '%{pattern}%'"
    title = f"lower(title) like '%{pattern}%'"
    print(f"-- first {length}\nselect id from bench_doc where {like} limit 20;")
    # what the interim PostgreSQL adapter did: title matches first, so every match is read
    print(f"-- ranked {length}\nselect id from bench_doc where {like} order by ({title}) desc, id limit 20;")
PY
for run in $(seq 1 "$RUNS"); do
  psql -d postgres -At -a -c '\timing on' -f "$work/queries.sql" 2>&1 \
    | awk '/^-- /{kind=$2; len=$3} /^Time: /{print kind, len, $2}' > "$work/pg-$run.txt" || true
done
python3 - "$work/pg-$RUNS.txt" <<'PY'
import sys, collections
by = collections.defaultdict(list)
for line in open(sys.argv[1]):
    kind, length, ms = line.split()
    by[(kind, int(length))].append(float(ms))
for kind, what in (("first", "the first 20 hits, unranked"),
                   ("ranked", "20 hits, title matches first (the interim adapter's query)")):
    print(f"PostgreSQL LIKE + pg_trgm, {what} (last run):")
    for length in range(1, 7):
        xs = sorted(by[(kind, length)])
        if not xs:
            continue
        p = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))]
        print(f"  {length} chars: p50 {p(0.5):.2f} ms  p95 {p(0.95):.2f} ms  max {xs[-1]:.2f} ms  ({len(xs)} queries)")
PY
