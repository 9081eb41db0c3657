#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The designer's accessible tree checked through AT-SPI, as a screen reader
# reads it: a session bus of its own, the accessibility bus on it, then
# atspi-names.py with Debian's python3 (where python3-pyatspi is).
# Skipped (77) without dbus-run-session, at-spi2-core or python3-pyatspi.
# Usage: atspi-names.sh DESIGNER SOURCE-DIR
set -eu
designer=$1
source=$2
python=/usr/bin/python3
launcher=/usr/libexec/at-spi-bus-launcher

if ! command -v dbus-run-session >/dev/null 2>&1; then
  echo "skip: dbus-run-session is not installed (Debian: dbus-daemon)"
  exit 77
fi
if [ ! -x "$launcher" ]; then
  echo "skip: no accessibility bus: $launcher is not installed (Debian: at-spi2-core)"
  exit 77
fi
if ! "$python" -c 'import pyatspi' >/dev/null 2>&1; then
  echo "skip: $python cannot import pyatspi (Debian: python3-pyatspi)"
  exit 77
fi
if ! command -v gdbus >/dev/null 2>&1; then
  echo "skip: gdbus is not installed (Debian: libglib2.0-bin)"
  exit 77
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "skip: no display (run under xvfb-run)"
  exit 77
fi
unset NO_AT_BRIDGE
export GTK_A11Y=atspi
# Criticals stay fatal in the designer, not in the AT-SPI client: its
# library complains once while the registry starts.
export A11Y_DESIGNER_G_DEBUG="${G_DEBUG:-}"
unset G_DEBUG
export A11Y_SCRIPT="$source/tests/a11y/atspi-names.py"
export A11Y_EXAMPLE="$source/pathways-xml/examples/common-mental-health-stepped-care.pathway"
export A11Y_DESIGNER="$designer"
export A11Y_LAUNCHER="$launcher"
export A11Y_PYTHON="$python"
# The launcher starts the accessibility bus and its registry at once; it
# ends with the session.
exec dbus-run-session -- sh -c '
  "$A11Y_LAUNCHER" --launch-immediately &
  launcher=$!
  tries=0
  until gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
          --method org.freedesktop.DBus.NameHasOwner org.a11y.Bus 2>/dev/null | grep -q true; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
      echo "skip: the accessibility bus did not start"
      exit 77
    fi
    sleep 0.1
  done
  "$A11Y_PYTHON" "$A11Y_SCRIPT" "$A11Y_DESIGNER" "$A11Y_EXAMPLE"
  status=$?
  kill "$launcher" 2>/dev/null
  exit $status'
