#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `make run`: starts the designer on an example pathway. Without a display
# it says so, checks the examples and exports one as SVG, PNG and PDF into
# the build folder instead.
set -eu
build="$1"
example="$2"
pathway="$build/app/cli/pathway"
designer="$build/app/ui/pathway-designer"
name=$(basename "$example" .pathway)

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  echo "Starting Pathway Designer on $example"
  exec "$designer" "$example"
fi

echo "No display (neither DISPLAY nor WAYLAND_DISPLAY is set): the designer window cannot"
echo "open here. Checking the example pathways and exporting one instead."
"$pathway" validate pathways-xml/examples/*.pathway
"$pathway" check pathways-xml/examples/*.pathway
echo
echo "Exporting $example"
for format in svg png pdf; do
  "$pathway" export "$example" -o "$build/$name.$format"
  echo "  $build/$name.$format"
done
echo
echo "On a desktop, run: $designer $example"
