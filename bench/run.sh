#!/usr/bin/env bash
# The benchmark of docs/performance.md. From the repository root:   bench/run.sh
#
# Builds the jar (tests skipped). Measures the time from launch to the first answer of / on an empty embedded database,
# three times in alternation for a plain `java -jar` and for the fast launch of docs/operating.md's "Start fast" (extracted jar,
# class archive trained by bench/cds-archive.sh, Spring's ahead-of-time code), and prints their medians. Then starts it,
# warms it up, then runs `wrk -t2 -c64 -d10s --latency` against /faq; then the tracker (see below); then nginx serves
# the exact bytes of /steps (saved with curl, gzip as the app sends them, with the app's headers) and the same load
# runs against the app and nginx in turn, twice. All of it once more with the app started with -Xmx128m.
# Prints req/s, p50, p99 and errors per run, the ratio app / nginx, start time and memory (RSS).
#
# The tracker: users registered through /register (which signs them in), their data restored through the import
# form (/tracker/import) from generated backups: one user with 4 applications and 10 entries in all, one with 4
# applications and 100 000 (25 000 each), one with a single application of 20 entries. Then, in alternation, /tracker
# of the first two, and the page of the 20-entry application and of a 25 000-entry one; each pair with the ratio of
# their costs (goal: the 100 000-entry /tracker costs at most 1.5 x the 10-entry one).
#
# Environment: APP_PORT (8085), NGINX_PORT (8087), DURATION (10s), SKIP_BUILD=1 (use target/*.jar as it is),
# JAVA_HOME (the JDK to run the app with; else `java` on PATH; JDK 25 trains an AOT cache, older ones a CDS archive),
# JAVA_OPTS (extra JVM options for every launch), HEAPS ("default 128m": which load runs to make), PARTS ("start faq
# tracker steps": which measurements to make; PARTS=tracker HEAPS=default SKIP_BUILD=1 is the quick tracker check).
# Needs: java, curl, wrk, nginx (Debian's nginx-light is enough). Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT="${APP_PORT:-8085}"
NGINX_PORT="${NGINX_PORT:-8087}"
DURATION="${DURATION:-10s}"
HEAPS="${HEAPS:-default 128m}"
PARTS="${PARTS:-start faq tracker steps}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WRK=(wrk -t2 -c64 -d"$DURATION" --latency -H 'Accept-Encoding: gzip')
BENCH_USER="bench-$(date +%s)"
BENCH_PASSWORD="bench-password-$RANDOM-$RANDOM"

part() { [[ " $PARTS " == *" $1 "* ]]; }

for tool in "$JAVA" curl wrk $(part steps && echo nginx); do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install wrk nginx-light)" >&2; exit 1; }
done

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "== building the jar (tests skipped)"
  ./mvnw -q -B -DskipTests package
fi
JAR="$(ls "$PWD"/target/ikamet-guide-*.jar | grep -v plain | head -n 1)"
LAUNCH_JAR="$JAR"

WORK="$(mktemp -d)"
chmod 755 "$WORK"
APP_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

APP="http://127.0.0.1:$APP_PORT"
NGINX="http://127.0.0.1:$NGINX_PORT"
RESULTS="$WORK/results.txt"
: >"$RESULTS"

# --- the app ---------------------------------------------------------------------------------------------------

