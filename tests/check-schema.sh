#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The examples and the templates are valid for an independent RELAX NG validator too, and the
# cluster catalogue is well-formed.
set -eu
src="$1"
if ! command -v xmllint >/dev/null 2>&1; then
  echo "xmllint is not installed" >&2
  exit 77
fi
xmllint --noout --relaxng "$src/pathways-xml/pathway.rng" "$src"/pathways-xml/examples/*.pathway \
  "$src"/pathways-xml/templates/*.pathway
xmllint --noout "$src/pathways-xml/clusters.xml"
