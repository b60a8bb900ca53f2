#!/usr/bin/env bash
# How history-v2.sqlite was made: by the last build that wrote schema version 2 (commit c61d3a3),
# against its demo server on a fixed port and anchor, so tst_storemigration can check that the upgrade
# to version 3 (the watcher's `notified` table) loses nothing. Each line of queries.txt is one
# export's arguments; expected/N.out is what that build's `export --cached` printed for it. Not run by
# the suite; kept to say where the file came from.
#   make-fixture.sh PATH/TO/v2/importscope
set -euo pipefail
v2=${1:?usage: make-fixture.sh V2_IMPORTSCOPE}
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$scratch"' EXIT
"$v2" demo-server --port 47614 --anchor 2026-11-01 --rate 0/60 >"$scratch/server.out" &
server=$!
sleep 1
export XDG_DATA_HOME=$scratch/data MOE_API_KEY=demo-data-api-key-0123456789
connection=(--base-url http://127.0.0.1:47614 --workspace-id DEMO0WORKSPACE)
mkdir -p "$here/expected"
n=0
while IFS= read -r line; do
  [ -n "$line" ] || continue
  n=$((n + 1))
  eval "args=($line)"
  "$v2" export "${connection[@]}" "${args[@]}" --incremental -o "$scratch/out.csv" --quiet
  "$v2" export "${connection[@]}" "${args[@]}" --cached --quiet >"$here/expected/$n.out"
done <"$here/queries.txt"
"$v2" store info >/dev/null 2>&1 || true
cp "$scratch/data/ImportScope/history.sqlite" "$here/history-v2.sqlite"
