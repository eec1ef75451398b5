#!/usr/bin/env bash
# Quiz API benchmark: 32 signed-in learners over HTTP against the packaged app on 127.0.0.1, next to
# pgbench running, in the same run, the SQL that one such request commits, and the same SQL sent from
# Java over the app's JDBC driver with no HTTP (bench/JdbcLoad.java). Writes bench/RESULTS.md.
#   bench/run.sh         (PUT_SECONDS=15 ROUNDS=10 WARM_UP_SECONDS=120 WARM_UP_ROUNDS=5 by default)
# Needs: Java 17, PostgreSQL on localhost:5432 (user postgres), pgbench (Debian: postgresql package),
# wrk (Debian: wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

PUT_SECONDS=${PUT_SECONDS:-15}
ROUNDS=${ROUNDS:-10}
WARM_UP_SECONDS=${WARM_UP_SECONDS:-120}
WARM_UP_ROUNDS=${WARM_UP_ROUNDS:-5}
PORT=${PORT:-8189}
SCHEMA=cofactor_bench
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -n 1)
WORK=$(mktemp -d)
. bench/lib.sh

start_app $SCHEMA $PORT

echo "HTTP load: $PUT_SECONDS s of answers, $ROUNDS rounds of submissions, 32 learners"
URL="http://127.0.0.1:$PORT"
java bench/QuizLoad.java learners "$URL" $ADMIN_EMAIL $ADMIN_PASSWORD "$WORK/learners" > "$WORK/http.txt"
# The JIT compiles the hot paths during the warm-up, which is not counted (on 2 cores it is still
# compiling after 60 s of load).
wrk -t1 -c32 -d"${WARM_UP_SECONDS}s" -s bench/wrk/save-answer.lua "$URL" -- "$WORK/learners" > /dev/null
wrk -t1 -c32 -d"${PUT_SECONDS}s" -s bench/wrk/save-answer.lua "$URL" -- "$WORK/learners" | grep = >> "$WORK/http.txt"
java bench/QuizLoad.java submissions "$URL" "$WORK/learners" "$WARM_UP_ROUNDS" "$ROUNDS" >> "$WORK/http.txt"
cat "$WORK/http.txt"
value() { grep "^$1=" "$WORK/http.txt" | cut -d= -f2; }

