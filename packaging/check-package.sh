#!/usr/bin/env bash
# Builds the .deb in BUILD_DIR, validates its metadata, installs it with apt, runs the INSTALLED
# program (--version, the man page, and an export against its own demo server), then removes it
# and checks that it is gone. For CI (as root) and for anyone about to publish a package.
#
# usage: packaging/check-package.sh BUILD_DIR
# BUILD_DIR is a configured CMake build directory of this project; it is built first (incremental).
# Safe to run again: a previously installed importscope package is removed first.
# Exits non-zero with a line starting "check-package: FAIL:" on the first failure.
set -euo pipefail

usage="usage: packaging/check-package.sh BUILD_DIR"
build_dir=${1:?$usage}
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app_id=io.importscope.ImportScope

step() { echo "check-package: $*"; }
note() { echo "check-package: NOTE: $*"; }
fail() { echo "check-package: FAIL: $*" >&2; exit 1; }

[ -f "$build_dir/CMakeCache.txt" ] || fail "$build_dir is not a configured CMake build directory ($usage)"
build_dir=$(cd "$build_dir" && pwd)
for tool in cmake cpack dpkg-deb apt-get desktop-file-validate appstreamcli lintian man python3; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (run packaging/install-deps.sh)"
done
root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "installing the package needs root or sudo"
  root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# The installed program runs with a throwaway home, so a run as root leaves no settings behind.
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
# An array, not a function: a function started with & runs in a subshell, and $! would then be
# the subshell's PID rather than the server's.
run_app=(env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_RUNTIME_DIR="$work/runtime"
  QT_QPA_PLATFORM=offscreen)

# --- 1. the package ---------------------------------------------------------------------------
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake" 2>/dev/null || true)
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build_dir/CPackConfig.cmake: is packaging/ configured?"
arch=$(dpkg --print-architecture)
deb=$build_dir/importscope_${version}_${arch}.deb
step "building $build_dir"
cmake --build "$build_dir" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; fail "the build failed"; }
rm -f "$build_dir"/importscope_*.deb
step "cpack -G DEB (version $version from CMake)"
(cd "$build_dir" && cpack -G DEB) >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
[ -f "$deb" ] || fail "cpack did not write $(basename "$deb"); it wrote: $(cd "$build_dir" && ls ./*.deb 2>/dev/null)"
step "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for dep in qt6-qpa-plugins libsecret-1-0 libqt6sql6-sqlite libqt6core6 libc6; do
  grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
for rec in fonts-noto-core qt6-translations-l10n; do
  grep -Eq "(^|, )$rec( |,|$)" <<<"$recommends" || fail "Recommends lacks $rec: $recommends"
done
step "Depends: $depends"
step "Recommends: $recommends"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents.txt"
expected=(/usr/bin/importscope
  "/usr/share/applications/$app_id.desktop"
  "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/man/man1/importscope.1.gz
  /usr/share/doc/importscope/copyright
  /usr/share/doc/importscope/changelog.gz)
for size in 16 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
  grep -qx -- "$path" "$work/contents.txt" || fail "the package lacks $path"
done
dpkg-deb -x "$deb" "$work/tree"
for size in 16 24 32 48 64 128 256; do
  png=$work/tree/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done
step "contents: binary, desktop entry, metainfo, SVG + 7 PNG icons, man page, copyright, change log"

# --- 2. metadata validators -------------------------------------------------------------------
desktop_out=$(desktop-file-validate "$source_dir/packaging/$app_id.desktop" 2>&1) ||
  fail "desktop-file-validate: $desktop_out"
# It exits 0 on warnings; only hints are acceptable.
if grep -Eq '(error|warning):' <<<"$desktop_out"; then fail "desktop-file-validate: $desktop_out"; fi
step "desktop-file-validate: OK${desktop_out:+ ($desktop_out)}"
appstreamcli validate --no-net "$source_dir/packaging/$app_id.metainfo.xml" >"$work/appstream.txt" 2>&1 ||
  { cat "$work/appstream.txt" >&2; fail "appstreamcli validate --no-net"; }
