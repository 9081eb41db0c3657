#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs two builds of the `pathway` tool over the same inputs and says
# which outputs differ, byte for byte: every command and every export
# and leaflet format of every example, and of generated pathways.
# A change meant to keep behaviour (moving code, a style table, a new
# helper) must leave them all equal.
#
#   tests/compare-outputs.sh OLD-PATHWAY NEW-PATHWAY [WORK-FOLDER]
#
# `make compare BASE=<revision>` builds the revision and runs this
# against the current build.  Exit status: 0 all equal, 1 some differ,
# 2 usage error.
set -eu

if [ $# -lt 2 ] || [ ! -x "$1" ] || [ ! -x "$2" ]; then
  echo "usage: $0 OLD-PATHWAY NEW-PATHWAY [WORK-FOLDER]" >&2
  exit 2
fi
old=$(realpath "$1")
new=$(realpath "$2")
top=$(cd "$(dirname "$0")/.." && pwd)
work=${3:-$(mktemp -d)}
mkdir -p "$work/inputs"
work=$(cd "$work" && pwd)

# The inputs: the examples and generated pathways of three sizes.
cp "$top"/pathways-xml/examples/*.pathway "$work/inputs/"
"$new" generate -n 12 -s 3 -a 4 -o "$work/inputs/generated-12.pathway"
"$new" generate -n 80 -s 7 -o "$work/inputs/generated-80.pathway"
"$new" generate -n 400 -s 11 -a 6 -o "$work/inputs/generated-400.pathway"

# run OUT-FOLDER PATHWAY: every output of every input into OUT-FOLDER.
# Each command's standard output, error and exit status are kept too.
run () {
  out=$1
  tool=$2
  mkdir -p "$out"
  for input in "$work"/inputs/*.pathway; do
    name=$(basename "$input" .pathway)
    # Run from the output folder with names relative to it, so that
    # messages naming files read the same in both runs.
    mkdir -p "$out/$name"
    cd "$out/$name"
    input="../../inputs/$name.pathway"
    o=.
    each () {
      tag=$1
      shift
      set +e
      "$tool" "$@" >"$o/$tag.stdout" 2>"$o/$tag.stderr"
      echo $? >"$o/$tag.status"
      set -e
    }
    each validate validate "$input"
    each check check "$input"
    each check-strict check --strict "$input"
    each normalize normalize "$input" -o "$o/normalized.pathway"
    each layout layout "$input" -o "$o/layout.pathway"
    each layout-nolanes layout --no-lanes "$input" -o "$o/layout-nolanes.pathway"
    each layout-tb layout --direction=tb --spacing=1.5 "$input" -o "$o/layout-tb.pathway"
    each layout-orth layout --routing=orthogonal --details "$input" -o "$o/layout-orth.pathway"
    each layout-smooth layout --routing=smooth "$input" -o "$o/layout-smooth.pathway"
    each svg export -q "$input" -o "$o/diagram.svg"
    each svg-details export -q --details "$input" -o "$o/details.svg"
    each svg-inline export -q --inline "$input" -o "$o/inline.svg"
    each svg-prefix export -q --id-prefix=p- "$input" -o "$o/prefix.svg"
    each png export -q "$input" -o "$o/diagram.png"
    each png-scale export -q --scale=2 "$input" -o "$o/diagram-2.png"
    each pdf export -q "$input" -o "$o/diagram.pdf"
    each pdf-a4 export -q --page=a4 "$input" -o "$o/a4.pdf"
    each pdf-a3-fit export -q --page=a3 --fit "$input" -o "$o/a3-fit.pdf"
    each pdf-a4-portrait export -q --page=a4 --portrait --details "$input" -o "$o/a4-portrait.pdf"
    each leaflet-pdf leaflet "$input" -o "$o/leaflet.pdf"
    each leaflet-a5 leaflet --paper=A5 --font-size=18 --include-not-offered "$input" -o "$o/leaflet-a5.pdf"
    each leaflet-odt leaflet "$input" -o "$o/leaflet.odt"
    each leaflet-html leaflet "$input" -o "$o/leaflet.html"
    each leaflet-svg leaflet "$input" -o "$o/leaflet.svg"
    each leaflet-check leaflet --check "$input"
    for lang in $(sed -n 's/.*xml:lang="\([a-z-]*\)".*/\1/p' "$input" | sort -u); do
      each "leaflet-$lang" leaflet --lang="$lang" "$input" -o "$o/leaflet-$lang.pdf"
    done
    cd "$work"
  done
  # A PDF's creation date is the one thing that may differ: it is
  # replaced by zeros of the same length.
  find "$out" -name '*.pdf' -exec perl -pi -e 's/\(D:\d{14}[^)]*\)/"(D:" . ("0" x 14) . "Z)"/ge' {} +
}

run "$work/old" "$old"
run "$work/new" "$new"

count=$(find "$work/new" -type f | wc -l)
if diff -rq "$work/old" "$work/new" >"$work/differences"; then
  echo "$count outputs compared, all equal"
  exit 0
fi
echo "$(wc -l <"$work/differences") of $count outputs differ (in $work):"
cat "$work/differences"
exit 1
