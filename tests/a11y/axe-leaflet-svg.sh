#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every SVG page of two examples' leaflets written with --inline and pasted
# into one web page, read in a real browser: each page a document named by
# its own title, each heading of each page a heading named by its words,
# and no axe-core violation. Skipped (77) as axe-svg.sh.
# Usage: axe-leaflet-svg.sh PATHWAY-CLI SOURCE-DIR
set -eu
cli=$1
source=$2
here=$source/tests/a11y
. "$here/browser-setup.sh"
examples=$source/pathways-xml/examples
"$cli" leaflet --inline "$examples/common-mental-health-stepped-care.pathway" -o "$out/a.svg" \
  >/dev/null
"$cli" leaflet --inline "$examples/dual-diagnosis.pathway" -o "$out/b.svg" >/dev/null
{
  printf '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
  printf '<title>Two easy-read leaflets</title></head>\n<body>\n<main>\n'
  printf '<h1>Two easy-read leaflets</h1>\n'
  for page in $(ls "$out"/a-*.svg | sort -V) $(ls "$out"/b-*.svg | sort -V); do
    printf '<figure>\n'
    cat "$page"
    printf '</figure>\n'
  done
  printf '</main>\n</body>\n</html>\n'
} >"$out/page.html"
CHROMIUM=$chromium node "$here/axe-leaflet-svg.js" "$out/page.html"
