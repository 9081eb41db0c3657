#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# People a year and waits at each step of one example, answered side by side:
# by the small independent discrete-event model in capacity-des.py (its own
# reading of the file, simulated people, SEED and YEARS below), by
# `pathway capacity --format json` (the linear model, exact) and, when the
# build has it, by `pathway capacity --simulate YEARS --seed SEED --format
# json` (the simulation in C, over the capacity model). The simulations'
# people a year should stay within about 2% of the linear model's on busy
# steps (their noise), and their waits near each other's where staff in
# post are entered; the times say what each answer costs. The model's own
# linear solution (Gaussian elimination in Python) is printed beside its
# simulated figures, as "its linear".
# Usage: capacity-des-bench.sh BUILD_DIR [FILE]. Environment: BENCH_YEARS (10),
# BENCH_SEED (1).
set -euo pipefail
build="${1:-_build}"
file="${2:-pathways-xml/examples/common-mental-health-stepped-care.pathway}"
years="${BENCH_YEARS:-10}"
seed="${BENCH_SEED:-1}"
here=$(dirname "$0")
pathway="$build/app/cli/pathway"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== $(basename "$file"): discrete-event model, $years simulated years, seed $seed"
/usr/bin/time -f "%e %M" -o "$work/des.time" \
  /usr/bin/python3 "$here/capacity-des.py" "$file" --years "$years" --seed "$seed" \
  --linear > "$work/des.json"

have_c=""
if [[ -x "$pathway" ]] && "$pathway" capacity --format json "$file" \
     > "$work/c.json" 2> "$work/c.err"; then
  have_c=1
  /usr/bin/time -f "%e %M" -o "$work/c.time" \
    "$pathway" capacity --format json "$file" > "$work/c.json"
else
  echo "pathway capacity --format json is not in this build ($pathway): its column is skipped"
  [[ -s "$work/c.err" ]] && head -n 3 "$work/c.err"
fi

have_sim=""
if [[ -n "$have_c" ]] && /usr/bin/time -f "%e %M" -o "$work/sim.time" \
     "$pathway" capacity --simulate "$years" --seed "$seed" --format json "$file" \
     > "$work/sim.json" 2> "$work/sim.err"; then
  have_sim=1
elif [[ -n "$have_c" ]]; then
  echo "pathway capacity --simulate is not in this build: its columns are skipped"
fi

/usr/bin/python3 - "$work" "$have_c" "$have_sim" <<'EOF'
import json, sys

work, have_c, have_sim = sys.argv[1], sys.argv[2] == "1", sys.argv[3] == "1"
des = json.load(open(f"{work}/des.json"))
des_time = open(f"{work}/des.time").read().split()
linear, sim = {}, {}
own = des.get("linear_people_per_year") or {}
if have_c:
    doc = json.load(open(f"{work}/c.json"))
    linear = {s["id"]: s["people_per_year"] for s in doc["pathways"][0]["steps"]}
if have_sim:
    doc = json.load(open(f"{work}/sim.json"))
    sim = {s["id"]: s for s in doc["simulation"]["pathways"][0]["steps"]}


def days(value):
    return "-" if value is None else format(value, ".1f")


def diff(value, want):
    return (value - want) / want * 100 if want else 0.0


def columns(people, median, p90, want):
    return (f" {people:>9.1f} {'-' if want is None else format(diff(people, want), '.2f'):>6}"
            f" {days(median):>8} {days(p90):>7}")


head = (f"{'step':<24} {'linear/yr':>10} {'its linear':>10} {'DES/yr':>9} {'diff%':>6} "
        f"{'median d':>8} {'p90 d':>7}")
if have_sim:
    head += f" {'C sim/yr':>9} {'diff%':>6} {'median d':>8} {'p90 d':>7}"
print(head)
worst = {"DES": 0.0, "C": 0.0}
for sid, s in des["steps"].items():
    want = linear.get(sid)
    line = f"{sid:<24} {'-' if want is None else format(want, '.1f'):>10}"
    line += f" {'-' if own.get(sid) is None else format(own[sid], '.1f'):>10}"
    line += columns(s["people_per_year"], s["median_wait_days"], s["p90_wait_days"], want)
    busy = want is not None and want >= 50  # small flows are mostly noise
    if busy:
        worst["DES"] = max(worst["DES"], abs(diff(s["people_per_year"], want)))
    c = sim.get(sid)
    if c is not None:
        line += columns(c["people_per_year"], c["median_wait_days"], c["p90_wait_days"], want)
        if busy:
            worst["C"] = max(worst["C"], abs(diff(c["people_per_year"], want)))
    print(line)
print(f"discrete-event model (python3): {float(des_time[0]):.2f} s wall, "
      f"{int(des_time[1]) / 1024:.1f} MiB peak ({des['wall_seconds']:.2f} s inside)")
if have_c:
    c_time = open(f"{work}/c.time").read().split()
    print(f"pathway capacity --format json: {float(c_time[0]):.3f} s wall, "
          f"{int(c_time[1]) / 1024:.1f} MiB peak")
    print(f"largest difference of the discrete-event model from the linear model on steps of "
          f"50 or more people a year: {worst['DES']:.2f}%")
if have_sim:
    s_time = open(f"{work}/sim.time").read().split()
    print(f"pathway capacity --simulate --format json: {float(s_time[0]):.3f} s wall, "
          f"{int(s_time[1]) / 1024:.1f} MiB peak")
    print(f"largest difference of the simulation from the linear model on steps of 50 or more "
          f"people a year: {worst['C']:.2f}%")
EOF
