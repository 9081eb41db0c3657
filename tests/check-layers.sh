#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# app/core depends only downward: a file includes headers of its own layer
# and of the layers before it, never of a later one, of the designer or of
# the command line, and nothing in app/core includes GTK, GDK, GSK or
# libadwaita. The layers, lowest first, are the subdir() calls of
# app/core/meson.build, whose include directories enforce the same order.
set -eu
cd "$1/app/core"
mapfile -t layers < <(sed -n "s/^subdir('\([a-z]*\)')$/\1/p" meson.build)
if [ "${#layers[@]}" -eq 0 ]; then
  echo "app/core/meson.build names no layer" >&2
  exit 1
fi
declare -A rank
n=0
for layer in "${layers[@]}"; do
  rank[$layer]=$n
  n=$((n + 1))
done
failed=0
for path in *; do
  if [ -f "$path" ] && [ "$path" != meson.build ]; then
    echo "app/core/$path: in no layer; files go in one of: ${layers[*]}" >&2
    failed=1
  elif [ -d "$path" ] && [ -z "${rank[$path]+set}" ]; then
    echo "app/core/$path/: not a layer in app/core/meson.build" >&2
    failed=1
  fi
done
# Which layer, or which other part of app/, each header is in.
declare -A owner
for header in */*.h; do
  owner[${header#*/}]=${header%%/*}
done
for header in ../ui/*.h ../cli/*.h; do
  [ -e "$header" ] && owner[${header##*/}]=app/$(basename "$(dirname "$header")")
done
quoted='^[[:space:]]*#[[:space:]]*include[[:space:]]*"([^"]*)"'
for layer in "${layers[@]}"; do
  for file in "$layer"/*.[ch]; do
    while IFS=: read -r line text; do
      if ! [[ $text =~ $quoted ]]; then
        echo "app/core/$file:$line: includes a toolkit header: $text" >&2
        failed=1
        continue
      fi
      header=${BASH_REMATCH[1]}
      other=${owner[$header]:-}
      if [ -z "$other" ]; then
        continue    # a system or generated header
      elif [ -z "${rank[$other]+set}" ]; then
        echo "app/core/$file:$line: includes $header of $other" >&2
        failed=1
      elif [ "${rank[$other]}" -gt "${rank[$layer]}" ]; then
        echo "app/core/$file:$line: $layer includes $header of $other, a later layer" >&2
        failed=1
      fi
    done < <(grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*("|<(gtk|gdk|gsk|adwaita)[/.])' \
               "$file" || true)
  done
done
if [ "$failed" -ne 0 ]; then
  exit 1
fi
files=(./*/*.[ch])
echo "ok: ${#files[@]} files in $n layers: ${layers[*]}"