QV=$($PSQL -c "select v.id from $SCHEMA.question_version v join $SCHEMA.question q on q.id = v.question_id
               where q.slug = 'gaba-role' order by v.version desc limit 1")
SMAX=$($PSQL -c "select max(id) from $SCHEMA.attempt")

# pgbench: same SQL, 32 clients, one script run per request (pgbench counts it as a "transaction"); prints "tps p50_ms p99_ms"
bench() {
  local script=$1 seconds=$2; shift 2
  (cd "$WORK" && PGOPTIONS="-c search_path=$SCHEMA" "$PGBENCH" -h 127.0.0.1 -U postgres -n -M prepared -c 32 -j 2 \
      -T "$seconds" -l --log-prefix=pgb "$@" -f "$OLDPWD/$script" postgres > pgbench.out 2>&1)
  local tps; tps=$(grep -oP 'tps = \K[0-9.]+' "$WORK/pgbench.out" | head -n 1)
  cat "$WORK"/pgb.* | awk '{print $3}' | sort -n > "$WORK/latencies"
  local n; n=$(wc -l < "$WORK/latencies")
  local p50; p50=$(awk -v n="$n" 'NR == int((n * 50 + 99) / 100) {printf "%.2f", $1 / 1000}' "$WORK/latencies")
  local p99; p99=$(awk -v n="$n" 'NR == int((n * 99 + 99) / 100) {printf "%.2f", $1 / 1000}' "$WORK/latencies")
  rm -f "$WORK"/pgb.*
  echo "$tps $p50 $p99"
}
# The same scripts from Java over pgjdbc (32 threads, no HTTP, no framework): what any Java app could reach here.
JDBC_JAR=$(ls web-module/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar)
JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&currentSchema=$SCHEMA"
jdbc() {
  java -cp "$JDBC_JAR" bench/JdbcLoad.java "$JDBC_URL" "$@" > "$WORK/jdbc.txt"
  echo "$(grep -oP 'jdbc_per_second=\K.*' "$WORK/jdbc.txt") $(grep -oP 'jdbc_p99_ms=\K.*' "$WORK/jdbc.txt")"
}
# Each script runs under pgbench and then from Java, right after the HTTP load, on the tables it left.
PUT_VARS=(amin="$(value put_attempt_min)" amax="$(value put_attempt_max)" lmin="$(value learner_min)"
          lmax="$(value learner_max)" qv="$QV")
SUB_VARS=(smin="$(value submitted_attempt_min)" smax="$SMAX" lmin="$(value learner_min)" lmax="$(value learner_max)")
read -r PUT_TPS PUT_P50 PUT_P99 < <(bench bench/pgbench/save-answer.sql "$PUT_SECONDS" "${PUT_VARS[@]/#/-D}")
read -r PUT_JDBC PUT_JDBC_P99 < <(jdbc bench/pgbench/save-answer.sql 5 "$PUT_SECONDS" "${PUT_VARS[@]}")
read -r SUB_TPS SUB_P50 SUB_P99 < <(bench bench/pgbench/submit-attempt.sql "$PUT_SECONDS" "${SUB_VARS[@]/#/-D}")
read -r SUB_JDBC SUB_JDBC_P99 < <(jdbc bench/pgbench/submit-attempt.sql 5 "$PUT_SECONDS" "${SUB_VARS[@]}")
echo "pgbench: save-answer $PUT_TPS tps (p50 $PUT_P50 ms, p99 $PUT_P99 ms); submit $SUB_TPS tps (p50 $SUB_P50 ms, p99 $SUB_P99 ms)"
echo "Java JDBC: save-answer $PUT_JDBC/s (p99 $PUT_JDBC_P99 ms); submit $SUB_JDBC/s (p99 $SUB_JDBC_P99 ms)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v r="$1" -v p99="$2" 'BEGIN {print (r >= 0.5 && p99 < 50) ? "met" : "not met"}'; }
PUT_RATIO=$(ratio "$(value answers_per_second)" "$PUT_TPS")
SUB_RATIO=$(ratio "$(value submissions_per_second)" "$SUB_TPS")
PUT_CEILING=$(ratio "$PUT_JDBC" "$PUT_TPS")
SUB_CEILING=$(ratio "$SUB_JDBC" "$SUB_TPS")

cat > "$WORK/section.md" <<MD
## Quiz API: answers and submissions (issue 4)

Command: \`PUT_SECONDS=$PUT_SECONDS ROUNDS=$ROUNDS WARM_UP_SECONDS=$WARM_UP_SECONDS WARM_UP_ROUNDS=$WARM_UP_ROUNDS bench/run.sh\` on $(date -u +%Y-%m-%d),
$(machine).
The packaged app and PostgreSQL share the machine with the load generators.

32 learners, each signed in with its own session cookie, over HTTP/1.1 on 127.0.0.1. "Answers" is
\`PUT /api/attempts/{id}/answers/{questionId}\` sent by wrk over 32 connections for $PUT_SECONDS s, after
$WARM_UP_SECONDS s of the same load as warm-up; "submissions" is \`POST /api/attempts/{id}/submission\` on
fresh attempts of the five section checks with one answer each, $ROUNDS rounds of 32 × 5 at once (after
$WARM_UP_ROUNDS warm-up rounds), sent by bench/QuizLoad.java.
Next to each, pgbench runs the SQL that one request commits (\`bench/pgbench/*.sql\`, from Hibernate's
log) with 32 clients for $PUT_SECONDS s. Goal (issue 4): at least half of pgbench's rate, p99 under 50 ms.
"Java JDBC" runs the same scripts from Java over pgjdbc, the app's driver (\`bench/JdbcLoad.java\`: 32 threads,
one connection each, no HTTP, no framework) for $PUT_SECONDS s after 5 s of warm-up: the most any Java app
could reach on this machine; "ceiling" is its rate over pgbench's.

| measure | HTTP rate (/s) | HTTP p50 | HTTP p99 | pgbench rate (/s) | pgbench p50 | pgbench p99 | ratio | goal | Java JDBC rate (/s) | ceiling |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| answers saved | $(value answers_per_second) | $(value answers_p50_ms) ms | $(value answers_p99_ms) ms | $PUT_TPS | $PUT_P50 ms | $PUT_P99 ms | $PUT_RATIO | $(verdict "$PUT_RATIO" "$(value answers_p99_ms)") | $PUT_JDBC | $PUT_CEILING |
| attempts submitted | $(value submissions_per_second) | $(value submissions_p50_ms) ms | $(value submissions_p99_ms) ms | $SUB_TPS | $SUB_P50 ms | $SUB_P99 ms | $SUB_RATIO | $(verdict "$SUB_RATIO" "$(value submissions_p99_ms)") | $SUB_JDBC | $SUB_CEILING |

Failed requests: $(value answers_failed) answers, $(value submissions_failed) submissions.
MD
write_section quiz-api "$WORK/section.md"
cat "$WORK/section.md"
