#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Easy-read leaflets of a 20-step and a 200-step pathway, each a cold start
# of `pathway leaflet -o x.pdf` (load, journey, layout, pictures, PDF),
# side by side in one run with LibreOffice turning the same leaflet's ODT
# into PDF, when it is installed. Medians of interleaved runs; read the
# ratios, shared machines are noisy.
# Usage: leaflet-bench.sh BUILD_DIR. Environment: BENCH_RUNS (5).
set -euo pipefail
build="${1:-_build}"
runs="${BENCH_RUNS:-5}"
pathway="$build/app/cli/pathway"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice=$(command -v soffice || true)

median () { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

printf '%-44s %10s %10s\n' "command (median of $runs)" seconds pages
for steps in 20 200; do
  file="$work/steps-$steps.pathway"
  "$pathway" generate --nodes "$steps" --seed 1 -o "$file" >/dev/null
  "$pathway" leaflet "$file" -o "$work/leaflet-$steps.odt" >/dev/null
  : > "$work/ours"; : > "$work/peer"
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e" -a -o "$work/ours" \
      "$pathway" leaflet "$file" -o "$work/leaflet-$steps.pdf" >/dev/null
    if [[ -n "$soffice" ]]; then
      /usr/bin/time -f "%e" -a -o "$work/peer" \
        "$soffice" -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
        --outdir "$work/peer-out" "$work/leaflet-$steps.odt" >/dev/null 2>&1
    fi
  done
  pages=$(pdfinfo "$work/leaflet-$steps.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  ours=$(median < "$work/ours")
  printf '%-44s %10s %10s\n' "pathway leaflet, $steps steps" "$ours" "${pages:-?}"
  if [[ -n "$soffice" ]]; then
    peer=$(median < "$work/peer")
    printf '%-44s %10s\n' "soffice --convert-to pdf (same leaflet, ODT)" "$peer"
    echo "ratio pathway / soffice: $(echo "scale=2; $ours / $peer" | bc)"
  fi
done
[[ -z "$soffice" ]] && echo "LibreOffice (soffice) is not installed: no peer run"
echo "goal: 20 steps in 0.5 s or less from a cold start"
