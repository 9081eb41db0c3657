#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `make bench`: loading and saving a 10,000-step pathway, side by side in
# one run with xmllint on the same file. Prints medians, ratios and peak
# memory. Shared machines are noisy: read the ratios, not the times.
set -euo pipefail
build="${1:-_build}"
runs="${BENCH_RUNS:-7}"
nodes="${BENCH_NODES:-10000}"
pathway="$build/app/cli/pathway"
schema="pathways-xml/pathway.rng"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
file="$work/bench-$nodes.pathway"

"$pathway" generate --nodes "$nodes" --seed 1 -o "$file"
size=$(stat -c %s "$file")
echo "== $nodes steps, $(grep -c '<edge ' "$file") transitions, $((size / 1024)) KiB"

declare -A cmds=(
  [pathway]="$pathway validate --quiet $file"
  [xmllint]="xmllint --noout $file"
  [xmllint_rng]="xmllint --noout --relaxng $schema $file"
  [normalize]="$pathway normalize $file -o $work/out.pathway"
)
for name in "${!cmds[@]}"; do : > "$work/times.$name"; done
for ((i = 0; i < runs; i++)); do
  for name in pathway xmllint xmllint_rng normalize; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M" -a -o "$work/times.$name" ${cmds[$name]} >/dev/null 2>&1
  done
done
stat_of() {
  sort -n "$work/times.$1" | awk -v n="$runs" '{ t[NR] = $1; if ($2 > m) m = $2 }
    END { printf "%.3f %d\n", t[int((n + 1) / 2)], m }'
}
read -r t_pd m_pd < <(stat_of pathway)
read -r t_x m_x < <(stat_of xmllint)
read -r t_xr m_xr < <(stat_of xmllint_rng)
read -r t_n m_n < <(stat_of normalize)
printf "%-44s %9s %12s\n" "command (median of $runs)" "seconds" "peak MiB"
printf "%-44s %9s %12.1f\n" "pathway validate (parse+schema+model)" "$t_pd" "$(echo "$m_pd/1024" | bc -l)"
printf "%-44s %9s %12.1f\n" "xmllint --noout (parse only)" "$t_x" "$(echo "$m_x/1024" | bc -l)"
printf "%-44s %9s %12.1f\n" "xmllint --noout --relaxng (parse+schema)" "$t_xr" "$(echo "$m_xr/1024" | bc -l)"
printf "%-44s %9s %12.1f\n" "pathway normalize (load+save with fsync)" "$t_n" "$(echo "$m_n/1024" | bc -l)"
echo "ratio pathway validate / xmllint --noout:            $(echo "scale=2; $t_pd / $t_x" | bc -l)"
echo "ratio pathway validate / xmllint --noout --relaxng:  $(echo "scale=2; $t_pd / $t_xr" | bc -l)"
echo "== in-process phases (bench-format, median of 5)"
"$build/tests/bench/bench-format" "$file" 5
