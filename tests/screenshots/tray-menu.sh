#!/usr/bin/env bash
# The watcher's tray icon and its menu, as a user on an X11 desktop with a tray sees them: Xvfb,
# openbox, trayer (an XEmbed system tray) and dunst, a throwaway home with watching on and the demo
# workspace last used. Waits for the first check to end (the board's first refresh fetches the demo
# in full at 50 requests a minute, then the watcher spends its 10 a minute), right-clicks the icon
# and saves the screen. Not run by ctest; needs trayer, xdotool and imagemagick besides
# packaging/install-deps.sh.
#   tests/screenshots/tray-menu.sh BUILD_DIR OUTPUT.png
set -euo pipefail
build=$(realpath "$1")
out=$(realpath -m "$2")
home=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$home"' EXIT
mkdir -p "$home/.config/ImportScope"
printf '[ui]\nlastProfile=demo\n[watch]\nenabled=true\n' >"$home/.config/ImportScope/ImportScope.conf"
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox &
dunst &
trayer --edge top --align right --widthtype request --height 28 --SetDockType true \
    --SetPartialStrut true --transparent false --tint 0x303030 &
sleep 1
"$build/importscope" &
# Nothing outside the process tells when the first check has ended: wait about as long as it takes.
sleep "${TRAY_WAIT_SECONDS:-200}"
xdotool mousemove 1267 14 click 3
sleep 1.5
import -window root "$out"
echo "$out"
