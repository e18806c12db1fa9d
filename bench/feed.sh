#!/usr/bin/env bash
# A calendar subscription over real HTTP (docs/performance.md). Against a running app (APP, default
# http://127.0.0.1:8185; start one with ./mvnw spring-boot:run -Dspring-boot.run.arguments=--server.port=8185):
# registers a new user, imports a backup of one application with 1 000 entries, makes its subscription address, then
# fetches the feed without cookies as a calendar program does and prints its headers, its size (plain and gzip), the
# time of 25 fetches, the answer to the 31st fetch (over the limit of 30 per 15 minutes) and to an unknown address.
# Needs: curl, python3.
set -euo pipefail
APP="${APP:-http://127.0.0.1:8185}"
W=$(mktemp -d); jar="$W/jar"; page="$W/page"
csrf_of() { grep -o 'name="_csrf"[^>]*value="[^"]*"' "$1" | sed 's/.*value="\([^"]*\)"/\1/' | head -n 1; }
user="feed-$RANDOM$RANDOM"; pass="a long feed passphrase $RANDOM"
curl -s -o "$page" -b "$jar" -c "$jar" "$APP/register"
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$user" --data-urlencode "password=$pass" \
  --data-urlencode "passwordConfirmation=$pass" --data-urlencode "_csrf=$(csrf_of "$page")" "$APP/register"
curl -s -o "$page" -b "$jar" -c "$jar" "$APP/login"
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=$user" --data-urlencode "password=$pass" \
  --data-urlencode "_csrf=$(csrf_of "$page")" "$APP/login"
python3 - "$W/backup.json" <<'PY'
import json, sys, datetime
today = datetime.date.today()
entries = [{"status": "IN_REVIEW", "date": str(today - datetime.timedelta(days=1000 - i)), "note": "note %d" % i} for i in range(999)]
entries.append({"status": "APPOINTMENT_SCHEDULED", "date": str(today), "dueDate": str(today + datetime.timedelta(days=5))})
app = {"applicationNumber": "BENCH-1000", "label": "Bench permit", "permitType": "FAMILY", "kind": "FIRST",
       "submittedOn": str(today - datetime.timedelta(days=1001)), "office": None, "validUntil": None, "entries": entries}
json.dump({"format": "ikamet-guide-tracker", "version": 1, "applications": [app]}, open(sys.argv[1], "w"))
PY
curl -s -o "$page" -b "$jar" -c "$jar" "$APP/tracker/import"
curl -s -o "$page" -L -b "$jar" -c "$jar" -F "_csrf=$(csrf_of "$page")" -F "file=@$W/backup.json;type=application/json" "$APP/tracker/import"
id=$(curl -s -b "$jar" -c "$jar" "$APP/tracker" | grep -o '/tracker/applications/[0-9][0-9]*' | head -1 | grep -o '[0-9]*$')
curl -s -o "$page" -b "$jar" -c "$jar" "$APP/tracker/applications/$id"
curl -s -o "$page" -L -b "$jar" -c "$jar" --data-urlencode "_csrf=$(csrf_of "$page")" "$APP/tracker/applications/$id/feed"
address=$(grep -o 'value="http[^"]*/feed/[^"]*"' "$page" | grep -o 'http[^"]*')
echo "address: ${address%%/feed/*}/feed/<token>.ics"
path="/feed/${address#*/feed/}"
echo "--- headers of a fetch (no cookies sent):"
curl -s -D - -o "$W/feed.ics" "$APP$path" | grep -i 'HTTP/\|cache-control\|set-cookie\|content-type\|content-length'
echo "bytes: $(wc -c < "$W/feed.ics"); gzip: $(curl -s -H 'Accept-Encoding: gzip' "$APP$path" | wc -c)"
echo "--- 25 fetches, time_total in ms:"
for i in $(seq 25); do curl -s -o /dev/null -w '%{time_total}\n' "$APP$path"; done | sort -n | awk '{a[NR]=$1*1000} END {printf "min %.1f median %.1f max %.1f\n", a[1], a[int((NR+1)/2)], a[NR]}'
for i in 1 2 3; do curl -s -o /dev/null "$APP$path"; done
echo "--- the 31st fetch:"; curl -s -D - -o /dev/null "$APP$path" | grep -i 'HTTP/\|retry-after\|set-cookie'
echo "--- unknown token, as a browser asks:"; curl -s -D - -o "$W/404.html" -H 'Accept: text/html' "$APP/feed/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics" | grep -i 'HTTP/\|set-cookie\|content-type'; grep -o '<h1[^>]*>[^<]*' "$W/404.html"
rm -rf "$W"
