#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The web page leaflet of every example, checked with axe-core in a real
# browser; the stepped-care example's in Polish, Urdu (right to left) and
# Gujarati too. Skipped (77) without chromium, node or `npm ci` in tests/a11y.
# Usage: axe-leaflet.sh PATHWAY-CLI SOURCE-DIR
set -eu
cli=$1
source=$2
here=$source/tests/a11y
. "$here/browser-setup.sh"
for example in "$source"/pathways-xml/examples/*.pathway; do
  name=$(basename "$example" .pathway)
  "$cli" leaflet "$example" -o "$out/$name.html" >/dev/null
  "$cli" leaflet "$example" --include-not-offered -o "$out/$name-all.html" >/dev/null
done
for lang in pl ur gu; do
  "$cli" leaflet "$source/pathways-xml/examples/common-mental-health-stepped-care.pathway" \
    --lang "$lang" -o "$out/common-mental-health-stepped-care-$lang.html" >/dev/null
done
CHROMIUM=$chromium node "$here/axe-leaflet.js" "$out"/*.html
