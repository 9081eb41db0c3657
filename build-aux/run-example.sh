#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `make run`: shows the example pathway. Until the designer window lands,
# this validates and checks every example and prints what it found.
set -eu
build="$1"
example="$2"
pathway="$build/app/cli/pathway"

echo "Pathway Designer: checking the example pathways"
"$pathway" validate pathways-xml/examples/*.pathway
"$pathway" check pathways-xml/examples/*.pathway
echo
echo "The designer window is not built yet; the command-line tool is at $pathway"
echo "Try: $pathway check $example"
