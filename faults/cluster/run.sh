#!/usr/bin/env bash
# Three instances of the packaged jar started at once on an empty schema, behind HAProxy (haproxy.cfg), and
# what they must do as one: migrate and seed once; sessions, sign-out, disabling, role changes, admin edits
# and the sign-in throttle across instances (checks.py); kill -9 of one instance under answer load through
# the balancer (faults/load.py: sent / acknowledged / lost / duplicated / retried); the auto-submit and the
# account janitor once across instances; slow clients cut off by the balancer (faults/slowloris.py).
# Prints one line per check and writes the table to $OUT/results.md (copy it into faults/RESULTS.md).
#   faults/cluster/run.sh        (needs haproxy, python3, psql; ./mvnw package first; about 3 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
SCHEMA=${SCHEMA:-cofactor_cluster}
LEARNERS=${LEARNERS:-12}
JAR=web-module/target/quarkus-app/quarkus-run.jar
OUT=${OUT:-/tmp/cofactor-cluster}; mkdir -p "$OUT"
PUBLIC=http://127.0.0.1:8500
[ -f "$JAR" ] || { echo "build first: ./mvnw -q package -DskipTests"; exit 2; }
command -v haproxy > /dev/null || { echo "needs haproxy (apt-get install -y haproxy)"; exit 2; }
declare -A PIDS
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
q() { psql -h 127.0.0.1 -U postgres -tAc "$1"; }
q "drop schema if exists $SCHEMA cascade" > /dev/null 2>&1

for i in 1 2 3; do
  COFACTOR_DB_SCHEMA=$SCHEMA QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=850$i QUARKUS_MANAGEMENT_PORT=950$i \
  COFACTOR_DEMO_ACCOUNTS=true COFACTOR_PUBLIC_URL=$PUBLIC COFACTOR_ATTEMPTS_AUTO_SUBMIT_EVERY=2s \
  COFACTOR_ACCOUNT_JANITOR_EVERY=2s COFACTOR_ACCOUNT_JANITOR_DELAY=5s \
  java -Xmx512m -jar "$JAR" > "$OUT/instance$i.log" 2>&1 & PIDS[$i]=$!
done
haproxy -f faults/cluster/haproxy.cfg -db > "$OUT/haproxy.log" 2>&1 & PIDS[proxy]=$!
for i in 1 2 3; do
  for _ in $(seq 120); do curl -fs "http://127.0.0.1:850$i/q/health/ready" > /dev/null && break; sleep 1; done
done

report() { echo "$1: $2 ($3)"; echo "| $1 | $2 | $3 |" >> "$OUT/results.md"; }
verdict() { if eval "$1"; then echo PASS; else echo FAIL; fi; }
printf '| check | result | numbers |\n| --- | --- | --- |\n' > "$OUT/results.md"

dups=$(q "select count(*) from (select version from $SCHEMA.flyway_schema_history where version is not null group by version having count(*) > 1) d")
failed=$( (grep -l 'Failed to start' "$OUT"/instance*.log || true) | wc -l)
admins=$(q "select count(*) from $SCHEMA.account where email = 'admin@cofactor.test'")
articles=$(q "select count(*) from $SCHEMA.article")
report "migrate and seed once" "$(verdict '[ $dups = 0 ] && [ $failed = 0 ] && [ $admins = 1 ] && [ $articles = 1 ]')" \
  "duplicated versions $dups, instances that failed $failed, admin accounts $admins, articles $articles"

python3 faults/cluster/checks.py $PUBLIC "$OUT/results.md" 8501 8502 8503 || true

# kill -9 of the second instance 10 s into 40 s of answer load through the balancer
python3 faults/load.py $PUBLIC "$LEARNERS" 40 "$OUT/requests.jsonl" $SCHEMA > "$OUT/load.txt" & LOAD=$!
sleep 10; kill -9 "${PIDS[2]}"; unset 'PIDS[2]'
wait $LOAD || true
line=$(tail -n 1 "$OUT/load.txt")
num() { grep -oP "(?<=\b$1=)[0-9]+" <<< "$line"; }
report "kill -9 of one instance under load" \
  "$(verdict '[ "$(num lost_answers)" = 0 ] && [ "$(num lost_submissions)" = 0 ] && [ "$(num duplicated)" = 0 ] && [ "$(num status_500)" = 0 ] && [ "$(num most_retried_by_one_client)" -le 1 ]')" \
  "$line"

