# Shared by the benchmark scripts: start the packaged app on 127.0.0.1, write a section of RESULTS.md.
# Needs: Java 17, PostgreSQL on localhost:5432 (user postgres).

PSQL="psql -h 127.0.0.1 -U postgres -d postgres -qtA"
ADMIN_EMAIL=bench-admin@example.org
ADMIN_PASSWORD=long-passphrase-for-load-tests

# start_app SCHEMA PORT [keep]: a fresh schema (or, with "keep", the one there), the packaged app (built if
# missing) listening on 127.0.0.1:PORT, stopped when the script exits. Its log goes to $WORK/app.log. Its
# management interface (metrics) listens on 127.0.0.1:PORT+1000.
start_app() {
  local schema=$1 port=$2
  [ -f web-module/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
  [ "${3:-}" = keep ] || $PSQL -c "drop schema if exists $schema cascade" > /dev/null 2>&1
  COFACTOR_DB_SCHEMA=$schema QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
    COFACTOR_ADMIN_EMAIL=$ADMIN_EMAIL COFACTOR_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
    java -jar web-module/target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && return 0
    sleep 0.5
  done
  echo "The app did not start; see its log:" >&2
  cat "$WORK/app.log" >&2
  return 1
}

# machine: one line on where the benchmark ran.
machine() {
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, PostgreSQL $($PSQL -c 'show server_version'),"\
    "Java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2)"
}

# write_section NAME FILE: replaces the part of bench/RESULTS.md between <!-- NAME --> and
# <!-- /NAME --> with FILE's content (appends the section when it is not there yet).
write_section() {
  local name=$1 file=$2 results=bench/RESULTS.md
  [ -f $results ] || printf '# Benchmark results\n' > $results
  if ! grep -q "^<!-- $name -->$" $results; then
    printf '\n<!-- %s -->\n<!-- /%s -->\n' "$name" "$name" >> $results
  fi
  awk -v name="$name" -v file="$file" '
    $0 == "<!-- " name " -->" { print; while ((getline line < file) > 0) print line; skip = 1; next }
    $0 == "<!-- /" name " -->" { skip = 0 }
    !skip { print }' $results > "$results.new"
  mv "$results.new" $results
}
