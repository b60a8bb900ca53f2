#!/usr/bin/env bash
# Runs the whole suite the way CI does: offscreen, in a throwaway HOME with its own D-Bus session and
# an unlocked gnome-keyring, so keychain tests use the real Secret Service without touching the
# user's own keyring (docs/ARCHITECTURE.md, "Toolchain").
#   tests/run-tests.sh BUILD_DIR [extra ctest arguments]
set -euo pipefail
build=${1:?usage: tests/run-tests.sh BUILD_DIR [ctest args]}
shift
build=$(cd "$build" && pwd)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/runtime" "$scratch/.local/share" "$scratch/.config"
chmod 700 "$scratch/runtime"

export HOME=$scratch XDG_DATA_HOME=$scratch/.local/share XDG_CONFIG_HOME=$scratch/.config
export XDG_RUNTIME_DIR=$scratch/runtime QT_QPA_PLATFORM=offscreen
export LSAN_OPTIONS="suppressions=$(cd "$(dirname "$0")" && pwd)/lsan.supp:${LSAN_OPTIONS:-}"

dbus-run-session -- bash -c '
  printf importscope-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$0" --output-on-failure --timeout 600 "$@"
' "$build" "$@"
