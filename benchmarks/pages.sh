#!/usr/bin/env bash
# Median of 5 GETs per page (after one warm-up), per role, on the demo app at $BASE.
# Usage: start the demo (./mvnw spring-boot:run, PORT=8090), then BASE=http://localhost:8090 bash benchmarks/pages.sh
BASE=${BASE:-http://localhost:8090}
signin() { rm -f /tmp/cj-$1; curl -s -c /tmp/cj-$1 -b /tmp/cj-$1 $BASE/sign-in > /tmp/si-$1.html;
  tok=$(grep -o 'name="_csrf" value="[^"]*"' /tmp/si-$1.html | head -1 | sed 's/.*value="//;s/"//');
  curl -s -c /tmp/cj-$1 -b /tmp/cj-$1 -o /dev/null -d "username=$1&password=CivicDesk-demo-2026&_csrf=$tok" $BASE/sign-in; }
time_page() { local who=$1 path=$2; local jar=""; [ "$who" != "-" ] && jar="-b /tmp/cj-$who";
  curl -s $jar -o /dev/null "$BASE$path";
  for i in 1 2 3 4 5; do curl -s $jar -o /dev/null -w "%{time_total} %{http_code}\n" "$BASE$path"; done | sort -n | sed -n 3p | awk -v p="$path" -v w="$who" '{printf "%-16s %-55s %6.0f ms %s\n", w, p, $1*1000, $2}'; }
for u in jiaoxi.clerk jiaoxi.officer jiaoxi.head jiaoxi.quality yilan.quality; do signin $u; done
time_page - /
time_page - /your-application
time_page - "/services?online=true"
time_page - /services/JIAOXI-GOV-INFO-REQUEST/apply
time_page - /privacy
time_page jiaoxi.clerk /console
time_page jiaoxi.clerk /console/intake
time_page jiaoxi.officer /console
time_page jiaoxi.officer /console/cases
time_page jiaoxi.officer "/console/cases/YILAN-JIAOXI-20261207-00005"
time_page jiaoxi.officer "/console/cases/YILAN-JIAOXI-20261207-00005?action=decide"
time_page jiaoxi.head /console
time_page jiaoxi.quality /console
time_page yilan.quality /console/performance/overview
