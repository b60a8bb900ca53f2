#!/usr/bin/env bash
# How history-v1.sqlite was made: by the last release that wrote schema version 1 (commit 57e6d25),
# against its demo server on a fixed port and anchor, so tst_storemigration can check that an upgrade
# loses nothing. Each line of queries.txt is one export's arguments; expected/N.out is what that
# release's `export --cached` printed for it. Not run by the suite; kept to say where the file came from.
#   make-fixture.sh PATH/TO/v1/importscope
set -euo pipefail
v1=${1:?usage: make-fixture.sh V1_IMPORTSCOPE}
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$scratch"' EXIT
"$v1" demo-server --port 47613 --anchor 2026-11-01 --rate 0/60 >"$scratch/server.out" &
server=$!
sleep 1
export XDG_DATA_HOME=$scratch/data MOE_API_KEY=demo-data-api-key-0123456789
connection=(--base-url http://127.0.0.1:47613 --workspace-id DEMO0WORKSPACE)
mkdir -p "$here/expected"
n=0
while IFS= read -r line; do
  [ -n "$line" ] || continue
  n=$((n + 1))
  eval "args=($line)"
  "$v1" export "${connection[@]}" "${args[@]}" --incremental -o "$scratch/out.csv" --quiet
  "$v1" export "${connection[@]}" "${args[@]}" --cached --quiet >"$here/expected/$n.out"
done <"$here/queries.txt"
cp "$scratch/data/ImportScope/history.sqlite" "$here/history-v1.sqlite"
