#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every file with translatable strings is in po/POTFILES.in, sorted.
set -eu
cd "$1"
expected=$( (grep -l -E '(^|[^A-Za-z0-9_])N?_\("' app/*/*.c; \
             grep -l 'translatable="yes"' resources/*.ui; ls resources/*.desktop.in \
             resources/*.metainfo.xml.in) | LC_ALL=C sort)
listed=$(grep -v '^#' po/POTFILES.in | grep -v '^$')
if [ "$expected" != "$listed" ]; then
  echo "po/POTFILES.in differs from the files with translatable strings:" >&2
  diff -u <(echo "$listed") <(echo "$expected") >&2 || true
  exit 1
fi
echo "ok: $(echo "$listed" | wc -l) files"
