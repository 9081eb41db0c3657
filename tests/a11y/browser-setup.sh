# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the browser checks, with $here their folder: sets $chromium,
# or skips (77) without chromium, node or `npm ci` in tests/a11y; makes
# $out, a folder removed on exit.
chromium=${CHROMIUM:-$(command -v chromium || true)}

if [ -z "$chromium" ] || ! command -v node >/dev/null 2>&1; then
  echo "skip: chromium or node is not installed"
  exit 77
fi
if [ ! -d "$here/node_modules/axe-core" ] || [ ! -d "$here/node_modules/puppeteer-core" ]; then
  echo "skip: no tests/a11y/node_modules (run: npm ci --prefix tests/a11y)"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
