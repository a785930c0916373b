#!/bin/sh
# Giliran kiosk / board launcher for Linux PCs (Debian/Ubuntu, a desktop session that logs in by
# itself). Opens Chromium full screen on the hub's page and opens it again whenever it is closed
# or crashes. Start it from the session's autostart (see docs/kiosk-pc.md).
#
#   giliran-screen.sh kiosk http://HUB:3000          touch kiosk (/kiosk/)
#   giliran-screen.sh board http://HUB:3000          waiting-room board with voice (/board/)
#   giliran-screen.sh board http://HUB:3000 '?services=kunjungan'   a room's own board
#
# Environment: CHROMIUM (browser binary; found automatically), GILIRAN_PROFILE (browser profile
# folder, default ~/.config/giliran-<mode>), GILIRAN_MAX_RESTARTS (0 = for ever; for tests).
set -u

MODE="${1:-}"
HUB="${2:-}"
QUERY="${3:-}"
case "$MODE" in
  kiosk|board|counter) ;;
  *) echo "usage: $0 kiosk|board|counter http://HUB:3000 [?query]" >&2; exit 2 ;;
esac
[ -n "$HUB" ] || { echo "usage: $0 $MODE http://HUB:3000 (the hub's address is missing)" >&2; exit 2; }
URL="${HUB%/}/$MODE/$QUERY"

BROWSER="${CHROMIUM:-}"
if [ -z "$BROWSER" ]; then
  for b in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$b" >/dev/null 2>&1; then BROWSER="$b"; break; fi
  done
fi
[ -n "$BROWSER" ] || { echo "Chromium not found: sudo apt-get install -y chromium" >&2; exit 1; }

PROFILE="${GILIRAN_PROFILE:-$HOME/.config/giliran-$MODE}"
mkdir -p "$PROFILE"

# The screen never sleeps or blanks (X11 sessions; Wayland sessions set this in their settings).
if [ -n "${DISPLAY:-}" ] && command -v xset >/dev/null 2>&1; then
  xset s off 2>/dev/null; xset s noblank 2>/dev/null; xset -dpms 2>/dev/null
fi

# Flags: full screen with no way out by gesture, no first-run or restore dialogs, no translate
# bar, no update nags; the board may play sound without a tap.
FLAGS="--kiosk --no-first-run --no-default-browser-check --noerrdialogs --disable-infobars
  --disable-session-crashed-bubble --disable-features=Translate,TranslateUI --disable-translate
  --overscroll-history-navigation=0 --disable-pinch --check-for-update-interval=31536000
  --password-store=basic --user-data-dir=$PROFILE"
[ "$MODE" = board ] && FLAGS="$FLAGS --autoplay-policy=no-user-gesture-required"
[ "$MODE" = kiosk ] && FLAGS="$FLAGS --touch-events=enabled"

restarts=0
while :; do
  # Wait for the hub (after a power cut the kiosk PC may boot before it).
  if command -v curl >/dev/null 2>&1; then
    i=0
    until curl -fsS -o /dev/null --max-time 3 "${HUB%/}/healthz"; do
      i=$((i + 1)); [ "$i" -ge 100 ] && break
      sleep 3
    done
  fi
  # A crash leaves "exited uncleanly" in the profile, which would show a restore bubble.
  sed -i 's/"exited_cleanly":false/"exited_cleanly":true/; s/"exit_type":"[A-Za-z]*"/"exit_type":"Normal"/' "$PROFILE/Default/Preferences" 2>/dev/null
  # shellcheck disable=SC2086
  "$BROWSER" $FLAGS "$URL"
  echo "giliran-screen: the browser closed (exit $?); opening it again" >&2
  restarts=$((restarts + 1))
  if [ "${GILIRAN_MAX_RESTARTS:-0}" -gt 0 ] && [ "$restarts" -ge "${GILIRAN_MAX_RESTARTS}" ]; then exit 0; fi
  sleep 2
done