start_app() { # $1: label, rest: JVM options; runs $LAUNCH_JAR. Sets APP_PID; prints the time to the first 200 on /.
  local label="$1"; shift
  local dir="$WORK/app-$label" start end code=000
  mkdir -p "$dir"
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$dir" && exec "$JAVA" ${JAVA_OPTS:-} "$@" -jar "$LAUNCH_JAR" --server.port="$APP_PORT" >"$dir/app.log" 2>&1) &
  APP_PID=$!
  until [ "$code" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "bench: the app did not start; its log:" >&2; tail -n 40 "$dir/app.log" >&2; exit 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' "$APP/" || true)
    [ "$code" = 200 ] || sleep 0.02
  done
  end=$(date +%s%N)
  printf '%s start: first 200 on / after %d ms (load average %s)\n' "$label" $(( (end - start) / 1000000 )) \
    "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$RESULTS"
}

stop_app() {
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

memory() { # $1: label
  awk -v label="$1" '/VmRSS/ {rss=int($2/1024)} /VmHWM/ {peak=int($2/1024)}
    END {printf "%s memory: RSS %d MiB now, %d MiB at most\n", label, rss, peak}' "/proc/$APP_PID/status" \
    | tee -a "$RESULTS"
}

# Registers a user through /register, which signs it in, and prints the Cookie header that carries the session
# (the container's JSESSIONID on the default profile, SESSION under the postgres one), or explains on stderr why
# there is none. $1: username. The cookie jar stays in $WORK/$1.cookies for the import.
login_cookie() {
  local jar="$WORK/$1.cookies" page="$WORK/register.html"
  curl -s -o "$page" -c "$jar" "$APP/register"
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$1" --data-urlencode "password=$BENCH_PASSWORD" \
    --data-urlencode "passwordConfirmation=$BENCH_PASSWORD" --data-urlencode "_csrf=$(csrf_of "$page")" "$APP/register"
  local code; code="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$APP/tracker")"
  if [ "$code" != 200 ]; then echo "/tracker answers $code after registering" >&2; return 1; fi
  # Netscape cookie file: name in field 6, value in field 7 (HttpOnly cookies' lines start with #HttpOnly_).
  awk -F '\t' 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
}

csrf_of() { # $1: an HTML page; prints the CSRF token of its first form
  grep -o 'name="_csrf"[^>]*value="[^"]*"' "$1" | sed 's/.*value="\([^"]*\)"/\1/' | head -n 1
}

# --- the tracker: users with 10, 100 000 and 20 status entries -------------------------------------------------

# Writes a tracker backup (the JSON export format, version 1) of one application with $3 entries to $4. $1: user
# label, $2: application index (1-4). Entries are spread from the submission day, 900 days ago, to yesterday (in
# Turkey); every fifth has a note. The newest entry is the same whatever the count, so the rendered rows differ only
# in their entry count: application 1 ends with an appointment, 2 with missing documents (a proposed due date), 3 in
# review, 4 approved.
backup() {
  local today; today="$(TZ=Europe/Istanbul date +%F)"
  awk -v user="$1" -v app="$2" -v n="$3" -v today="$(date -u -d "$today" +%s)" '
    function day(offset) { return strftime("%Y-%m-%d", today + offset * 86400, 1) }
    BEGIN {
      split("APPOINTMENT_SCHEDULED ADDITIONAL_DOCUMENTS_REQUIRED IN_REVIEW APPROVED_PRINTING", last, " ")
      split("SUBMITTED DOCUMENTS_HANDED_IN IN_REVIEW NOT_FOUND OTHER", earlier, " ")
      printf "{\"format\":\"ikamet-guide-tracker\",\"version\":1,\"applications\":[{\"applicationNumber\":\"BENCH-%s-%d\",", toupper(user), app
      printf "\"label\":\"Bench application %d\",\"permitType\":\"FAMILY\",\"kind\":\"FIRST\",\"submittedOn\":\"%s\",", app, day(-900)
      printf "\"office\":\"Ankara\",\"entries\":["
      for (i = 1; i <= n; i++) {
        seen = -900 + ((n == 1) ? 899 : int((i - 1) * 899 / (n - 1)))
        status = (i == n) ? last[app] : earlier[1 + i % 5]
        printf "%s{\"status\":\"%s\",\"date\":\"%s\"", (i > 1) ? "," : "", status, day(seen)
        if (i % 5 == 0 && i < n) printf ",\"note\":\"Checked the portal, entry %d\"", i
        if (i == n && app == 1) printf ",\"dueDate\":\"%s\"", day(5)
        printf "}"
      }
      print "]}]}"
    }' >"$4"
}

# Imports backups through the import form (POST /tracker/import, multipart, the CSRF token of the form's page).
# $1: username (its cookie jar from login_cookie), rest: files. Each file must come back as "Import finished: 1
# application …".
import_backups() {
  local user="$1" jar="$WORK/$1.cookies" page="$WORK/import.html" file; shift
  for file in "$@"; do
    curl -s -o "$page" -b "$jar" -c "$jar" "$APP/tracker/import"
    curl -s -o "$page" -L -b "$jar" -c "$jar" -F "_csrf=$(csrf_of "$page")" \
      -F "file=@$file;type=application/json" "$APP/tracker/import"
    grep -q 'Import finished: 1 application and' "$page" \
      || { echo "bench: importing $(basename "$file") for $user failed:" >&2; grep -o 'app-error-summary.*' "$page" >&2; return 1; }
  done
}

# The number of entries /tracker shows for the user (the sum of its rows' counts).
entries_shown() { # $1: Cookie header
  curl -s -H "Cookie: $1" "$APP/tracker" | grep -o 'app-tracker-table__count">[^<]*' \
    | sed 's/.*>//; s/[^0-9]//g' | awk '{ total += $1 } END { print total + 0 }'
}

# The address of the user's application page for the application labelled "Bench application $2".
application_path() { # $1: Cookie header, $2: application index
  curl -s -H "Cookie: $1" "$APP/tracker" | tr '\n' ' ' \
    | grep -o "href=\"/tracker/applications/[0-9]*\"[^>]*>Bench application $2<" | grep -o '/tracker/applications/[0-9]*'
}

# Two users with 4 applications each: 10 entries in all (3 + 3 + 2 + 2) and 100 000 (4 × 25 000, one backup file per
# application: each stays under the 8 MB upload limit); and a third with one application of 20 entries, one full page
# of the timeline, to compare a 25 000-entry application's page with. Sets SMALL_COOKIE, LARGE_COOKIE, PAGE_COOKIE,
# LARGE_APP (application 1 of the large user) and PAGE_APP.
seed_tracker() {
  local small="small-$BENCH_USER" large="large-$BENCH_USER" page="page-$BENCH_USER" start app counts=(3 3 2 2)
  SMALL_COOKIE="$(login_cookie "$small")" && LARGE_COOKIE="$(login_cookie "$large")" \
    && PAGE_COOKIE="$(login_cookie "$page")" || return 1
  for app in 1 2 3 4; do
    backup small "$app" "${counts[$((app - 1))]}" "$WORK/small-$app.json"
    backup large "$app" 25000 "$WORK/large-$app.json"
  done
  backup page 1 20 "$WORK/page-1.json"
  import_backups "$small" "$WORK"/small-{1,2,3,4}.json && import_backups "$page" "$WORK/page-1.json" || return 1
  start=$(date +%s)
  import_backups "$large" "$WORK"/large-{1,2,3,4}.json || return 1
  printf 'seeded through /tracker/import: 4 backups of %s KB each, 100 000 entries, in %d s\n' \
    "$(( $(stat -c %s "$WORK/large-1.json") / 1024 ))" $(( $(date +%s) - start )) | tee -a "$RESULTS"
  local shown_small shown_large
  shown_small="$(entries_shown "$SMALL_COOKIE")"; shown_large="$(entries_shown "$LARGE_COOKIE")"
  if [ "$shown_small" != 10 ] || [ "$shown_large" != 100000 ]; then
    echo "bench: /tracker shows $shown_small and $shown_large entries, not 10 and 100000" >&2; return 1
  fi
  LARGE_APP="$(application_path "$LARGE_COOKIE" 1)"; PAGE_APP="$(application_path "$PAGE_COOKIE" 1)"
}

# /tracker for both users in alternation, twice; then the page of the 20-entry application and of a 25 000-entry one
# in alternation, twice (the first page of the timeline: 20 entries each), and the last of its 1 250 pages. Slow
# answers are waited for (10 s) rather than counted as errors. $1: label.
tracker_runs() {
  local label="$1" round wait=(--timeout 10s)
  # Warm-up, not counted.
  warm_up "${wait[@]}" -H "Cookie: $SMALL_COOKIE" "$APP/tracker"
  warm_up "${wait[@]}" -H "Cookie: $LARGE_COOKIE" "$APP/tracker"
  warm_up "${wait[@]}" -H "Cookie: $PAGE_COOKIE" "$APP$PAGE_APP"
  warm_up "${wait[@]}" -H "Cookie: $LARGE_COOKIE" "$APP$LARGE_APP"
  for round in 1 2; do
    load "$label /tracker 10 entries #$round" "$APP/tracker" "${wait[@]}" -H "Cookie: $SMALL_COOKIE"
    load "$label /tracker 100k entries #$round" "$APP/tracker" "${wait[@]}" -H "Cookie: $LARGE_COOKIE"
  done
  ratio "$label /tracker" "$label /tracker 10 entries" "$label /tracker 100k entries"
  for round in 1 2; do
    load "$label application 20 entries #$round" "$APP$PAGE_APP" "${wait[@]}" -H "Cookie: $PAGE_COOKIE"
    load "$label application 25k entries #$round" "$APP$LARGE_APP" "${wait[@]}" -H "Cookie: $LARGE_COOKIE"
  done
  ratio "$label application page" "$label application 20 entries" "$label application 25k entries"
  load "$label application 25k, page 1250" "$APP$LARGE_APP?page=1250" "${wait[@]}" -H "Cookie: $LARGE_COOKIE"
}

# --- nginx on the same bytes -----------------------------------------------------------------------------------

start_nginx() {
  local www="$WORK/www" headers="$WORK/steps.headers" extra=""
  mkdir -p "$www" "$WORK/nginx"
  curl -s -H 'Accept-Encoding: gzip' -D "$headers" -o "$www/steps.gz" "$APP/steps"
  grep -qi '^content-encoding: gzip' "$headers" || { echo "bench: the app did not send /steps gzipped" >&2; exit 1; }
  gzip -dc "$www/steps.gz" >"$www/steps"
  # The app's own headers, so that both answers weigh the same; nginx adds its Date, ETag and Content-Length.
  while IFS= read -r line; do
    line="${line%$'\r'}"
    case "${line%%:*}" in
      Content-Security-Policy|X-Content-Type-Options|X-Frame-Options|X-XSS-Protection|Referrer-Policy|Cache-Control|Vary)
        extra="$extra    add_header ${line%%:*} \"${line#*: }\" always;"$'\n' ;;
    esac
  done <"$headers"
  cat >"$WORK/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $www;
    location = /steps {
      default_type text/html;
      charset utf-8;
      gzip_static on;
$extra    }
  }
}
EOF
  nginx -p "$WORK/nginx" -c "$WORK/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  until curl -s -o /dev/null "$NGINX/steps"; do sleep 0.05; done
  cmp -s "$www/steps.gz" <(curl -s -H 'Accept-Encoding: gzip' "$NGINX/steps") \
    || { echo "bench: nginx does not serve the app's bytes" >&2; exit 1; }
}

