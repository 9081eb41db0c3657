#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# build-aux/compare-with.sh REVISION BUILD: builds the `pathway` tool of
# REVISION in BUILD-base and compares every output of it with BUILD's
# (tests/compare-outputs.sh).
set -eu
rev=$1
build=$2
base="$build-base"
rm -rf "$base/src"
mkdir -p "$base/src"
git archive "$rev" | tar -x -C "$base/src"
meson setup "$base/build" "$base/src" --buildtype=debugoptimized --wipe >/dev/null 2>&1 ||
  meson setup "$base/build" "$base/src" --buildtype=debugoptimized >/dev/null
ninja -C "$base/build" app/cli/pathway >/dev/null
rm -rf "$base/outputs"
tests/compare-outputs.sh "$base/build/app/cli/pathway" "$build/app/cli/pathway" "$base/outputs"
