#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `make fuzz`: builds the loader fuzz target with libFuzzer, ASan and UBSan
# and runs it for FUZZ_SECONDS (default 600), adding new inputs to the corpus.
set -eu
cd "$(dirname "$0")/../.."
build=_build-fuzz
seconds="${FUZZ_SECONDS:-600}"
if [ ! -f "$build/build.ninja" ]; then
  # The core library is instrumented for coverage; libxml2 and GLib are
  # not, so the fuzzer steers by the project's own code paths.
  CC=clang meson setup "$build" -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link --buildtype=debugoptimized
fi
ninja -C "$build" app/core/libpathway-core.a
flags="$(pkg-config --cflags --libs glib-2.0 gobject-2.0 gio-2.0 libxml-2.0) -lm"
# shellcheck disable=SC2086
clang -g -O1 -fsanitize=fuzzer,address,undefined -Iapp/core -I"$build/pathways-xml" \
  tests/fuzz/fuzz-load.c "$build/app/core/libpathway-core.a" $flags -o "$build/fuzz-load"
mkdir -p tests/fuzz/out
new=$(mktemp -d)
trap 'rm -rf "$new"' EXIT
# New inputs go to a scratch folder; only those that add coverage are then
# merged into the corpus, which stays small enough to replay in make test.
"$build/fuzz-load" -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix=tests/fuzz/out/ "$new" tests/fuzz/corpus
"$build/fuzz-load" -merge=1 tests/fuzz/corpus "$new"