# The installed tree together: metainfo, desktop entry and icons as a software centre sees them.
appstreamcli validate-tree --no-net "$work/tree" >>"$work/appstream.txt" 2>&1 ||
  { cat "$work/appstream.txt" >&2; fail "appstreamcli validate-tree --no-net"; }
step "appstreamcli validate --no-net and validate-tree: OK"
# lintian, as Debian's archive would run it: errors fail, warnings and the rest are reported.
# (It exits non-zero on errors; its notice about running as root is not a finding.)
lintian_status=0
lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || lintian_status=$?
grep -v 'running with root privileges is not recommended' "$work/lintian.txt" >"$work/lintian-findings.txt" || true
if [ "$lintian_status" -ne 0 ] || grep -q '^E: ' "$work/lintian-findings.txt"; then
  cat "$work/lintian-findings.txt" >&2
  fail "lintian reports errors on $(basename "$deb") (exit $lintian_status)"
fi
if [ -s "$work/lintian-findings.txt" ]; then
  while read -r line; do note "lintian: $line"; done <"$work/lintian-findings.txt"
fi
step "lintian: no errors ($(grep -c '^W: ' "$work/lintian-findings.txt" || true) warnings)"
grep -oE 'docs/screenshots/[A-Za-z0-9._-]+\.png' "$source_dir/packaging/$app_id.metainfo.xml" |
  while read -r shot; do
    [ -f "$source_dir/$shot" ] || note "the metainfo names $shot, which is not in the repository yet"
  done

# --- 3. install -------------------------------------------------------------------------------
if dpkg-query -W -f='${Status}' importscope 2>/dev/null | grep -q "installed"; then
  step "removing the importscope package installed before"
  "${root[@]}" apt-get remove -y -qq importscope >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; fail "could not remove the earlier importscope package"; }
fi
step "apt-get install ./$(basename "$deb")"
# As a user would: apt resolves Depends and Recommends. It needs a path with a slash to read a file.
if ! (cd "$build_dir" && "${root[@]}" apt-get install -y -qq "./$(basename "$deb")") \
  >"$work/apt.log" 2>&1; then
  cat "$work/apt.log" >&2
  fail "apt-get install of the package failed (an 'Unable to locate' dependency may need apt-get update)"
fi
[ -x /usr/bin/importscope ] || fail "/usr/bin/importscope is not there after installing"

# --- 4. the installed program -----------------------------------------------------------------
out=$("${run_app[@]}" /usr/bin/importscope --version 2>&1) || fail "/usr/bin/importscope --version exited $?: $out"
[ "$out" = "importscope $version" ] || fail "/usr/bin/importscope --version printed '$out', expected 'importscope $version'"
step "/usr/bin/importscope --version: $out"

