#!/usr/bin/env bash
# jixiao's PDF and workbook export against LibreOffice on the same tables, side by side in one run (issue 17).
#   bench/office/export-vs-libreoffice.sh [TABLES] [WORK-DIR]      (default 100 tables, a temporary folder)
# Needs bench/target/benchmarks.jar (./mvnw -q -pl cli,bench -am package -DskipTests) and soffice
# (libreoffice-calc-nogui). jixiao runs as users run it, ./jixiao (JIXIAO=another/jixiao to time another build). Each command is timed whole by /usr/bin/time: wall and CPU (user + system of
# the process and its children, all cores). On a machine shared with other builds the CPU time is the figure to
# compare; the load average before and after is printed with the figures.
#   1. SyntheticTables writes TABLES tables as published text (seed 1);
#   2. jixiao exports them as one workbook and as one PDF (--one-workbook), after one untimed export that writes the
#      command's class-data archive (what every run after a user's first one uses);
#   3. LibreOffice converts that workbook to PDF, and re-saves it as a workbook (its own .xlsx writer on the same
#      sheets), each with a fresh profile of its own, started once beforehand so its first-run set-up is not timed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tables="${1:-100}"
work="${2:-$(mktemp -d -t jixiao-export-bench.XXXXXX)}"
mkdir -p "$work"/{jixiao-xlsx,jixiao-pdf,lo-pdf,lo-xlsx}
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 2; }
profile="file://$work/lo-profile"
jixiao="${JIXIAO:-$root/jixiao}"

java -cp "$root/bench/target/benchmarks.jar" org.jixiao.bench.SyntheticTables --tables "$tables" --out "$work/tables.txt" --seed 1
"$jixiao" export --format xlsx --one-workbook -o "$work/warm-up" "$work/tables.txt" >/dev/null 2>&1
"$jixiao" export --format pdf --one-workbook -o "$work/warm-up" "$work/tables.txt" >/dev/null 2>&1
# LibreOffice's first start in a new profile builds it (several seconds): done once here, untimed.
soffice "-env:UserInstallation=$profile" --headless --terminate_after_init >/dev/null 2>&1 || true

results="$work/results.tsv"
printf 'what\twall s\tcpu s (user+sys)\toutput bytes\n' > "$results"
timed() { # name output command...
  local name="$1" output="$2"; shift 2
  local t; t="$(mktemp)"
  /usr/bin/time -f '%e %U %S' -o "$t" "$@" >/dev/null 2>"$work/$name.log" || { echo "$name failed, see $work/$name.log" >&2; exit 1; }
  read -r wall user sys < "$t"; rm -f "$t"
  printf '%s\t%s\t%.2f\t%s\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$(stat -c %s "$output")" >> "$results"
}

echo "load before: $(uptime)"
timed jixiao-xlsx "$work/jixiao-xlsx/jixiao-tables.xlsx" \
  "$jixiao" export --format xlsx --one-workbook -o "$work/jixiao-xlsx" "$work/tables.txt"
timed jixiao-pdf "$work/jixiao-pdf/jixiao-tables.pdf" \
  "$jixiao" export --format pdf --one-workbook -o "$work/jixiao-pdf" "$work/tables.txt"
timed libreoffice-pdf "$work/lo-pdf/jixiao-tables.pdf" \
  soffice "-env:UserInstallation=$profile" --headless --convert-to pdf --outdir "$work/lo-pdf" "$work/jixiao-xlsx/jixiao-tables.xlsx"
timed libreoffice-xlsx "$work/lo-xlsx/jixiao-tables.xlsx" \
  soffice "-env:UserInstallation=$profile" --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work/lo-xlsx" "$work/jixiao-xlsx/jixiao-tables.xlsx"
echo "load after:  $(uptime)"

column -t -s $'\t' "$results"
figure() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n { print $c }' "$results"; }
ratios() { # label, column of results.tsv
  awk -v t="$tables" -v label="$1" -v jp="$(figure jixiao-pdf "$2")" -v lp="$(figure libreoffice-pdf "$2")" \
      -v jx="$(figure jixiao-xlsx "$2")" -v lx="$(figure libreoffice-xlsx "$2")" 'BEGIN {
    printf "per table (%s): jixiao PDF %.1f ms, LibreOffice PDF %.1f ms: %.1f x; jixiao workbook %.1f ms, LibreOffice PDF %.1f x, LibreOffice workbook %.1f x\n",
      label, 1000 * jp / t, 1000 * lp / t, lp / jp, 1000 * jx / t, lp / jx, lx / jx }'
}
ratios CPU 3
# what a user waits for on a machine doing nothing else: jixiao lays out and paints on every core, LibreOffice on one
ratios wall 2
echo "files in $work"
