#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layered layout with agency lanes on generated pathways of 100, 1,000
# and 5,000 steps (5 agencies), side by side in one run with Graphviz dot
# on the same graph (a cluster per agency as its lane, newrank=true, left
# to right; the transitions' labels as the scene draws them, for which dot
# leaves room as we do): time (each a separate process, reading its input), edge
# crossings (straight, centre to centre, both counted alike) and area.
# Then the layout alone: ours in process (reading not counted) beside the
# phases dot reports with -v that do the same work (ranking, crossing
# minimisation, positions: network simplex and mincross lines; its edge
# routing and output left out, as ours routes when drawing).
# Medians of interleaved runs; read the ratios. BENCH_RUNS (3),
# BENCH_SIZES ("100 1000 5000"), BENCH_TIMEOUT (seconds per dot run, 600).
set -euo pipefail
build="${1:-_build}"
runs="${BENCH_RUNS:-3}"
sizes="${BENCH_SIZES:-100 1000 5000}"
limit="${BENCH_TIMEOUT:-600}"
pathway="$build/app/cli/pathway"
helper="$build/tests/bench/bench-layout"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median () { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

if ! command -v dot >/dev/null; then
  echo "dot (Graphviz) is not installed: nothing to compare with"
fi
printf '%6s  %10s %10s %7s  %10s %10s  %12s %12s  %9s %9s %7s\n' steps "ours s" "dot s" ratio \
  "ours ×" "dot ×" "ours area" "dot area" "layout s" "dot lay s" ratio
for n in $sizes; do
  "$helper" write "$n" "$work/in.pathway" "$work/in.dot"
  : > "$work/ours"; : > "$work/dot"; : > "$work/dot-layout"
  dot_ok=1
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e" -a -o "$work/ours" \
      "$pathway" layout "$work/in.pathway" -o "$work/out.pathway" >/dev/null
    if [[ $dot_ok == 1 ]] && command -v dot >/dev/null; then
      if ! /usr/bin/time -f "%e" -a -o "$work/dot" \
           timeout "$limit" dot -v -Tplain "$work/in.dot" -o "$work/out.plain" 2>"$work/dot-v"; then
        dot_ok=0
      fi
      grep -E '^(network simplex: .* sec|mincross [^:]+: .* secs)' "$work/dot-v" \
        | sed -E 's/.* ([0-9.]+) secs?\.?$/\1/' | awk '{ s += $1 } END { print s + 0 }' \
        >> "$work/dot-layout"
    fi
  done
  read -r ours_x ours_area < <("$helper" ours "$work/out.pathway")
  ours_layout=$("$helper" time "$work/in.pathway")
  ours_t=$(median < "$work/ours")
  if [[ $dot_ok == 1 && -s "$work/out.plain" ]]; then
    read -r dot_x dot_area < <("$helper" dot-crossings "$work/out.plain")
    dot_t=$(median < "$work/dot")
    ratio=$(echo "scale=3; $ours_t / $dot_t" | bc)
    dot_layout=$(median < "$work/dot-layout")
    # dot reports hundredths of a second: below that, no ratio.
    if [[ $(echo "$dot_layout > 0" | bc) == 1 ]]; then
      layout_ratio=$(echo "scale=3; $ours_layout / $dot_layout" | bc)
    else
      layout_ratio="-"
    fi
  else
    dot_t="-"; dot_x="-"; dot_area="-"; ratio="-"; dot_layout="-"; layout_ratio="-"
  fi
  printf '%6s  %10s %10s %7s  %10s %10s  %12s %12s  %9s %9s %7s\n' "$n" "$ours_t" "$dot_t" \
    "$ratio" "$ours_x" "$dot_x" "$ours_area" "$dot_area" "$ours_layout" "$dot_layout" \
    "$layout_ratio"
done
echo "goals: time ≤ 0.2× dot at 1,000 steps; crossings ≤ dot's"
if command -v dot >/dev/null; then
  echo
  printf '%-40s %8s %8s  %10s %10s\n' example "ours ×" "dot ×" "ours area" "dot area"
  for example in "$(dirname "$0")"/../../pathways-xml/examples/*.pathway; do
    "$helper" dot "$example" "$work/example.dot"
    dot -Tplain "$work/example.dot" -o "$work/example.plain"
    "$pathway" layout "$example" -o "$work/example.pathway" >/dev/null
    read -r dot_x dot_area < <("$helper" dot-crossings "$work/example.plain")
    read -r ours_x ours_area < <("$helper" ours "$work/example.pathway")
    printf '%-40s %8s %8s  %10s %10s\n' "$(basename "$example" .pathway)" "$ours_x" "$dot_x" \
      "$ours_area" "$dot_area"
  done
fi
echo "(a process of ours that only prints its version takes $(/usr/bin/time -f %e "$pathway" --version 2>&1 >/dev/null) s)"