for path in "${expected[@]}"; do
  case "$path" in
    /usr/share/man/*|/usr/share/doc/*) ;;  # may be excluded by dpkg configuration: checked below
    *) [ -e "$path" ] || fail "$path is not there after installing" ;;
  esac
done

excluded=$(grep -rhsE '^[[:space:]]*path-exclude[[:space:]=]+/usr/share/man' /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/ || true)
if [ -n "$excluded" ]; then
  note "this system's dpkg configuration drops man pages ($excluded in /etc/dpkg/dpkg.cfg.d/):"
  note "'man importscope' cannot work here; skipped the man -w check (the page is in the package)"
else
  manpath=$(man -w importscope 2>&1) || fail "man -w importscope: $manpath"
  [ "$manpath" = /usr/share/man/man1/importscope.1.gz ] || fail "man -w importscope found $manpath"
  step "man -w importscope: $manpath"
  "$source_dir/packaging/check-manpage.sh" /usr/bin/importscope "$manpath" || fail "the installed man page does not match --help"
fi

# --- 5. an export against the installed demo server -------------------------------------------
if ! "${run_app[@]}" /usr/bin/importscope demo-server --help >/dev/null 2>&1; then
  note "SKIPPED the export check: this build has no 'importscope demo-server' (its --help does not exit 0)"
else
  step "starting /usr/bin/importscope demo-server --port 0"
  "${run_app[@]}" /usr/bin/importscope demo-server --port 0 >"$work/server.out" 2>"$work/server.err" &
  server_pid=$!
  for _ in $(seq 1 100); do
    grep -q '^key=' "$work/server.out" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || fail "demo-server exited early: $(cat "$work/server.err")"
    sleep 0.1
  done
  url=$(sed -n 's/^url=//p' "$work/server.out")
  workspace=$(sed -n 's/^workspace=//p' "$work/server.out")
  key=$(sed -n 's/^key=//p' "$work/server.out")
  if [ -z "$url" ] || [ -z "$workspace" ] || [ -z "$key" ]; then
    fail "demo-server did not print url=, workspace= and key= lines within 10 s: $(cat "$work/server.out" "$work/server.err")"
  fi
  url=${url%/}
  step "demo server at $url, workspace $workspace"

  "${run_app[@]}" MOE_API_KEY="$key" /usr/bin/importscope imports --base-url "$url" --workspace-id "$workspace" \
    --format json >"$work/imports.json" 2>"$work/imports.err" ||
    fail "importscope imports exited $?: $(cat "$work/imports.err")"
  name=$(python3 -c 'import json,sys; imports=json.load(open(sys.argv[1])); print(imports[0]["import_name"] if imports else "")' \
    "$work/imports.json") || fail "importscope imports --format json printed no JSON array: $(head -c 300 "$work/imports.json")"
  [ -n "$name" ] || fail "the demo workspace lists no imports"

  header='id,file_name,type,file_status,status_msg,scheduled_at,completed_at,file_size,total_rows,added_rows,updated_rows,skipped_rows,failed_rows,aux_data_added_count,aux_data_failed_count'
  "${run_app[@]}" MOE_API_KEY="$key" /usr/bin/importscope export --base-url "$url" --workspace-id "$workspace" \
    --import-name "$name" >"$work/export.csv" 2>"$work/export.err" ||
    fail "importscope export --import-name \"$name\" exited $?: $(cat "$work/export.err")"
  first=$(head -n 1 "$work/export.csv" | tr -d '\r')
  [ "$first" = "$header" ] || fail "the export's first line is not the CSV header: '$first'"
  records=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))) - 1)' \
    "$work/export.csv") || fail "the export is not readable CSV"
  step "export of \"$name\": CSV header and $records records"

  kill -TERM "$server_pid"
  for _ in $(seq 1 100); do
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -KILL "$server_pid"
    fail "demo-server was still running 10 s after SIGTERM"
  fi
  server_status=0
  wait "$server_pid" || server_status=$?
  server_pid=
  [ "$server_status" -eq 0 ] || fail "demo-server exited $server_status after SIGTERM, expected 0"
  step "demo server stopped cleanly"
fi

# --- 6. removal -------------------------------------------------------------------------------
"${root[@]}" apt-get remove -y -qq importscope >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log" >&2; fail "apt-get remove importscope failed"; }
[ ! -e /usr/bin/importscope ] || fail "/usr/bin/importscope is still there after apt-get remove"
for path in "${expected[@]}"; do
  [ ! -e "$path" ] || fail "$path is still there after apt-get remove"
done
status=$(dpkg-query -W -f='${Status}' importscope 2>/dev/null || true)
case "$status" in
  ""|*not-installed*) ;;
  *) fail "dpkg still records importscope as '$status' after removal" ;;
esac
step "removed: /usr/bin/importscope and every packaged file are gone"
step "OK: importscope $version packages, installs, runs and removes cleanly"
