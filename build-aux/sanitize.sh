#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `make sanitize`: the whole test suite on a build with AddressSanitizer and
# UndefinedBehaviorSanitizer. Any finding stops the test it happens in.
# Leaks are looked for in everything but the designer's tests (GTK keeps
# much of what it allocates until exit, by design).
set -eu
build="${1:-_build-sanitize}"
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false \
    -Dwerror=true
fi
ninja -C "$build"

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
status=0
ASAN_OPTIONS="abort_on_error=1:detect_leaks=1" \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  meson test -C "$build" --no-suite gui --print-errorlogs --num-processes 2 \
  --timeout-multiplier 4 || status=1
ASAN_OPTIONS="abort_on_error=1:detect_leaks=0" \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  meson test -C "$build" --suite gui --print-errorlogs --num-processes 2 \
  --timeout-multiplier 4 --logbase gui-testlog || status=1
exit $status
