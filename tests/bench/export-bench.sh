#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Exporting a 10,000-step pathway as SVG, side by side in one run with two
# peers drawing the same boxes, titles and arrows: Graphviz `neato -n2`
# (positions fixed, straight edges) and Dia (boxes joined by lines).
# bench-peers writes their inputs from the pathway file. PNG and PDF
# exports are timed too. Prints medians of interleaved runs and peak
# memory. Shared machines are noisy: read the ratios, not the times.
# Usage: export-bench.sh BUILD_DIR. Environment: BENCH_NODES (10000),
# BENCH_RUNS (5), BENCH_TIMEOUT (seconds per command, 300).
set -euo pipefail
build="${1:-_build}"
nodes="${BENCH_NODES:-10000}"
runs="${BENCH_RUNS:-5}"
limit="${BENCH_TIMEOUT:-300}"
pathway="$build/app/cli/pathway"
peers="$build/tests/bench/bench-peers"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/bench-$nodes.pathway"

if [[ ! -x "$peers" ]]; then
  echo "$peers not found: build it first (ninja -C $build)" >&2
  exit 1
fi
"$pathway" generate --nodes "$nodes" --seed 1 -o "$file"
"$peers" "$file" "$work/bench.dot" "$work/bench.dia"
echo "== $nodes steps, $(grep -c '<edge ' "$file") transitions;" \
  "inputs: pathway $(($(stat -c %s "$file") / 1024)) KiB," \
  "DOT $(($(stat -c %s "$work/bench.dot") / 1024)) KiB," \
  "Dia $(($(stat -c %s "$work/bench.dia") / 1024)) KiB"

names=(pd_svg)
if command -v neato >/dev/null; then
  names+=(neato)
else
  echo "neato (Graphviz) is not installed: skipped"
fi
if command -v dia >/dev/null; then
  names+=(dia)
  mkdir "$work/home"
else
  echo "dia is not installed: skipped"
fi
names+=(pd_png pd_pdf)

# One export; output in $work/out.*, messages (Dia warns a lot) in a log.
run_one() {
  case "$1" in
    pd_svg) "$pathway" export "$file" -o "$work/out.svg" ;;
    neato) neato -n2 -Tsvg "$work/bench.dot" -o "$work/out-neato.svg" ;;
    # Headless: no display, and a throwaway HOME for Dia's settings.
    dia) env -u DISPLAY -u WAYLAND_DISPLAY HOME="$work/home" \
           dia -n -e "$work/out-dia.svg" "$work/bench.dia" ;;
    pd_png) "$pathway" export "$file" -o "$work/out.png" ;;
    pd_pdf) "$pathway" export "$file" -o "$work/out.pdf" ;;
  esac
}
export -f run_one
export pathway file work

declare -A failed=()
for name in "${names[@]}"; do : > "$work/times.$name"; done
for ((i = 0; i < runs; i++)); do
  for name in "${names[@]}"; do
    [[ -n "${failed[$name]:-}" ]] && continue
    # shellcheck disable=SC2016
    if /usr/bin/time -f "%e %M" -o "$work/time" \
         timeout "$limit" bash -c 'run_one "$1"' _ "$name" \
         >"$work/log.$name" 2>&1; then
      cat "$work/time" >> "$work/times.$name"
    else
      failed[$name]=1
      echo "$name failed or took over ${limit}s; its last messages:"
      tail -n 5 "$work/log.$name"
    fi
  done
done

stat_of() {
  sort -n "$work/times.$1" | awk -v n="$runs" '{ t[NR] = $1; if ($2 > m) m = $2 }
    END { printf "%.3f %.1f\n", t[int((n + 1) / 2)], m / 1024 }'
}
declare -A label=(
  [pd_svg]="pathway export -o x.svg"
  [neato]="neato -n2 -Tsvg (straight edges)"
  [dia]="dia -n -e x.svg"
  [pd_png]="pathway export -o x.png (scale 1)"
  [pd_pdf]="pathway export -o x.pdf"
)
declare -A out=(
  [pd_svg]=out.svg [neato]=out-neato.svg [dia]=out-dia.svg
  [pd_png]=out.png [pd_pdf]=out.pdf
)
declare -A secs=()
printf "%-40s %9s %10s %11s\n" "command (median of $runs)" "seconds" "peak MiB" "output KiB"
for name in "${names[@]}"; do
  if [[ -n "${failed[$name]:-}" ]]; then
    printf "%-40s %9s\n" "${label[$name]}" "failed"
    continue
  fi
  read -r t m < <(stat_of "$name")
  secs[$name]=$t
  printf "%-40s %9s %10s %11d\n" "${label[$name]}" "$t" "$m" \
    "$(($(stat -c %s "$work/${out[$name]}") / 1024))"
done
for peer in neato dia; do
  if [[ -n "${secs[pd_svg]:-}" && -n "${secs[$peer]:-}" ]]; then
    printf "ratio pathway svg / %-6s %.2f\n" "$peer:" \
      "$(echo "${secs[pd_svg]} ${secs[$peer]}" | awk '{ print $1 / $2 }')"
  fi
done
