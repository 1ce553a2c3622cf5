#!/usr/bin/env bash
# Opens the app on a real desktop -- Xvfb with a window manager (openbox) -- and checks that the main window and
# the claims window open at the size the app asks for. A bare Xvfb has no window manager and hides the JavaFX 21
# bug this guards against (JDK-8316423: every window opened at 200x200, nothing laid out).
#
#   installer/window-check.sh COMMAND [ARG...]     e.g.  installer/window-check.sh java -jar target/asylum-trends.jar
#
# Sizes asked for: main window 1600x1000 (AppPreferences' default, on a 1920x1080 screen it fits), claims window
# 1000x780 (ClaimsView). Each must come out within a window manager's decorations of that (client area at least
# 95 % of the width and 90 % of the height). Screenshots go to target/window-check/.
# Needs: Xvfb, openbox, xdotool, x11-utils (xwininfo); imagemagick (import) for the screenshots, if present.
set -euo pipefail
[ $# -gt 0 ] || { sed -n '2,10p' "$0"; exit 2; }

say()  { printf '[window-check] %s\n' "$*"; }
fail() { printf '[window-check] FAILED: %s\n' "$*" >&2; exit 1; }
for t in Xvfb openbox xdotool xwininfo; do command -v "$t" >/dev/null || fail "$t not found (apt-get install xvfb openbox xdotool x11-utils)"; done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/target/window-check"; mkdir -p "$out"
display=":$(( 90 + RANDOM % 9 ))"
home="$(mktemp -d)"   # fresh preferences: the default window size, not one saved by an earlier run
pids=()
# Ends what it started and waits for it: the app writes its preferences while it shuts down, and removing the
# folder under it would fail. Never changes the script's exit status.
cleanup() {
  local rc=$?
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$home" 2>/dev/null || true
  exit "$rc"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >"$out/xvfb.log" 2>&1 & pids+=($!)
for _ in $(seq 50); do DISPLAY="$display" xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
DISPLAY="$display" openbox >"$out/openbox.log" 2>&1 & pids+=($!)
sleep 1
pgrep -x openbox >/dev/null || fail "openbox did not start (log: $out/openbox.log)"

DISPLAY="$display" HOME="$home" JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$home/prefs -Duser.home=$home" \
  "$@" >"$out/app.log" 2>&1 &
pids+=($!)
app=$!

# The window of a given title once it is mapped and the app has laid it out (its size settles).
window_of() {
  local name="$1" id=""
  for _ in $(seq 600); do
    kill -0 "$app" 2>/dev/null || fail "the app exited (log: $out/app.log)"
    id="$(DISPLAY="$display" xdotool search --onlyvisible --name "$name" 2>/dev/null | head -n 1 || true)"
    [ -n "$id" ] && break
    sleep 0.1
  done
  [ -n "$id" ] || fail "no visible window named '$name' within 60 s (log: $out/app.log)"
  sleep 2
  echo "$id"
}
size_of() { DISPLAY="$display" xwininfo -id "$1" | awk '/Width:/ {w=$2} /Height:/ {h=$2} END {print w, h}'; }
check() {  # name id want_w want_h
  local w h
  read -r w h < <(size_of "$2")
  say "$1: ${w}x${h} on screen, asked for $3x$4"
  command -v import >/dev/null && DISPLAY="$display" import -window root "$out/${1// /-}.png" 2>/dev/null || true
  [ "$w" -ge $(( $3 * 95 / 100 )) ] && [ "$w" -le "$3" ] && [ "$h" -ge $(( $4 * 90 / 100 )) ] && [ "$h" -le "$4" ] \
    || fail "$1 is ${w}x${h}, not the ${3}x${4} the app asked for"
}

main="$(window_of '^Asylum Trends')"
check "main window" "$main" 1600 1000
DISPLAY="$display" xdotool windowactivate --sync "$main" key --clearmodifiers ctrl+k
claims="$(window_of '^Claims check')"
check "claims window" "$claims" 1000 780
say "PASSED (screenshots in $out)"
