#!/usr/bin/env bash
# How long `./jixiao serve` takes to answer /actuator/health, in a new empty folder (so the demo is loaded):
#   bench/startup/serve-startup.sh [--fresh-clone]
# --fresh-clone clones the repository into a temporary folder first, so the time includes the first build (Maven's
# local repository as it is: the dependencies already downloaded). Prints one line: seconds to up.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 20000))
if [ "${1:-}" = --fresh-clone ]; then
  git clone -q "$repo" "$work/jixiao"
  repo="$work/jixiao"
fi
mkdir "$work/data"
cd "$work/data"
start=$(date +%s.%N)
"$repo/jixiao" serve --port "$port" >"$work/serve.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
end=$(date +%s.%N)
printf '%s up in %.1f s (load average before: %s)\n' "$([ "${1:-}" = --fresh-clone ] && echo 'fresh clone, first build:' || echo 'built:')" \
  "$(echo "$end - $start" | bc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
