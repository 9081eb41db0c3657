#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The examples published as a website (pathway publish), every page opened
# from its file in Debian's chromium: every local link leads to a file of
# the site, nothing is asked of anywhere else, and axe-core finds no
# serious or critical violation. Skipped (77) without chromium, node or
# `npm ci` in tests/a11y.
# Usage: axe-publish.sh PATHWAY-CLI SOURCE-DIR [SCREENSHOT-DIR]
set -eu
cli=$1
source=$2
here=$source/tests/a11y
. "$here/browser-setup.sh"
"$cli" publish -q "$source/pathways-xml/examples" -o "$out/site"
CHROMIUM=$chromium node "$here/axe-publish.js" "$out/site" ${3:+"$3"}
