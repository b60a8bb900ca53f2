#!/usr/bin/env bash
# Installs exactly the Debian 12 packages that building, testing, screenshots and packaging need
# (docs/ARCHITECTURE.md, "Toolchain"). Skips apt entirely when everything is already there.
set -euo pipefail

build=(qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
  libqt6opengl6-dev qtkeychain-qt6-dev libqt6sql6-sqlite qt6-qpa-plugins cmake ninja-build g++)
tests=(dunst gnome-keyring libsecret-tools libsecret-1-0 dbus-daemon xvfb xauth x11-apps imagemagick file dpkg-dev
  curl python3 desktop-file-utils appstream help2man qt6-translations-l10n fonts-noto-core openbox x11-utils xdotool
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0)
# the real wire (tests/tls, tests/reliability/tst_h2hostile, tests/bench/bench_wire; docs/SECURITY.md):
# certificates made with openssl, nghttpx as a TLS + HTTP/2 front end, tinyproxy as an HTTP proxy with
# CONNECT, and python3-h2 for a hostile HTTP/2 server.
wire=(openssl ca-certificates nghttp2-proxy tinyproxy python3-h2 python3-hpack python3-hyperframe)
# monitoring (tests/cli/tst_checkcommand, docs/MONITORING.md): promtool, from Debian's prometheus,
# checks what `importscope check --prometheus` writes.
monitoring=(prometheus)
# packaging: PNG icons are rendered from the SVG with rsvg-convert; check-package.sh needs man -w
# and runs lintian on the package.
packaging=(librsvg2-bin man-db lintian)
# fuzzing (tests/fuzz/run-fuzz.sh, docs/SECURITY.md): clang with libFuzzer and its sanitizer runtimes.
fuzz=(clang-14 libclang-rt-14-dev libfuzzer-14-dev pkg-config)
packages=("${build[@]}" "${tests[@]}" "${wire[@]}" "${monitoring[@]}" "${packaging[@]}" "${fuzz[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
