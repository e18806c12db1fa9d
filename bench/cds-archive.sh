#!/usr/bin/env bash
# Prepares the fast launch: the built jar extracted into target/app/ and a training run's class archive next to it.
#   JDK 25 or later: target/app/app.aot, an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles),
#                    launch with  java -XX:AOTCache=target/app/app.aot -jar target/app/ikamet-guide-<version>.jar
#   JDK 17 to 24:    target/app/app.jsa, a dynamic class-data-sharing archive,
#                    launch with  java -XX:SharedArchiveFile=target/app/app.jsa -jar target/app/ikamet-guide-<version>.jar
# Train with the JDK that will run the app (the `java` on PATH, or JAVA_HOME's), and launch the jar by the same path
# as in training (here: absolute), or the JVM ignores the archive. See docs/operating.md, "Start fast".
# Usage (from the repository root, after ./mvnw -DskipTests package): bench/cds-archive.sh [PORT]
# JAVA_OPTS: JVM options for the training run that the launches will use too (e.g. -Dspring.aot.enabled=true).
# JAR: another built jar to prepare (default: the one in target/); DEST: where to extract it (default: target/app).
set -euo pipefail
port="${1:-8085}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar="${JAR:-$(ls "$PWD"/target/ikamet-guide-*.jar | grep -v plain | head -n 1)}"
dest="${DEST:-$PWD/target/app}"
rm -rf "$dest"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dest" >/dev/null
app="$dest/$(basename "$jar")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

feature="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${feature%%.*}" -ge 25 ]; then
  archive="$dest/app.aot"; train=(-XX:AOTCacheOutput="$archive" -Xlog:aot=off -Xlog:cds=off); use="-XX:AOTCache=$archive"
else
  archive="$dest/app.jsa"; train=(-XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off); use="-XX:SharedArchiveFile=$archive"
fi

# Training: migrations, Hibernate, a page of each kind in two languages, the sign-in and registration forms, then a
# clean stop (the archive is written when the JVM exits). On a throw-away in-memory H2 database, unless
# SPRING_DATASOURCE_URL names a database (the postgres profile): then on that one, so that its driver is in the
# archive too. Give it a scratch database; training only reads, but it applies the migrations.
database=(--spring.datasource.url=jdbc:h2:mem:training)
[ -z "${SPRING_DATASOURCE_URL:-}" ] || database=()
(cd "$work" && exec "$java" "${train[@]}" ${JAVA_OPTS:-} -jar "$app" --server.port="$port" "${database[@]}" >"$work/training.log" 2>&1) &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
  kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/training.log" >&2; exit 1; }
  sleep 0.2
done
for path in / /steps /methods /mistakes /checklist /checklist/print /verification /faq /search?q=office \
    /?lang=ar /faq?lang=tr /login /register /tracker /actuator/health/readiness /no-such-page; do
  curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port$path"
done
kill -TERM "$pid"
wait "$pid" || true
[ -s "$archive" ] || { echo "no archive was written; the training log:" >&2; tail -n 30 "$work/training.log" >&2; exit 1; }
ls -l "$archive"
echo "launch: $java $use ${JAVA_OPTS:-}${JAVA_OPTS:+ }-jar $app"
