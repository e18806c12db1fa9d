#!/usr/bin/env bash
# How long the built jar takes from launch to its first 200 on /, with the CPU time it used until then and its
# resident memory. Usage (from the repository root, after ./mvnw -DskipTests package):
#   bench/start-time.sh [PORT] [java options...]        e.g. bench/start-time.sh 8085 -XX:SharedArchiveFile=app.jsa
# Set JAR=path to time another jar (e.g. the extracted one that class-data sharing needs), JAVA_HOME for another JDK.
# It runs in a fresh temporary directory, so the embedded H2 database is created from empty on the first ("cold")
# launch; a second ("warm") launch in the same directory starts on the migrated database, as a restart does.
# CPU seconds do not depend on what else the machine runs; wall time does, so the load average is printed too.
set -euo pipefail
port="${1:-8085}"; shift || true
jar="${JAR:-$(ls "$PWD"/target/ikamet-guide-*.jar | grep -v plain | head -n 1)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ticks=$(getconf CLK_TCK)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

launch() {
  local label="$1"; shift
  local start end pid code=000
  start=$(date +%s%N)
  (cd "$work" && exec "$java" "$@" -jar "$jar" --server.port="$port" >"$work/$label.log" 2>&1) &
  pid=$!
  while [ "$code" != 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$label: the app exited; its log:" >&2; tail -n 30 "$work/$label.log" >&2; return 1; fi
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
    [ "$code" = 200 ] || sleep 0.02
  done
  end=$(date +%s%N)
  local rss cpu
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  cpu=$(awk -v t="$ticks" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat")
  printf '%-5s first 200 on / after %5d ms (CPU %4s s), RSS %4d MiB, load average %s\n' "$label" \
    $(( (end - start) / 1000000 )) "$cpu" "$rss" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

launch cold "$@"
launch warm "$@"
