#!/usr/bin/env bash
# The window read through the desktop's accessibility bus (AT-SPI), as a screen reader reads it:
# `tests/ui/atspi-walk.sh BUILD_DIR [LANG ...]` (default: en de hi). For each language the real
# `importscope --demo` runs under Xvfb with openbox, in a throwaway HOME and its own D-Bus session
# (the AT-SPI bus and registry start on demand, as on a desktop), with Qt's accessibility bridge on.
# tests/ui/atspi_walk.py then reads the main window and the export, profile and preferences dialogs over the
# bus and fails on a focusable control without a name, a combo box named only by its current
# choice, table cells that do not say their column, or a dialog without a title. What it read is in
# OUT/LANG/transcript.txt (OUT: a temporary directory unless set).
#
# Needs: xvfb-run, openbox, xdotool, dbus-run-session, at-spi2-core, python3-pyatspi. Not part of
# ctest (it needs X, a window manager and a session bus); .ci/run runs it after the suite.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

if [[ ${1:-} == --inner ]]; then
  lang=$2
  dir=$OUT/$lang
  rm -rf "$dir"
  mkdir -p "$dir/home"
  home=$dir/home
  app_pid=
  wm_pid=
  cleanup_inner() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n $wm_pid ]] && kill "$wm_pid" 2>/dev/null || true
  }
  trap cleanup_inner EXIT
  # shellcheck source=tests/ui/desktop-session.sh
  . "$here/desktop-session.sh"
  start_window_manager
  # What the walk needs of this language, as the catalogue the window loads has it: the toolbar
  # button's text, and the letters of Edit and Edit > Preferences.
  eval "$(python3 - "$lang" "$repo/translations/importscope_$lang.ts" <<'PY'
import os, re, shlex, sys, xml.etree.ElementTree as ET
lang, ts = sys.argv[1], sys.argv[2]
texts = {}
if lang != "en" and os.path.exists(ts):
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != "MainWindow":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                texts[message.findtext("source")] = translation.text
def text(source):
    return texts.get(source, source)
def letter(source):
    found = re.search(r"&([^&])", text(source).replace("&&", ""))
    return found.group(1).lower() if found else ""
plain = text("&Manage profiles…").replace("&&", "\0").replace("&", "").replace("\0", "&")
plain = re.sub(r"\(\)", "", plain)  # "…(&M)" in Hindi leaves "()"
print("manage=" + shlex.quote(plain))
print("edit_key=" + shlex.quote(letter("&Edit")))
print("preferences_key=" + shlex.quote(letter("&Preferences…")))
PY
  )"
  launch_in_home "$home" "$dir/app.log" IMPORTSCOPE_LANG="$lang" QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 \
    -- "$BUILD/importscope" --demo
  /usr/bin/python3 "$here/atspi_walk.py" importscope "$app_pid" "$dir/transcript.txt" "$manage" "$edit_key" \
    "$preferences_key"
  exit $?
fi

build=$(cd "${1:?usage: tests/ui/atspi-walk.sh BUILD_DIR [LANG ...]}" && pwd)
shift
langs=("$@")
((${#langs[@]})) || langs=(en de hi)
for tool in xvfb-run Xvfb openbox xdotool xprop dbus-run-session timeout; do
  command -v "$tool" >/dev/null || { echo "atspi-walk: $tool is missing" >&2; exit 2; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "atspi-walk: python3-pyatspi is missing" >&2; exit 2; }
[[ -x $build/importscope ]] || { echo "atspi-walk: no $build/importscope (build it first)" >&2; exit 2; }

OUT=${OUT:-$(mktemp -d /tmp/atspi-walk.XXXXXX)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
export BUILD=$build OUT
failed=()
for lang in "${langs[@]}"; do
  if timeout --kill-after=10 120 dbus-run-session -- \
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash "$0" --inner "$lang" 2>"$OUT/$lang.stderr"; then
    echo "atspi-walk $lang: PASS ($(sed -n 's/^controls read: //p' "$OUT/$lang/transcript.txt") controls read; $OUT/$lang/transcript.txt)"
  else
    failed+=("$lang")
    echo "atspi-walk $lang: FAIL ($OUT/$lang/transcript.txt)" >&2
    grep -v '^dbus-daemon\|SpiRegistry' "$OUT/$lang.stderr" >&2 || true
  fi
done
((${#failed[@]} == 0)) || { echo "atspi-walk: failed in ${failed[*]}" >&2; exit 1; }
