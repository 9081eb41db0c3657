#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `make run`: shows the example pathway. Until the designer window lands,
# this validates and checks every example and exports one as SVG, PNG and
# PDF into the build folder.
set -eu
build="$1"
example="$2"
pathway="$build/app/cli/pathway"
name=$(basename "$example" .pathway)

echo "Pathway Designer: checking the example pathways"
"$pathway" validate pathways-xml/examples/*.pathway
"$pathway" check pathways-xml/examples/*.pathway
echo
echo "Exporting $example"
for format in svg png pdf; do
  "$pathway" export "$example" -o "$build/$name.$format"
  echo "  $build/$name.$format"
done
echo
echo "The designer window is not built yet; the command-line tool is at $pathway"
echo "Try: $pathway export $example -o $name.svg"
