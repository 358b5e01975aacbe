#!/bin/sh
# Runs inside a clean Debian 13 root (made by ./dev, no -dev packages) after the package is
# installed there with apt: the three programs start from /usr/bin as a user would run them,
# and the app runs a few seconds against the installed emulator. Exit status 0 = passed.
set -eu

fail() { echo "installed-smoke: FAILED: $*" >&2; exit 1; }
step() { echo "installed-smoke: $*" >&2; }

step "files the package put in place"
for f in /usr/bin/pokee-desktop /usr/bin/pokee /usr/bin/pokee-emulator \
         /usr/share/applications/ai.pokee.Desktop.desktop /usr/share/metainfo/ai.pokee.Desktop.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/ai.pokee.Desktop.svg \
         /usr/share/icons/hicolor/48x48/apps/ai.pokee.Desktop.png \
         /usr/share/icons/hicolor/256x256/apps/ai.pokee.Desktop.png; do
  [ -e "$f" ] || fail "$f is missing"
done

step "the command palette's module, and every library it needs (the package's Depends)"
module=$(ls /usr/lib/pokee-desktop/pokee-commandbar.so /usr/lib/*/pokee-desktop/pokee-commandbar.so 2>/dev/null | head -1)
[ -n "$module" ] || fail "pokee-commandbar.so is missing"
missing=$(ldd "$module" | grep "not found" || true)
[ -z "$missing" ] || fail "the command palette's module lacks: $missing"

step "pokee-desktop --version"
out=$(QT_QPA_PLATFORM=offscreen pokee-desktop --version) || fail "pokee-desktop --version exited $?"
echo "$out" | grep -q "Pokee Desktop [0-9]" || fail "pokee-desktop --version printed: $out"
step "pokee --version"
out=$(pokee --version) || fail "pokee --version exited $?"
echo "$out" | grep -q "pokee [0-9]" || fail "pokee --version printed: $out"
step "pokee-emulator --help"
pokee-emulator --help | grep -q -- "--port" || fail "pokee-emulator --help does not list --port"

export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"

step "the installed emulator answers the installed CLI"
pokee-emulator --port 0 --key smoke-key > "$HOME/emulator.url" 2> "$HOME/emulator.log" &
emulator=$!
trap 'kill $emulator 2>/dev/null || true' EXIT
i=0
while [ ! -s "$HOME/emulator.url" ]; do
  i=$((i + 1)); [ $i -lt 100 ] || fail "the emulator printed no address: $(cat "$HOME/emulator.log")"
  sleep 0.1
done
export POKEE_API=$(head -1 "$HOME/emulator.url") POKEE_KEY=smoke-key
pokee sessions create > "$HOME/session.txt" || fail "pokee sessions create failed"
session=$(head -1 "$HOME/session.txt")
pokee send "$session" "Hello from the package test" > "$HOME/turn.txt" || fail "pokee send failed"
[ -s "$HOME/turn.txt" ] || fail "the turn printed nothing"

step "pokee-desktop runs offscreen against it for 5 s"
set +e
QT_QPA_PLATFORM=offscreen timeout 5 pokee-desktop > "$HOME/app.log" 2>&1
status=$?
set -e
kill "$emulator" 2>/dev/null || true
# timeout's 124 means the app was still running after 5 s, as it should be.
[ $status -eq 124 ] || { cat "$HOME/app.log" >&2; fail "pokee-desktop exited with $status within 5 s"; }
if grep -Ei "cannot load|could not load|not loaded|not found|fatal|^pokee-desktop: " "$HOME/app.log" >&2; then
  fail "pokee-desktop reported a missing library or plugin, or could not open its profile"
fi
# A positive sign that it came up on the profile: its journal for the Environment profile.
journals=$(find "$HOME/.local/share/pokee-desktop/journals" -name '*.sqlite' 2>/dev/null | wc -l)
[ "$journals" -ge 1 ] || { cat "$HOME/app.log" >&2; fail "pokee-desktop wrote no journal: it did not open its profile"; }
step "passed"
