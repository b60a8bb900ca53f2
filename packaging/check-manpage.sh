#!/usr/bin/env bash
# Checks the hand-written man page against the program: every long option that
# `importscope [SUBCOMMAND] --help` prints must appear in the rendered page, and the page must
# render without groff warnings. The page is written by hand (help2man cannot describe exit codes
# or a subcommand tree well); this check is what keeps it from drifting.
#
# usage: check-manpage.sh IMPORTSCOPE_BINARY MAN_PAGE (troff source, or .gz)
# The commands come from `importscope --commands`. A subcommand whose --help does not exit 0 is
# reported as skipped, not failed.
set -euo pipefail

binary=${1:?usage: check-manpage.sh IMPORTSCOPE_BINARY MAN_PAGE}
page=${2:?usage: check-manpage.sh IMPORTSCOPE_BINARY MAN_PAGE}
binary=$(realpath -- "$binary")
[ -x "$binary" ] || { echo "check-manpage: FAIL: $binary is not an executable" >&2; exit 1; }
[ -f "$page" ] || { echo "check-manpage: FAIL: no man page at $page" >&2; exit 1; }
command -v man >/dev/null || { echo "check-manpage: FAIL: man is not installed (package man-db)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# groff warnings (bad macros, lines it cannot break) go to stderr: any is a failure.
if ! LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" >"$work/page.txt" 2>"$work/warnings.txt"; then
  echo "check-manpage: FAIL: man cannot render $page:" >&2
  cat "$work/warnings.txt" >&2
  exit 1
fi
if [ -s "$work/warnings.txt" ]; then
  echo "check-manpage: FAIL: groff warnings in $page:" >&2
  cat "$work/warnings.txt" >&2
  exit 1
fi
for section in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" ENVIRONMENT; do
  grep -q "^$section" "$work/page.txt" || { echo "check-manpage: FAIL: no $section section" >&2; exit 1; }
done
# Options are looked up in the source with troff's \- turned back into -, not in the rendered
# text, where a line break could split them.
case "$page" in
  *.gz) gzip -dc "$page" ;;
  *) cat "$page" ;;
esac | sed -e 's/\\-/-/g' >"$work/plain.txt"

missing=0
checked=()
skipped=()
export QT_QPA_PLATFORM=offscreen
# Every command and action the program lists (its one registry, app/cli/Commands.cpp), and the top level.
mapfile -t subs < <(timeout 20 "$binary" --commands)
[ ${#subs[@]} -gt 0 ] || { echo "check-manpage: FAIL: 'importscope --commands' lists nothing" >&2; exit 1; }
for sub in "" "${subs[@]}"; do
  label=${sub:-"(top level)"}
  grep -q -- "${sub%% *}" "$work/plain.txt" || { echo "check-manpage: FAIL: the man page never names '$sub'" >&2; missing=1; }
  # shellcheck disable=SC2086 # an empty $sub must vanish, and "profile add" is two words
  if ! timeout 20 "$binary" $sub --help >"$work/help.txt" 2>/dev/null; then
    skipped+=("$label")
    continue
  fi
  checked+=("$label")
  while read -r option; do
    if ! grep -q -- "$option\b" "$work/plain.txt"; then
      echo "check-manpage: FAIL: 'importscope${sub:+ $sub} --help' lists $option, the man page does not" >&2
      missing=1
    fi
  done < <(grep -o -- '--[a-z][a-z0-9-]*' "$work/help.txt" | sort -u)
done

[ "$missing" -eq 0 ] || exit 1
echo "check-manpage: OK: options of ${checked[*]} are documented; page renders without warnings"
if [ ${#skipped[@]} -gt 0 ]; then
  echo "check-manpage: skipped (their --help does not exit 0 in this build): ${skipped[*]}"
fi
