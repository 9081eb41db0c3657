#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `make fuzz`: builds the loader fuzz target with libFuzzer, ASan and UBSan
# and runs it for FUZZ_SECONDS (default 600), adding new inputs to the corpus.
set -eu
cd "$(dirname "$0")/../.."
build=_build-fuzz
seconds="${FUZZ_SECONDS:-600}"
if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Db_sanitize=address,undefined -Db_lundef=false \
    --buildtype=debugoptimized
fi
ninja -C "$build" app/core/libpathway-core.a
flags="$(pkg-config --cflags --libs glib-2.0 gobject-2.0 gio-2.0 libxml-2.0) -lm"
# shellcheck disable=SC2086
clang -g -O1 -fsanitize=fuzzer,address,undefined -Iapp/core -I"$build/pathways-xml" \
  tests/fuzz/fuzz-load.c "$build/app/core/libpathway-core.a" $flags -o "$build/fuzz-load"
mkdir -p tests/fuzz/out
"$build/fuzz-load" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -artifact_prefix=tests/fuzz/out/ tests/fuzz/corpus
