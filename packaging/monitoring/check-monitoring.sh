#!/usr/bin/env bash
# Checks the monitoring set-up files (docs/MONITORING.md) with the tools that read them: the systemd
# service and timer with systemd-analyze verify (against the built binary and man page, as installed
# they would name /usr/bin/importscope), the Prometheus rules with promtool check rules and their
# expressions with promtool test rules, and the Icinga and Nagios definitions for the options the
# program really has.
# usage: check-monitoring.sh IMPORTSCOPE_BINARY MAN_PAGE_GZ
set -euo pipefail
binary=$(realpath -- "${1:?usage: check-monitoring.sh IMPORTSCOPE_BINARY MAN_PAGE_GZ}")
manpage=$(realpath -- "${2:?usage: check-monitoring.sh IMPORTSCOPE_BINARY MAN_PAGE_GZ}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in systemd-analyze promtool man; do
  command -v "$tool" >/dev/null || { echo "check-monitoring: FAIL: $tool is missing (packaging/install-deps.sh)" >&2; exit 1; }
done

mkdir -p "$work/units" "$work/man/man1"
cp "$manpage" "$work/man/man1/importscope.1.gz"
for unit in importscope-check.service importscope-check.timer; do
  sed "s|/usr/bin/importscope|$binary|g" "$here/$unit" > "$work/units/$unit"
done
# System mode: a user manager is not running in CI; the unit's syntax and commands are the same.
if ! MANPATH="$work/man" systemd-analyze verify "$work/units/importscope-check.service" \
    "$work/units/importscope-check.timer" >"$work/verify.txt" 2>&1 || [ -s "$work/verify.txt" ]; then
  echo "check-monitoring: FAIL: systemd-analyze verify:" >&2
  cat "$work/verify.txt" >&2
  exit 1
fi

(cd "$here" && promtool check rules importscope-rules.yml && promtool test rules importscope-rules.test.yml) \
  >"$work/promtool.txt" 2>&1 || { echo "check-monitoring: FAIL: promtool:" >&2; cat "$work/promtool.txt" >&2; exit 1; }

# Every option the Icinga, Nagios and systemd files pass is one `importscope check` takes.
help=$("$binary" check --help)
for option in $(grep -hvE '^\s*(#|//)' "$here/icinga2-importscope.conf" "$here/nagios-importscope.cfg" \
    "$here/importscope-check.service" | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
  case "$option" in --collector*) continue ;; esac
  grep -q -- "$option" <<<"$help" || { echo "check-monitoring: FAIL: importscope check has no $option" >&2; exit 1; }
done
echo "check-monitoring: systemd units, Prometheus rules and plug-in definitions are valid"
