#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every file with translatable strings is in po/POTFILES.in, sorted.
set -eu
cd "$1"
# P_ and pd_leaflet_*gettext: the leaflet's phrases, in its own language;
# g_dngettext: plurals.
expected=$( (grep -l -E '(^|[^A-Za-z0-9_])[NP]?_\("|pd_leaflet_[np]?gettext \([^,]*, "|g_dngettext \(GETTEXT_PACKAGE, "' app/*/*.c app/core/*/*.c; \
             grep -l 'translatable="yes"' resources/*.ui; ls resources/*.desktop.in \
             resources/*.metainfo.xml.in; echo pathways-xml/clusters.xml) | LC_ALL=C sort)
listed=$(grep -v '^#' po/POTFILES.in | grep -v '^$')
if [ "$expected" != "$listed" ]; then
  echo "po/POTFILES.in differs from the files with translatable strings:" >&2
  diff -u <(echo "$listed") <(echo "$expected") >&2 || true
  exit 1
fi
# The care clusters' names reach translators through po/its.
if command -v xgettext >/dev/null; then
  names=$(GETTEXTDATADIRS=po xgettext -o - pathways-xml/clusters.xml | grep -c '^msgid "..*"$' || true)
  if [ "$names" -lt 20 ]; then
    echo "xgettext finds $names names in pathways-xml/clusters.xml (po/its)" >&2
    exit 1
  fi
fi
echo "ok: $(echo "$listed" | wc -l) files"
