#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# pathway capacity on generated pathways of 1,000 and 10,000 steps (their
# re-referrals make loops of many steps), side by side with xmllint --noout
# reading the same file: each a separate process, reading its input. Medians
# of interleaved runs, wall-clock and CPU (user + system) seconds: on a
# loaded machine the CPU time is the one to read. BENCH_RUNS (5),
# BENCH_SIZES ("1000 10000").
set -euo pipefail
build="${1:-_build}"
runs="${BENCH_RUNS:-5}"
sizes="${BENCH_SIZES:-1000 10000}"
pathway="$build/app/cli/pathway"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median () { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# Runs a command, appending "wall cpu" to the file $1.
timed () {
  local out=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/t" >> "$out"
}
wall () { cut -d' ' -f1 < "$1" | median; }
cpu () { cut -d' ' -f2 < "$1" | median; }

have_xmllint=1
command -v xmllint >/dev/null || { have_xmllint=0; echo "xmllint is not installed: nothing to compare with"; }
printf '%6s  %10s %10s %10s %10s %10s %10s %9s\n' steps "text s" "text cpu" "csv s" "csv cpu" \
  "xmllint s" "xml cpu" "cpu ratio"
slowest=0
for n in $sizes; do
  "$pathway" generate --nodes "$n" --seed 1 -o "$work/in.pathway"
  : > "$work/text"; : > "$work/csv"; : > "$work/xmllint"
  for ((i = 0; i < runs; i++)); do
    timed "$work/text" "$pathway" capacity --referrals 10000 "$work/in.pathway"
    timed "$work/csv" "$pathway" capacity --referrals 10000 --format csv "$work/in.pathway"
    if [[ $have_xmllint == 1 ]]; then
      timed "$work/xmllint" xmllint --noout "$work/in.pathway"
    fi
  done
  text_t=$(wall "$work/text"); text_c=$(cpu "$work/text")
  csv_t=$(wall "$work/csv"); csv_c=$(cpu "$work/csv")
  if [[ $have_xmllint == 1 ]]; then
    xml_t=$(wall "$work/xmllint"); xml_c=$(cpu "$work/xmllint")
    if [[ $(echo "$xml_c > 0" | bc) == 1 ]]; then
      ratio=$(echo "scale=1; $text_c / $xml_c" | bc)
    else
      ratio="-"
    fi
  else
    xml_t="-"; xml_c="-"; ratio="-"
  fi
  printf '%6s  %10s %10s %10s %10s %10s %10s %9s\n' "$n" "$text_t" "$text_c" "$csv_t" "$csv_c" \
    "$xml_t" "$xml_c" "$ratio"
  slowest="$text_t s wall, $text_c s CPU"
done
echo "goal: under 1 s at 10,000 steps (the largest here took $slowest)"
echo "(xmllint only parses; pathway capacity also checks the file against its schema,"
echo " builds the model, solves it and writes the report)"