stop_nginx() {
  kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=""
}

# --- wrk -------------------------------------------------------------------------------------------------------

warm_up() { # wrk options and URL: 5 s of load, not counted
  "${WRK[@]/-d$DURATION/-d5s}" "$@" >/dev/null
}

load() { # $1: label, $2: URL, rest: extra wrk options. Prints one line: label req/s p50 p99 errors
  local label="$1" url="$2"; shift 2
  local out="$WORK/wrk.txt"
  "${WRK[@]}" "$@" "$url" >"$out"
  awk -v label="$label" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx/ { errors += $5 }
    /^Requests\/sec/ { rps = $2 }
    END { printf "%-28s %10.0f req/s   p50 %7.2f ms   p99 %7.2f ms   errors %d\n", label, rps, p50, p99, errors }
  ' "$out" | tee -a "$RESULTS"
}

rps_of() { # the req/s of the result line with this exact label
  awk -v label="$1" 'index($0, label " ") == 1 { for (i = 1; i <= NF; i++) if ($(i + 1) == "req/s") print $i }' \
    "$RESULTS" | tail -n 1
}

# $1: label, $2 and $3: the labels of two series of runs (" #1", " #2"). Prints the mean req/s, p50 and p99 of each
# and how much more a request of the second costs: req/s of the first ÷ req/s of the second, and p50 ÷ p50.
ratio() {
  awk -v label="$1" -v a="$2" -v b="$3" '
    function take(series, i) {
      if (index($0, series " #") != 1) return 0
      for (i = 1; i <= NF; i++) {
        if ($(i + 1) == "req/s") rps[series] += $i
        if ($i == "p50") p50[series] += $(i + 1)
        if ($i == "p99") p99[series] += $(i + 1)
      }
      runs[series]++
    }
    { take(a); take(b) }
    END {
      if (!runs[a] || !runs[b] || !rps[b] || !p50[a]) { printf "%s: no result to compare\n", label; exit }
      for (k = 1; k <= 2; k++) {
        s = (k == 1) ? a : b
        printf "%-36s mean of %d: %8.0f req/s   p50 %7.2f ms   p99 %7.2f ms\n", s, runs[s], rps[s] / runs[s],
          p50[s] / runs[s], p99[s] / runs[s]
      }
      printf "%s: the second costs %.2f x the first by req/s, %.2f x by p50 (goal <= 1.5)\n", label,
        (rps[a] / runs[a]) / (rps[b] / runs[b]), (p50[b] / runs[b]) / (p50[a] / runs[a])
    }' "$RESULTS" | tee -a "$RESULTS.tmp"
  cat "$RESULTS.tmp" >>"$RESULTS"; rm -f "$RESULTS.tmp"
}

