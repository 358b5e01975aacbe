#!/bin/sh
# Runs every benchmark on a Release build and prints the figures (see bench/README.md).
# Usage (inside the build environment): bench/run.sh BUILD_DIR [EVENTS]
set -eu
B=${1:?build dir}/bin
EVENTS=${2:-1000000}
echo "== $(date -u +%Y-%m-%d) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
"$B/bench-sse-parser"
echo
"$B/bench-journal"
echo
"$B/bench-gui"
echo
"$B/bench-session-list"
echo
"$B/bench-files"
echo
echo "End to end: reading one completed turn of $EVENTS events from pokee-emulator (loopback)"
KEY=bench-$$
"$B/pokee-emulator" --port 0 --key "$KEY" --keepalive-s 0 > /tmp/bench-emu.url &
EMU=$!
trap 'kill $EMU 2>/dev/null' EXIT
while [ ! -s /tmp/bench-emu.url ]; do sleep 0.1; done
export POKEE_API=$(head -1 /tmp/bench-emu.url) POKEE_KEY=$KEY
SID=$("$B/pokee" sessions create)
RID=$("$B/pokee" send "$SID" "[[deltas=$EVENTS]] [[pace=0]] [[thinking=off]] bench" --json | tail -1 \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')
URL="$POKEE_API/v1/sessions/$SID/responses/$RID/events"
t() { s=$(date +%s.%N); "$@" > /tmp/bench.out; e=$(date +%s.%N); awk "BEGIN { print $e - $s }"; }
for round in 1 2 3; do
  c=$(t curl -sN -H "Authorization: Bearer $KEY" "$URL"); cl=$(grep -c '^event:' /tmp/bench.out)
  p=$(t "$B/pokee" events "$SID" "$RID" --raw); pl=$(wc -l < /tmp/bench.out)
  h=$(t python3 "$(dirname "$0")/httpx_sse_reader.py" "$SID" "$RID"); hl=$(cat /tmp/bench.out)
  printf 'round %s: curl -N %6.2f s (%s events)  pokee events --raw %6.2f s (%s)  httpx-sse %6.2f s (%s)\n' \
    "$round" "$c" "$cl" "$p" "$pl" "$h" "$hl"
done
