#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layered layout on generated pathways of 100, 1,000 and 5,000 steps
# (5 agencies), with agency lanes and without, side by side in one run
# with Graphviz dot on the same graph (with lanes: a cluster per agency as
# its lane, newrank=true; left to right; the transitions' labels as the
# scene draws them, for which dot leaves room as we do) and, without lanes,
# ELK's layered algorithm (elkjs under Node, from build-aux/install-deps.sh
# bench; the same sizes and gaps). The steps are thrown about before each
# tool, so that none starts from a layout. Time (each a separate process,
# reading its input), edge crossings (straight, centre to centre, one
# counter for all), area and aspect ratio (width / height); then ours
# in process (reading not counted).
# Medians of interleaved runs; read the ratios. BENCH_RUNS (3),
# BENCH_SIZES ("100 1000 5000"), BENCH_TIMEOUT (seconds per peer run, 600),
# BENCH_LARGE (steps of the whole Tidy timed at scale, 50000; 0: none).
set -euo pipefail
build="${1:-_build}"
runs="${BENCH_RUNS:-3}"
sizes="${BENCH_SIZES:-100 1000 5000}"
limit="${BENCH_TIMEOUT:-600}"
pathway="$build/app/cli/pathway"
helper="$build/tests/bench/bench-layout"
elk="$(dirname "$0")/elk-layout.js"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median () { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

have_dot=0; command -v dot >/dev/null && have_dot=1
have_elk=0
if command -v node >/dev/null && [[ -d "$(dirname "$0")/node_modules/elkjs" ]]; then have_elk=1; fi
[[ $have_dot == 1 ]] || echo "dot (Graphviz) is not installed: no dot column"
[[ $have_elk == 1 ]] || echo "elkjs is not installed (build-aux/install-deps.sh bench): no ELK column"

# A peer's run, timed into $2, its layout in -Tplain form at $3: "-" when
# it fails or takes too long.
peer () {
  local name=$1 times=$2 plain=$3 input=$4
  case $name in
    dot) /usr/bin/time -f "%e" -a -o "$times" timeout "$limit" dot -Tplain "$input" -o "$plain" ;;
    elk) /usr/bin/time -f "%e" -a -o "$times" timeout "$limit" node "$elk" "$input" "$plain" ;;
  esac
}

printf '%-8s %6s  %7s %7s %7s  %8s %8s %8s  %10s %10s %10s  %5s %5s %5s  %8s\n' lanes steps \
  "ours s" "dot s" "elk s" "ours ×" "dot ×" "elk ×" "ours area" "dot area" "elk area" \
  "ours" "dot" "elk" "layout s"
for mode in lanes no-lanes; do
  flag=(); [[ $mode == no-lanes ]] && flag=(--no-lanes)
  for n in $sizes; do
    "$helper" write "$n" "$work/in.pathway" "$work/in.dot"
    "$helper" dot "$work/in.pathway" "$work/in.dot" "$mode"
    "$helper" json "$work/in.pathway" "$work/in.json"
    : > "$work/ours"; : > "$work/dot"; : > "$work/elk"
    dot_ok=$have_dot; elk_ok=$have_elk
    [[ $mode == lanes ]] && elk_ok=0   # ELK has no lanes of agencies to keep to
    for ((i = 0; i < runs; i++)); do
      /usr/bin/time -f "%e" -a -o "$work/ours" \
        "$pathway" layout "${flag[@]}" "$work/in.pathway" -o "$work/out.pathway" >/dev/null 2>&1
      if [[ $dot_ok == 1 ]] && ! peer dot "$work/dot" "$work/dot.plain" "$work/in.dot"; then dot_ok=0; fi
      if [[ $elk_ok == 1 ]] && ! peer elk "$work/elk" "$work/elk.plain" "$work/in.json"; then elk_ok=0; fi
    done
    read -r ours_x ours_area ours_aspect < <("$helper" ours "$work/out.pathway")
    ours_layout=$("$helper" time "$work/in.pathway" "$mode")
    ours_t=$(median < "$work/ours")
    dot_t="-"; dot_x="-"; dot_area="-"; dot_aspect="-"
    elk_t="-"; elk_x="-"; elk_area="-"; elk_aspect="-"
    if [[ $dot_ok == 1 ]]; then
      read -r dot_x dot_area dot_aspect < <("$helper" dot-crossings "$work/dot.plain")
      dot_t=$(median < "$work/dot")
    fi
    if [[ $elk_ok == 1 ]]; then
      read -r elk_x elk_area elk_aspect < <("$helper" dot-crossings "$work/elk.plain")
      elk_t=$(median < "$work/elk")
    fi
    printf '%-8s %6s  %7s %7s %7s  %8s %8s %8s  %10s %10s %10s  %5s %5s %5s  %8s\n' "$mode" "$n" \
      "$ours_t" "$dot_t" "$elk_t" "$ours_x" "$dot_x" "$elk_x" "$ours_area" "$dot_area" \
      "$elk_area" "$ours_aspect" "$dot_aspect" "$elk_aspect" "$ours_layout"
  done
done
echo "(aspect: width / height. goals: time ≤ 0.2× dot at 1,000 steps; crossings ≤ dot's)"
if command -v dot >/dev/null; then
  echo
  printf '%-40s %8s %8s  %10s %10s\n' example "ours ×" "dot ×" "ours area" "dot area"
  for example in "$(dirname "$0")"/../../pathways-xml/examples/*.pathway; do
    "$helper" dot "$example" "$work/example.dot"
    dot -Tplain "$work/example.dot" -o "$work/example.plain"
    "$pathway" layout "$example" -o "$work/example.pathway" >/dev/null 2>&1
    read -r dot_x dot_area _ < <("$helper" dot-crossings "$work/example.plain")
    read -r ours_x ours_area _ < <("$helper" ours "$work/example.pathway")
    printf '%-40s %8s %8s  %10s %10s\n' "$(basename "$example" .pathway)" "$ours_x" "$dot_x" \
      "$ours_area" "$dot_area"
  done
fi
# A whole Tidy at scale: no peer lays out 50,000 steps in reason (dot
# takes minutes at 5,000), so beside xmllint only reading the file.
large="${BENCH_LARGE:-50000}"
if [[ $large -gt 0 ]]; then
  echo
  "$helper" write "$large" "$work/large.pathway" "$work/large.dot"
  for mode in lanes no-lanes; do
    main_t=$("$helper" cpu "$work/large.pathway" "$mode" "$runs")
    thread_t=$("$helper" cpu "$work/large.pathway" "$mode" "$runs" thread)
    read_t=$(for _ in $(seq "$runs"); do
               /usr/bin/time -f "%U %S" xmllint --noout "$work/large.pathway" 2>&1 >/dev/null \
                 | awk '{ print $1 + $2 }'
             done | median)
    echo "$large steps, $mode: Tidy ${main_t} s of processor time on the thread that read the file" \
         "(as pathway layout), ${thread_t} s on its own (as the designer); xmllint --noout reads it" \
         "in ${read_t} s (goal: Tidy under 1 s)"
  done
fi
echo "(a process of ours that only prints its version takes $(/usr/bin/time -f %e "$pathway" --version 2>&1 >/dev/null) s)"
