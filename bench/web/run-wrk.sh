#!/usr/bin/env bash
# The web application's figures in BENCHMARKS.md: wrk against a running server on the generated database.
#
#   bench/web/run-wrk.sh [BASE_URL]          (default http://localhost:8080; run from the repository root)
#
# Environment: DURATION (30s), WARMUP (20s of every scenario first, not reported: the JIT), CONNECTIONS ("4 32": each
# scenario at each), SCENARIOS (all: "api-list api-read page-list page-evaluation api-save api-recheck page-recheck
# page-overview api-declarations page-declarations page-declaration page-monitoring"; trivial always runs, for the ratio), THREADS (2), OUT (bench/web/target, where
# the generator wrote tokens.env and ids-province.txt), PGHOST/PGPORT/PGUSER/PGDATABASE for psql (the editable ids
# and their current versions are read just before the save run, since every save moves a version on).
set -euo pipefail
BASE=${1:-http://localhost:8080}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-4 32}
THREADS=${THREADS:-2}
SCENARIOS=" ${SCENARIOS:-api-list api-read page-list page-evaluation api-save api-recheck page-recheck page-overview api-declarations page-declarations page-declaration page-monitoring} "
OUT=${OUT:-bench/web/target}
export BENCH_WEB=${BENCH_WEB:-bench/web}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-jixiao_bench}
# shellcheck disable=SC1091
source "$OUT/tokens.env"

# a session for the pages: the login form's CSRF token, then the form post; the cookie goes in as a header
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -fsS -c "$jar" -b "$jar" -o /dev/null -d "username=bench-province&password=${BENCH_PASSWORD:-bench-password}&_csrf=$csrf" "$BASE/login"
session="Cookie: $(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$jar" | tail -n 1)"
province="Authorization: Bearer $TOKEN_PROVINCE"
admin="Authorization: Bearer $TOKEN_ADMIN"

editable() {
  psql -Atq -F ' ' -c "SELECT e.id, e.version FROM evaluation e JOIN organisation o ON o.id = e.organisation_id
      JOIN app_user u ON u.username = 'bench-province' JOIN organisation p ON p.id = u.organisation_id
      WHERE o.path LIKE p.path || '%' AND e.status IN ('DRAFT', 'RETURNED') ORDER BY e.id" > "$OUT/ids-editable.txt"
}

run() { # name connections duration wrk-arguments...
  local name=$1 c=$2 d=$3
  shift 3
  [[ $name == trivial || $SCENARIOS == *" $name "* ]] || return 0
  local line
  line=$(wrk -t"$THREADS" -c"$c" -d"$d" --timeout 10s "$@" | grep '^RESULT')
  echo "$name c=$c $line"
}

scenarios() { # connections duration
  run trivial "$1" "$2" -s "$BENCH_WEB/get.lua" "$BASE/actuator/health"
  run api-list "$1" "$2" -H "$province" -s "$BENCH_WEB/list.lua" "$BASE" -- /api/evaluations
  run api-read "$1" "$2" -H "$province" -s "$BENCH_WEB/ids.lua" "$BASE" -- "$OUT/ids-province.txt" /api/evaluations/%d
  run page-list "$1" "$2" -H "$session" -s "$BENCH_WEB/list.lua" "$BASE" -- /evaluations
  run page-evaluation "$1" "$2" -H "$session" -s "$BENCH_WEB/ids.lua" "$BASE" -- "$OUT/ids-province.txt" /evaluations/%d
  run api-recheck "$1" "$2" -H "$province" -s "$BENCH_WEB/recheck.lua" "$BASE" -- /api/recheck
  run page-recheck "$1" "$2" -H "$session" -s "$BENCH_WEB/recheck.lua" "$BASE" -- /recheck
  run page-overview "$1" "$2" -H "$session" -s "$BENCH_WEB/recheck.lua" "$BASE" -- /overview
  run api-declarations "$1" "$2" -H "$province" -s "$BENCH_WEB/list.lua" "$BASE" -- /api/declarations
  run page-declarations "$1" "$2" -H "$session" -s "$BENCH_WEB/list.lua" "$BASE" -- /declarations
  run page-declaration "$1" "$2" -H "$session" -s "$BENCH_WEB/ids.lua" "$BASE" -- "$OUT/ids-declarations-province.txt" /declarations/%d
  run page-monitoring "$1" "$2" -H "$session" -s "$BENCH_WEB/monitoring.lua" "$BASE" -- /monitoring
  [[ $SCENARIOS != *" api-save "* ]] || editable
  run api-save "$1" "$2" -H "$admin" -s "$BENCH_WEB/save.lua" "$BASE" -- "$OUT/ids-editable.txt" "$THREADS"
}

scenarios 4 "$WARMUP" > /dev/null
echo "# $(date -u +%FT%TZ) $BASE, $DURATION per run, $THREADS wrk threads"
for c in $CONNECTIONS; do
  scenarios "$c" "$DURATION"
done | tee "$OUT/wrk-$(date +%Y%m%d-%H%M%S).txt" | awk '
  { printf "%s\n", $0; fflush() }
  $1 == "trivial" { split($5, r, "="); base[$2] = r[2] }
  { split($5, r, "="); if ($1 != "trivial" && base[$2] > 0) printf "  %s %s: %.1f × fewer requests/s than the trivial endpoint\n", $1, $2, base[$2] / r[2] }'
