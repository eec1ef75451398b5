#!/usr/bin/env bash
# PostgreSQL faults under load: a throwaway cluster on port 5433 (never the 5432 one), the packaged app
# against it, faults/load.py's learners for 70 s, and meanwhile a fast restart (t=10 s), a kill -9 of
# the postmaster with 5 s down (t=25 s) and a 20 s freeze of every PostgreSQL process (t=45 s). Prints
# what load.py found (sent / acknowledged / lost / duplicated / 500s / 503s), how often readiness was
# DOWN, and how many log lines the faults cost. Run as root (pg_createcluster), from the repository:
#   faults/postgres.sh            (LEARNERS=16 by default; needs ./mvnw package first)
set -euo pipefail
cd "$(dirname "$0")/.."
LEARNERS=${LEARNERS:-16}
VERSION=$(ls /etc/postgresql | sort -n | tail -n 1)
CLUSTER=faults
PGPORT=5433
PORT=8320
SCHEMA=cofactor_faults
WORK=$(mktemp -d)
JAR=web-module/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -q package -DskipTests"; exit 2; }

if ! pg_lsclusters -h | awk '{print $2}' | grep -qx $CLUSTER; then
  pg_createcluster "$VERSION" $CLUSTER -p $PGPORT -- --auth-local=trust --auth-host=trust > /dev/null
fi
pg_ctlcluster --skip-systemctl-redirect "$VERSION" $CLUSTER start 2>/dev/null || true
psql -h 127.0.0.1 -p $PGPORT -U postgres -qc "drop schema if exists $SCHEMA cascade"

COFACTOR_DB_SCHEMA=$SCHEMA COFACTOR_DEMO_ACCOUNTS=true QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=9320 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/postgres" \
  java -Xmx512m -jar $JAR > "$WORK/app.log" 2>&1 &
APP=$!
READY=
cleanup() { kill $APP $READY 2>/dev/null || true; pkill -CONT -f "$VERSION/$CLUSTER" || true; }
trap cleanup EXIT
for _ in $(seq 90); do curl -sf localhost:$PORT/q/health/ready > /dev/null && break; sleep 1; done

( while sleep 0.5; do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 2 localhost:$PORT/q/health/ready || echo 000
  done > "$WORK/ready.txt" ) &
READY=$!

before=$(wc -l < "$WORK/app.log")
python3 faults/load.py "http://127.0.0.1:$PORT" "$LEARNERS" 70 "$WORK/requests.jsonl" $SCHEMA $PGPORT > "$WORK/load.txt" &
LOAD=$!
sleep 10; echo "t=10 s: fast restart";     pg_ctlcluster --skip-systemctl-redirect "$VERSION" $CLUSTER restart -m fast
sleep 15; echo "t=25 s: kill -9 postmaster, 5 s down"
kill -9 "$(head -n 1 /var/lib/postgresql/$VERSION/$CLUSTER/postmaster.pid)"
sleep 5; pg_ctlcluster --skip-systemctl-redirect "$VERSION" $CLUSTER start
sleep 15; echo "t=45 s: every PostgreSQL process stopped for 20 s"
pkill -STOP -f "$VERSION/$CLUSTER"; sleep 20; pkill -CONT -f "$VERSION/$CLUSTER"
status=0; wait $LOAD || status=$?
kill $READY 2>/dev/null || true
after=$(wc -l < "$WORK/app.log")

cat "$WORK/load.txt"
echo "readiness probes: $(grep -c '^200' "$WORK/ready.txt") UP, $(grep -vc '^200' "$WORK/ready.txt") not UP"
echo "app log: $((after - before)) lines during the run, $(grep -c '^\s*at ' "$WORK/app.log") stack-frame lines"
grep -E "WARN|INFO  \[dev.cofactor.web.faults" "$WORK/app.log" | grep -i "database" | cut -c1-200 | head -20
echo "requests log: $WORK/requests.jsonl"
exit $status