# Background jobs, on the two instances left. Auto-submit: open attempts made overdue; each must be submitted
# once, by one instance. Janitor: expired sessions planted; every instance sweeps, the lock lets one at a time.
quiz=$(curl -s $PUBLIC/api/quizzes | grep -oP '"id":\K[0-9]+(?=,"slug":"check-the-paradox")')
for n in $(seq 10); do
  email=overdue-$n-$RANDOM@example.org
  curl -s -o /dev/null -u admin@cofactor.test:cofactor-demo-password -H 'Content-Type: application/json' \
    -d "{\"displayName\":\"Overdue $n\",\"email\":\"$email\",\"password\":\"an overdue learner's password\",\"role\":\"learner\"}" \
    $PUBLIC/api/admin/users
  curl -s -o /dev/null -u "$email:an overdue learner's password" -H 'Content-Type: application/json' -d '{}' \
    $PUBLIC/api/quizzes/$quiz/attempts
done
declare -A MARK
for i in 1 3; do MARK[$i]=$(wc -l < "$OUT/instance$i.log"); done
overdue=$(q "with made as (update $SCHEMA.attempt set deadline = now() - interval '1 second'
                            where submitted_at is null and not practice returning id) select count(*) from made")
planted=100
q "insert into $SCHEMA.account_session (token_hash, account_id, created_at, last_seen_at)
   select sha256(gen_random_uuid()::text::bytea), (select id from $SCHEMA.account where email = 'admin@cofactor.test'),
          now() - interval '60 days', now() - interval '60 days' from generate_series(1, $planted)" > /dev/null
sleep 12
since() { tail -n +"$((MARK[$1] + 1))" "$OUT/instance$1.log"; }
matches() { for i in 1 3; do since $i | grep -oP "$1" || true; done; }  # what $1 matched in either log
ids=$(matches 'Auto-submitted \d+ overdue attempts: \[\K[0-9, ]+' | tr ',' '\n' | tr -d ' ' | grep . || true)
submitted_ids=$(grep -c . <<< "$ids" || true)
distinct_ids=$(sort -u <<< "$ids" | grep -c . || true)
by=$(for i in 1 3; do since $i | grep -q 'Auto-submitted' && echo $i || true; done | grep -c . || true)
left=$(q "select count(*) from $SCHEMA.attempt where submitted_at is null and deadline < now() and not practice")
report "auto-submit once across instances" "$(verdict '[ $submitted_ids = $overdue ] && [ $distinct_ids = $overdue ] && [ $left = 0 ]')" \
  "$overdue overdue attempts; submitted $submitted_ids times ($distinct_ids distinct) by $by instances; still open $left"
swept=$(matches 'Account janitor swept: \K[0-9]+' | awk '{s += $1} END {print s + 0}')
sweeps=$(matches 'Account janitor swept' | grep -c . || true)
skipped=$(matches 'Account janitor skipped' | grep -c . || true)
remaining=$(q "select count(*) from $SCHEMA.account_session where last_seen_at < now() - interval '59 days'")
report "janitor once across instances" "$(verdict '[ $swept = $planted ] && [ $remaining = 0 ]')" \
  "$planted expired sessions planted; $sweeps sweeps and $skipped skips (lock held elsewhere) in 12 s; sessions ended $swept, left $remaining"

# slow clients through the balancer: a header line every 5 s; HAProxy's timeout http-request cuts them at 10 s
python3 faults/slowloris.py 8500 500 20 5 > "$OUT/slowloris.txt" || true
report "slow clients through the balancer" "$(verdict 'grep -q "closed_by_server=500 " "$OUT/slowloris.txt"')" "$(tail -n 1 "$OUT/slowloris.txt")"
