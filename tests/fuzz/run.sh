#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `make fuzz`: builds the fuzz targets with libFuzzer, ASan and UBSan and
# runs each for FUZZ_SECONDS (default 600), adding new inputs to its corpus.
#   load    the loader, the model builder, the checks and the writer
#           (tests/fuzz/corpus)
#   export  tidy, SVG export and the leaflet with pictures
#           (tests/fuzz/corpus-export)
# Usage: tests/fuzz/run.sh [load|export]...   (both when none is named)
set -eu
cd "$(dirname "$0")/../.."
build=_build-fuzz
seconds="${FUZZ_SECONDS:-600}"
if [ ! -f "$build/build.ninja" ]; then
  # The core library is instrumented for coverage; libxml2, GLib, cairo and
  # librsvg are not, so the fuzzer steers by the project's own code paths.
  CC=clang meson setup "$build" -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link --buildtype=debugoptimized
fi
ninja -C "$build" app/core/libpathway-core.a
# Every layer's headers (the fuzzers are not a layer).
includes=$(for layer in app/core/*/; do printf -- '-I%s ' "${layer%/}"; done)
flags="$(pkg-config --cflags --libs glib-2.0 gobject-2.0 gio-2.0 libxml-2.0 cairo pangocairo \
  librsvg-2.0 gdk-pixbuf-2.0 libzip libpng zlib) -lm"
mkdir -p tests/fuzz/out
# fontconfig keeps its caches for the life of the process: not a leak of ours.
export LSAN_OPTIONS="suppressions=$(pwd)/build-aux/lsan.supp:print_suppressions=0"
targets="${*:-load export}"
for target in $targets; do
  case "$target" in
    load) corpus=tests/fuzz/corpus ;;
    export) corpus=tests/fuzz/corpus-export ;;
    *) echo "fuzz: unknown target '$target' (load, export)" >&2; exit 2 ;;
  esac
  # shellcheck disable=SC2086
  clang -g -O1 -fsanitize=fuzzer,address,undefined $includes -I"$build/pathways-xml" \
    "tests/fuzz/fuzz-$target.c" "$build/app/core/libpathway-core.a" $flags \
    -o "$build/fuzz-$target"
  new=$(mktemp -d)
  # New inputs go to a scratch folder; only those that add coverage are then
  # merged into the corpus, which stays small enough to replay in make test.
  "$build/fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix=tests/fuzz/out/ "$new" "$corpus"
  "$build/fuzz-$target" -merge=1 "$corpus" "$new"
  rm -rf "$new"
done
