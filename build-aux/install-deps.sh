#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building and testing Pathway Designer needs on Debian 12.
# Usage: build-aux/install-deps.sh [build|test|browser|bench|fuzz]...
# fonts-noto-core has the scripts of the community languages (Arabic, Urdu's
# Nastaliq, Gujarati, Gurmukhi, Bengali…); fonts-noto-extra adds nothing
# they need.
set -eu

build_packages="meson ninja-build pkg-config gettext gcc libglib2.0-dev libgtk-4-dev
  libadwaita-1-dev libxml2-dev librsvg2-dev libcairo2-dev libpango1.0-dev libarchive-dev libzip-dev libpng-dev"
# at-spi2-core and python3-pyatspi: the designer checked as a screen reader
# meets it (tests/a11y/atspi-names.sh).
test_packages="valgrind xvfb xauth dbus-daemon desktop-file-utils appstream libxml2-utils
  librsvg2-bin poppler-utils imagemagick fonts-liberation2 fonts-dejavu-core fonts-noto-core
  at-spi2-core python3-pyatspi"
# elkjs (ELK's layered layout, run with Node) comes from npm, into tests/bench.
bench_packages="graphviz dia time bc"
fuzz_packages="clang libclang-rt-14-dev"
# The leaflet's web page checked in a real browser (about 40 s to install);
# axe-core and puppeteer-core come from npm, into tests/a11y.
browser_packages="chromium"

wanted=""
npm_wanted=""
npm_bench=""
for group in "${@:-build}"; do
  case "$group" in
    build) wanted="$wanted $build_packages" ;;
    test) wanted="$wanted $build_packages $test_packages" ;;
    bench) wanted="$wanted $build_packages $test_packages $bench_packages"; npm_bench=1 ;;
    fuzz) wanted="$wanted $build_packages $fuzz_packages" ;;
    browser) wanted="$wanted $browser_packages"; npm_wanted=1 ;;
    *) echo "install-deps: unknown group '$group' (build, test, browser, bench, fuzz)" >&2
       exit 2 ;;
  esac
done

missing=""
for p in $wanted; do
  if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed"; then
    case " $missing " in *" $p "*) ;; *) missing="$missing $p" ;; esac
  fi
done
# The versions locked in tests/a11y/package-lock.json; no browser download
# (puppeteer-core drives Debian's chromium).
a11y=$(dirname "$0")/../tests/a11y
if [ -n "$npm_wanted" ] && [ ! -d "$a11y/node_modules" ]; then
  if command -v npm >/dev/null 2>&1; then
    npm ci --prefix "$a11y" --no-audit --no-fund --loglevel=error || \
      echo "install-deps: npm ci in tests/a11y failed; the browser tests will be skipped" >&2
  else
    echo "install-deps: no npm; the browser tests will be skipped" >&2
  fi
fi
# The version locked in tests/bench/package-lock.json.
bench=$(dirname "$0")/../tests/bench
if [ -n "$npm_bench" ] && [ ! -d "$bench/node_modules" ]; then
  if command -v npm >/dev/null 2>&1; then
    npm ci --prefix "$bench" --no-audit --no-fund --loglevel=error || \
      echo "install-deps: npm ci in tests/bench failed; the bench leaves ELK out" >&2
  else
    echo "install-deps: no npm yet; run this again after the packages to add ELK to the bench" >&2
  fi
fi
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "install-deps: these Debian packages are missing and I am not root:$missing" >&2
  echo "install-deps: install them with apt-get, then run make again." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: no apt-get here; install the equivalents of:$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
