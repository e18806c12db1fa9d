#!/usr/bin/env bash
# The benchmark of docs/performance.md. From the repository root:   bench/run.sh
#
# Builds the jar (tests skipped), starts it on a fresh embedded database and measures the time to its first answer,
# warms it up, then runs `wrk -t2 -c64 -d10s --latency` against /steps, /faq and a logged-in /tracker. Then nginx
# serves the exact bytes of /steps (saved with curl, gzip as the app sends them, with the app's headers) and the same
# load runs against the app and nginx in turn, twice. All of it once more with the app started with -Xmx128m.
# Prints req/s, p50, p99 and errors per run, the ratio app / nginx, start time and memory (RSS).
#
# Environment: APP_PORT (8085), NGINX_PORT (8087), DURATION (10s), SKIP_BUILD=1 (use target/*.jar as it is),
# JAVA_OPTS (extra JVM options for both runs), HEAPS ("default 128m": which runs to make).
# Needs: java, curl, wrk, nginx (Debian's nginx-light is enough). Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT="${APP_PORT:-8085}"
NGINX_PORT="${NGINX_PORT:-8087}"
DURATION="${DURATION:-10s}"
HEAPS="${HEAPS:-default 128m}"
WRK=(wrk -t2 -c64 -d"$DURATION" --latency -H 'Accept-Encoding: gzip')
BENCH_USER="bench-$(date +%s)"
BENCH_PASSWORD="bench-password-$RANDOM-$RANDOM"

for tool in java curl wrk nginx; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install wrk nginx-light)" >&2; exit 1; }
done

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "== building the jar (tests skipped)"
  ./mvnw -q -B -DskipTests package
fi
JAR="$(ls "$PWD"/target/ikamet-guide-*.jar | grep -v plain | head -n 1)"

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

start_app() { # $1: label, rest: JVM options. Sets APP_PID; prints the time to the first 200 on /.
  local label="$1"; shift
  local dir="$WORK/app-$label" start end code=000
  mkdir -p "$dir"
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$dir" && exec java ${JAVA_OPTS:-} "$@" -jar "$JAR" --server.port="$APP_PORT" >"$dir/app.log" 2>&1) &
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

# Registers and logs in a bench user through the app's own pages and prints the session cookie header for /tracker,
# or explains on stderr why there is none. The registration form is filled by its fields' types: hidden fields keep
# their value (the CSRF token), password fields get the password, checkboxes are ticked, the rest get the username.
tracker_cookie() {
  local jar="$WORK/cookies.txt" page="$WORK/page.html" form action body="" name type value input
  rm -f "$jar"
  local register=""
  for path in /register /account/register /signup; do
    if [ "$(curl -s -o "$page" -w '%{http_code}' -b "$jar" -c "$jar" "$APP$path")" = 200 ] \
        && grep -qi 'type="password"' "$page"; then register="$path"; break; fi
  done
  if [ -z "$register" ]; then echo "no registration page (/register, /account/register)" >&2; return 1; fi
  form="$(tr '\n' ' ' <"$page" | grep -oi '<form[^>]*method="post".*</form>' | head -n 1)"
  action="$(printf '%s' "$form" | grep -oi '<form[^>]*' | head -n 1 | sed -n 's/.*action="\([^"]*\)".*/\1/p')"
  while IFS= read -r input; do
    name="$(printf '%s' "$input" | sed -n 's/.*name="\([^"]*\)".*/\1/p')"
    [ -n "$name" ] || continue
    type="$(printf '%s' "$input" | sed -n 's/.*type="\([^"]*\)".*/\1/p')"
    value="$(printf '%s' "$input" | sed -n 's/.*value="\([^"]*\)".*/\1/p')"
    case "$type" in
      hidden) ;;
      password) value="$BENCH_PASSWORD" ;;
      checkbox) value="${value:-on}" ;;
      submit|button) continue ;;
      *) value="$BENCH_USER" ;;
    esac
    body="$body&$(printf '%s' "$name" | sed 's/&/%26/g')=$value"
  done < <(printf '%s' "$form" | grep -oi '<input[^>]*>')
  curl -s -o /dev/null -b "$jar" -c "$jar" --data "${body#&}" "$APP${action:-$register}"
  curl -s -o "$page" -b "$jar" -c "$jar" "$APP/login"
  local csrf; csrf="$(grep -o 'name="_csrf"[^>]*value="[^"]*"' "$page" | sed 's/.*value="\([^"]*\)"/\1/' | head -n 1)"
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$BENCH_USER" \
    --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$csrf" "$APP/login"
  local code; code="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$APP/tracker")"
  if [ "$code" != 200 ]; then echo "/tracker answers $code after registering and logging in" >&2; return 1; fi
  awk '$6 == "SESSION" {print "SESSION=" $7}' "$jar"
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

# --- the runs --------------------------------------------------------------------------------------------------

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), \
$(java -version 2>&1 | head -n 1), $(nginx -v 2>&1), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"

for heap in $HEAPS; do
  opts=()
  [ "$heap" = default ] || opts=("-Xmx$heap")
  label="app[$heap]"
  echo "== $label ${opts[*]:-}"
  start_app "$label" "${opts[@]}"
  # Warm-up (not counted): lets the JIT compile the hot paths, as in any long-running server.
  "${WRK[@]/-d$DURATION/-d5s}" "$APP/steps" >/dev/null
  "${WRK[@]/-d$DURATION/-d5s}" "$APP/faq" >/dev/null

  load "$label /faq" "$APP/faq"
  if cookie="$(tracker_cookie)"; then
    "${WRK[@]/-d$DURATION/-d3s}" -H "Cookie: $cookie" "$APP/tracker" >/dev/null
    load "$label /tracker (logged in)" "$APP/tracker" -H "Cookie: $cookie"
  else
    echo "$label /tracker (logged in)        not available" | tee -a "$RESULTS"
  fi

  start_nginx
  for round in 1 2; do
    load "$label /steps #$round" "$APP/steps"
    load "nginx[$heap] /steps #$round" "$NGINX/steps"
  done
  stop_nginx
  memory "$label"
  stop_app

  app_rps=$(( $(rps_of "$label /steps #1" | cut -d. -f1) + $(rps_of "$label /steps #2" | cut -d. -f1) ))
  nginx_rps=$(( $(rps_of "nginx[$heap] /steps #1" | cut -d. -f1) + $(rps_of "nginx[$heap] /steps #2" | cut -d. -f1) ))
  awk -v a="$app_rps" -v n="$nginx_rps" -v label="$label" \
    'BEGIN { printf "%s /steps throughput = %.2f x nginx (same gzip bytes, mean of 2 alternating rounds)\n", label, a / n }' \
    | tee -a "$RESULTS"
done

echo
echo "== summary"
cat "$RESULTS"
