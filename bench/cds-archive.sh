#!/usr/bin/env bash
# Prepares the fast launch: the built jar extracted for class-data sharing into target/app/, and target/app/app.jsa,
# the archive of every class a training run loaded (start, a few guide pages, stop). Then launch with
#   java -XX:SharedArchiveFile=target/app/app.jsa -jar target/app/ikamet-guide-<version>.jar
# The jar must be named by the same path as in training (here: absolute), with the same JDK. See README, "Start fast".
# Usage (from the repository root, after ./mvnw -DskipTests package): bench/cds-archive.sh [PORT]
set -euo pipefail
port="${1:-8085}"
jar="$(ls "$PWD"/target/ikamet-guide-*.jar | grep -v plain | head -n 1)"
dest="$PWD/target/app"
rm -rf "$dest"
java -Djarmode=tools -jar "$jar" extract --destination "$dest" >/dev/null
app="$dest/$(basename "$jar")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Training on a throw-away in-memory database: migrations, Hibernate, a rendered page of each kind, then a clean stop
# (the archive is written when the JVM exits).
(cd "$work" && exec java -XX:ArchiveClassesAtExit="$dest/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar "$app" --server.port="$port" --spring.datasource.url=jdbc:h2:mem:training >"$work/training.log" 2>&1) &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
  kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/training.log" >&2; exit 1; }
  sleep 0.2
done
for path in / /steps /faq /search?q=office /tracker /actuator/health/readiness /no-such-page; do
  curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$path"
done
kill -TERM "$pid"
wait "$pid" || true
ls -l "$dest/app.jsa"
echo "launch: java -XX:SharedArchiveFile=$dest/app.jsa -jar $app"
