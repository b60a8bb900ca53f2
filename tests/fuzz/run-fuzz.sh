#!/usr/bin/env bash
# Builds the fuzz target with clang, libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer and
# runs it for SECONDS (default 60) over tests/fuzz/corpus (docs/SECURITY.md, "Fuzzing"). The main
# build uses g++; this compiles only the core sources the targets need, apart, into BUILD_DIR
# (default build-fuzz). Exits non-zero on any crash, leak, sanitizer finding or timeout; the input
# that caused it is left in BUILD_DIR/artifacts — add it to tests/fuzz/corpus once fixed.
#   tests/fuzz/run-fuzz.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-60}"
out="${2:-$root/build-fuzz}"
cxx="${FUZZ_CXX:-$(command -v clang++-14 || command -v clang++)}"
mkdir -p "$out/artifacts" "$out/corpus"

qt_flags=$(pkg-config --cflags Qt6Core)
qt_libs=$(pkg-config --libs Qt6Core)
sources=(
  "$here/fuzz_main.cpp" "$here/FuzzTargets.cpp"
  "$root/app/api/ResponseParser.cpp" "$root/app/api/FileRun.cpp" "$root/app/api/HistoryQuery.cpp"
  "$root/app/api/ApiError.cpp"
)
# Same defines as the main build (CMakeLists.txt, importscope_settings); -fPIC because Qt requires it.
"$cxx" -std=c++20 -g -O1 -fPIC -fno-omit-frame-pointer \
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_USE_QSTRINGBUILDER -DQT_NO_FOREACH -DQT_NO_KEYWORDS \
  $qt_flags -I"$root/app" -I"$root/app/api" -I"$here" \
  "${sources[@]}" $qt_libs -o "$out/fuzz_parser"

# New inputs go to BUILD_DIR/corpus; the stored corpus is read, never rewritten.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$out/fuzz_parser" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$out/corpus" "$here/corpus"
echo "run-fuzz: ${seconds} s, no crash"
