#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Two different examples' diagrams exported with --inline and pasted into
# one web page, read in a real browser: each step of each a named node of
# the accessibility tree, and no axe-core violation. Skipped (77) without
# chromium, node or `npm ci` in tests/a11y.
# Usage: axe-svg.sh PATHWAY-CLI SOURCE-DIR
set -eu
cli=$1
source=$2
here=$source/tests/a11y
. "$here/browser-setup.sh"
examples=$source/pathways-xml/examples
"$cli" export --inline -q "$examples/common-mental-health-stepped-care.pathway" -o "$out/a.svg"
"$cli" export --inline -q "$examples/dual-diagnosis.pathway" -o "$out/b.svg"
{
  printf '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
  printf '<title>Two care pathways</title></head>\n<body>\n<main>\n<h1>Two care pathways</h1>\n'
  printf '<figure>\n'
  cat "$out/a.svg"
  printf '</figure>\n<figure>\n'
  cat "$out/b.svg"
  printf '</figure>\n</main>\n</body>\n</html>\n'
} >"$out/page.html"
CHROMIUM=$chromium node "$here/axe-svg.js" "$out/page.html"
