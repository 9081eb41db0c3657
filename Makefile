# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands a newcomer needs: `make run` and `make test`.
BUILD ?= _build
EXAMPLE ?= pathways-xml/examples/common-mental-health-stepped-care.pathway
XVFB := xvfb-run -a -s "-screen 0 1600x1000x24"

.PHONY: all deps build run test a11y sanitize mutate compare screenshots bench fuzz clean

all: build

deps:
	@build-aux/install-deps.sh build

$(BUILD)/build.ninja:
	@build-aux/install-deps.sh build
	meson setup $(BUILD) --buildtype=debugoptimized

build: $(BUILD)/build.ninja
	ninja -C $(BUILD)

run: build
	@build-aux/run-example.sh $(BUILD) $(EXAMPLE)

test:
	@build-aux/install-deps.sh test browser
	@if [ ! -f $(BUILD)/build.ninja ]; then meson setup $(BUILD) --buildtype=debugoptimized -Dwerror=true; \
	 else meson configure $(BUILD) -Dwerror=true; fi
	ninja -C $(BUILD)
	@# Every test without a session bus, then the designer's tests again on
	@# a private one, as on a desktop. Each test's timeout doubled: a GUI
	@# test that takes 20-30 s on two cores takes twice that when the
	@# machine is busy with other work.
	DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus \
	  $(XVFB) meson test -C $(BUILD) --print-errorlogs --num-processes 2 --timeout-multiplier 2
	dbus-run-session -- $(XVFB) meson test -C $(BUILD) --suite gui --print-errorlogs \
	  --num-processes 2 --timeout-multiplier 2 --logbase gui-session-bus-testlog

# Only the browser checks in chromium with axe-core (make test
# runs them too).
a11y: build
	@build-aux/install-deps.sh browser
	meson test -C $(BUILD) --suite browser --print-errorlogs

# The whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize:
	@build-aux/install-deps.sh test
	build-aux/sanitize.sh $(BUILD)-sanitize

# Plants each bug of tests/mutations.txt in a scratch copy, one at a time,
# and says which the tests do not catch.
mutate:
	@build-aux/install-deps.sh test
	build-aux/mutate.py

# Every output of every example and of generated pathways, made by this
# build and by revision BASE (main unless given), compared byte for byte:
# a change meant to keep behaviour leaves them equal.
BASE ?= main
compare: build
	build-aux/compare-with.sh $(BASE) $(BUILD)

# PNGs of the designer's main states, to look at.
screenshots: build
	@build-aux/install-deps.sh test
	$(XVFB) meson test -C $(BUILD) screenshots
	@echo "Screenshots in $(BUILD)/screenshots/"

bench: build
	@build-aux/install-deps.sh bench
	tests/bench/run.sh $(BUILD)
	tests/bench/export-bench.sh $(BUILD)
	tests/bench/leaflet-bench.sh $(BUILD)
	tests/bench/layout-bench.sh $(BUILD)
	tests/bench/capacity-des-bench.sh $(BUILD)
	tests/bench/capacity-bench.sh $(BUILD)
	GSK_RENDERER=cairo $(XVFB) $(BUILD)/tests/bench/bench-canvas

fuzz:
	@build-aux/install-deps.sh fuzz
	tests/fuzz/run.sh

clean:
	rm -rf $(BUILD)
