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
# The suite talks to 127.0.0.1 only, and ImportScope follows the system's proxy settings: a proxy of the
# machine's must not come between (the proxy tests set their own, tests/tls/tst_proxy.cpp).
unset http_proxy https_proxy all_proxy no_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY NO_PROXY
export LSAN_OPTIONS="suppressions=$(cd "$(dirname "$0")" && pwd)/lsan.supp:${LSAN_OPTIONS:-}"

dbus-run-session -- bash -c '
  printf importscope-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  ctest --test-dir "$0" --output-on-failure --timeout 600 "$@"
' "$build" "$@"
