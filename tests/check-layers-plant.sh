#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers check catches what it is for: in a copy of app/ it passes,
# then fails, naming the file and line, for each of a wrong-way include,
# a toolkit include, a UI header in core and a file in no layer.
set -eu
source=$1
check=$(cd "$(dirname "$0")" && pwd)/check-layers.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fresh () {
  rm -rf "$work/app"
  mkdir -p "$work/app"
  cp -r "$source/app/core" "$source/app/ui" "$source/app/cli" "$work/app/"
}

# plant FILE LINE EXPECTED: adds LINE to FILE before its first include and
# expects the check to fail naming FILE, with EXPECTED in its message.
plant () {
  fresh
  sed -i "0,/^#include/s||$2\n#include|" "$work/app/core/$1"
  if out=$("$check" "$work" 2>&1); then
    echo "not caught: '$2' in $1" >&2
    exit 1
  fi
  if ! grep -qF "app/core/$1:" <<<"$out" || ! grep -qF "$3" <<<"$out"; then
    echo "caught, but not said as expected ('$3'): $out" >&2
    exit 1
  fi
  echo "caught: $out"
}

fresh
"$check" "$work"
plant model/pd-node.c '#include "pd-painter.h"' \
  "model includes pd-painter.h of render, a later layer"
plant scene/pd-scene.c '#include <gtk/gtk.h>' "includes a toolkit header"
plant analysis/pd-check.c '#include "pd-canvas.h"' "includes pd-canvas.h of app/ui"
fresh
touch "$work/app/core/stray.c"
if "$check" "$work" 2>/dev/null; then
  echo "not caught: a file in no layer" >&2
  exit 1
fi
echo "caught: a file in no layer"