# --- the runs --------------------------------------------------------------------------------------------------

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), \
$("$JAVA" -version 2>&1 | head -n 1), $(nginx -v 2>&1), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2), \
load average $(cut -d' ' -f1-3 /proc/loadavg)"

start_ms() { # $1: label; prints the milliseconds of that start_app line in the results
  grep -F "$1 start: first 200" "$RESULTS" | sed 's/.* after \([0-9]*\) ms.*/\1/'
}

if part start; then
  echo "== start: plain java -jar and the fast launch (docs/operating.md, \"Start fast\"), alternately, each on an empty database"
  launch="$(JAR="$JAR" DEST="$WORK/fast" JAVA_OPTS="-Dspring.aot.enabled=true ${JAVA_OPTS:-}" \
    bench/cds-archive.sh "$APP_PORT" | sed -n 's/^launch: //p')"
  fast_jar="${launch##* -jar }"
  read -r -a fast_opts <<<"$(printf '%s' "${launch% -jar *}" | cut -d' ' -f2-)"
  for round in 1 2 3; do
    LAUNCH_JAR="$JAR" start_app "plain-$round"; stop_app
    LAUNCH_JAR="$fast_jar" start_app "fast-$round" "${fast_opts[@]}"; stop_app
  done
  for kind in plain fast; do
    printf '%s\n' "$(start_ms "$kind-1")" "$(start_ms "$kind-2")" "$(start_ms "$kind-3")" | sort -n | sed -n 2p \
      | awk -v k="$kind" -v o="${fast_opts[*]}" '{ printf "start %s: median %d ms of 3 to the first 200 on / (goal <= 5000)%s\n",
          k, $1, (k == "fast") ? " with " o : " with java -jar" }' | tee -a "$RESULTS"
  done
