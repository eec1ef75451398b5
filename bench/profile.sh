#!/usr/bin/env bash
# Where an answer's CPU goes: the packaged app under bench/run.sh's answer load (32 learners, wrk), profiled
# with async-profiler for PROFILE_SECONDS after WARM_UP_SECONDS of the same load. Writes the stacks in
# collapsed form (one "frame;frame;... samples" line each) to bench/profile.collapsed and prints the share
# of the app's CPU spent under a few frames that name the parts of a request (CompileBroker is the JIT,
# GangWorker::run the garbage collector).
#   bench/profile.sh     (WARM_UP_SECONDS=120 PROFILE_SECONDS=15 EVENT=cpu by default; EVENT=itimer where
#                         perf events are not allowed)
# Needs what bench/run.sh needs, and Maven Central for async-profiler (fetched once into ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."

WARM_UP_SECONDS=${WARM_UP_SECONDS:-120}
PROFILE_SECONDS=${PROFILE_SECONDS:-15}
EVENT=${EVENT:-cpu}
PORT=${PORT:-8190}
PROFILER_VERSION=4.2
WORK=$(mktemp -d)
. bench/lib.sh

PROFILER_JAR=~/.m2/repository/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION-linux-x64.jar
[ -f "$PROFILER_JAR" ] || ./mvnw -q -B dependency:get -Dtransitive=false \
  -Dartifact=tools.profiler:async-profiler:$PROFILER_VERSION:jar:linux-x64
unzip -q -o "$PROFILER_JAR" 'linux-x64/*' -d "$WORK"
PROFILER=$WORK/linux-x64/libasyncProfiler.so

start_app cofactor_profile $PORT
URL="http://127.0.0.1:$PORT"
java bench/QuizLoad.java learners "$URL" $ADMIN_EMAIL $ADMIN_PASSWORD "$WORK/learners" > /dev/null
wrk -t1 -c32 -d"${WARM_UP_SECONDS}s" -s bench/wrk/save-answer.lua "$URL" -- "$WORK/learners" > /dev/null
# jcmd splits its arguments at "=", so the profiler's options are quoted once more.
jcmd $APP JVMTI.agent_load "$PROFILER" "\"start,event=$EVENT,interval=1ms\"" > /dev/null
wrk -t1 -c32 -d"${PROFILE_SECONDS}s" -s bench/wrk/save-answer.lua "$URL" -- "$WORK/learners" | grep per_second
jcmd $APP JVMTI.agent_load "$PROFILER" "\"stop,collapsed,file=$PWD/bench/profile.collapsed\"" > /dev/null

# The share of samples whose stack passes through each frame (a sample can count under several).
awk -v parts="AttemptResource.answer SessionIdentityProvider AccountService.findEnabled \
AttemptRepository.findAnswerTarget ResponseRepository.upsert VertxInputStream ServerJacksonMessageBodyReader \
NioEventLoop.run javax/crypto micrometer CompileBroker GangWorker::run" '
  BEGIN { n = split(parts, part, " ") }
  { samples = $NF; total += samples
    for (i = 1; i <= n; i++) if (index($0, part[i])) under[i] += samples }
  END { printf "%d samples of the app'"'"'s CPU in %s s\n", total, '"$PROFILE_SECONDS"'
        for (i = 1; i <= n; i++) printf "%5.1f%%  %s\n", 100 * under[i] / total, part[i] }' bench/profile.collapsed
