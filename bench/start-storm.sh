#!/usr/bin/env bash
# Start storm (issue 14): 500 signed-in learners start the 20-question final quiz within 1 s against the
# packaged app on 127.0.0.1 (bench/QuizLoad.java storm), then PostgreSQL is asked how many attempts exist.
# Goal: every learner started, p99 under 1 s, no 5xx. Writes its section of bench/RESULTS.md.
#   bench/start-storm.sh        (LEARNERS=500 WINDOW_MS=1000 by default; about 2 minutes, most of it signing in)
# Needs: Java 17, PostgreSQL on localhost:5432 (user postgres), curl.
set -euo pipefail
cd "$(dirname "$0")/.."

LEARNERS=${LEARNERS:-500}
WINDOW_MS=${WINDOW_MS:-1000}
PORT=${PORT:-8193}
SCHEMA=cofactor_storm_bench
WORK=$(mktemp -d)
. bench/lib.sh

start_app $SCHEMA $PORT
java bench/QuizLoad.java storm "http://127.0.0.1:$PORT" $ADMIN_EMAIL $ADMIN_PASSWORD "$LEARNERS" "$WINDOW_MS" > "$WORK/storm.txt"
value() { grep "^$1=" "$WORK/storm.txt" | cut -d= -f2; }
# The storm's attempts are the open ones (the rehearsal's were submitted): one per learner.
FINAL="$SCHEMA.attempt a join $SCHEMA.quiz q on q.id = a.quiz_id where q.slug like 'final-%' and a.submitted_at is null"
ATTEMPTS=$($PSQL -c "select count(*) from $FINAL")
DUPLICATES=$($PSQL -c "select count(*) from (select a.learner_id from $FINAL group by a.learner_id having count(*) > 1) d")
ERRORS=$(grep -c ' ERROR ' "$WORK/app.log" || true)
verdict=$(awk -v started="$(value storm_started)" -v n="$LEARNERS" -v p99="$(value storm_p99_ms)" -v five="$(value storm_5xx)" \
  'BEGIN {print (started == n && p99 < 1000 && five == 0) ? "met" : "not met"}')
{
  echo "## Start storm (issue 14)"
  echo
  echo "Command: \`bench/start-storm.sh\` on $(date -u +%Y-%m-%d), $(machine)."
  echo
  echo "$LEARNERS learners, each signed in first with its own session cookie, warm the app (and the client) up,"
  echo "none of it timed: each takes (starts and submits) each of the 5 check quizzes twice, then the final quiz"
  echo "once, started in a storm like the timed one ($(value storm_rehearsal_started) started; attempt 1 of 3). 3 s later they"
  echo "send \`POST /api/quizzes/{final quiz}/attempts\` (attempt 2) one every $((WINDOW_MS * 1000 / LEARNERS)) µs, over $WINDOW_MS ms"
  echo "(the last was sent at $(value storm_last_sent_ms) ms), without waiting for each other; each start draws and"
  echo "stores the attempt's 20 questions. Latency is from sending to the whole answer. Goal (issue 14): all"
  echo "started, p99 under 1 s, no 5xx."
  echo
  echo "| started | 5xx | other | p50 | p99 | slowest | all answered after | open attempts at the final in PostgreSQL | learners with two open | app ERROR lines | goal |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  echo "| $(value storm_started) of $LEARNERS | $(value storm_5xx) | $(value storm_other) | $(value storm_p50_ms) ms | $(value storm_p99_ms) ms | $(value storm_max_ms) ms | $(value storm_all_answered_ms) ms | $ATTEMPTS | $DUPLICATES | $ERRORS | $verdict |"
} > "$WORK/section.md"
write_section start-storm "$WORK/section.md"
cat "$WORK/section.md"