fi

for heap in $HEAPS; do
  opts=()
  [ "$heap" = default ] || opts=("-Xmx$heap")
  label="app[$heap]"
  echo "== $label ${opts[*]:-}"
  start_app "$label" "${opts[@]}"
  # Warm-up (not counted): lets the JIT compile the hot paths, as in any long-running server.
  if part faq || part steps; then
    warm_up "$APP/steps"
    warm_up "$APP/faq"
  fi

  if part faq; then
    load "$label /faq" "$APP/faq"
  fi
  if part tracker; then
    if seed_tracker; then
      tracker_runs "$label"
    else
      echo "$label /tracker (logged in)        not available" | tee -a "$RESULTS"
    fi
  fi

  if part steps; then
    start_nginx
    for round in 1 2; do
      load "$label /steps #$round" "$APP/steps"
      load "nginx[$heap] /steps #$round" "$NGINX/steps"
    done
    stop_nginx
  fi
  memory "$label"
  stop_app

  if part steps; then
    app_rps=$(( $(rps_of "$label /steps #1" | cut -d. -f1) + $(rps_of "$label /steps #2" | cut -d. -f1) ))
    nginx_rps=$(( $(rps_of "nginx[$heap] /steps #1" | cut -d. -f1) + $(rps_of "nginx[$heap] /steps #2" | cut -d. -f1) ))
    awk -v a="$app_rps" -v n="$nginx_rps" -v label="$label" \
      'BEGIN { printf "%s /steps throughput = %.2f x nginx (same gzip bytes, mean of 2 alternating rounds)\n", label, a / n }' \
      | tee -a "$RESULTS"
  fi
done

echo
echo "== summary"
cat "$RESULTS"
