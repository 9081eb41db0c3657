#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# People a year at each step of one example, answered twice side by side:
# by the small independent discrete-event model in capacity-des.py (its own
# reading of the file, simulated people, SEED and YEARS below) and, when the
# build has it, by `pathway capacity --format json` (the linear model). The
# difference per step should stay within 2% (the simulation's noise), and
# the times say what the exact answer saves.
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
  > "$work/des.json"

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

/usr/bin/python3 - "$work" "$have_c" <<'EOF'
import json, sys

work, have_c = sys.argv[1], sys.argv[2] == "1"
des = json.load(open(f"{work}/des.json"))
des_time = open(f"{work}/des.time").read().split()


def people_by_step(doc):
    """Step id -> people a year, wherever the JSON keeps them."""
    found = {}

    def walk(node, key=None):
        if isinstance(node, dict):
            people = next((v for k, v in node.items()
                           if k.startswith("people") and isinstance(v, (int, float))), None)
            sid = node.get("id", node.get("step", key))
            if people is not None and isinstance(sid, str):
                found.setdefault(sid, people)
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    return found


c = people_by_step(json.load(open(f"{work}/c.json"))) if have_c else {}
head = f"{'step':<24} {'DES people/yr':>14} {'DES median d':>13} {'DES p90 d':>10}"
if have_c:
    head += f" {'capacity people/yr':>19} {'diff %':>7}"
print(head)
worst = 0.0
for sid, s in des["steps"].items():
    med = s["median_wait_days"]
    p90 = s["p90_wait_days"]
    line = (f"{sid:<24} {s['people_per_year']:>14.1f} "
            f"{'-' if med is None else format(med, '.1f'):>13} "
            f"{'-' if p90 is None else format(p90, '.1f'):>10}")
    if have_c:
        want = c.get(sid)
        if want is None:
            line += f" {'missing':>19}"
        else:
            diff = (s["people_per_year"] - want) / want * 100 if want else 0.0
            if want >= 50:  # small flows are mostly noise
                worst = max(worst, abs(diff))
            line += f" {want:>19.1f} {diff:>7.2f}"
    print(line)
print(f"discrete-event model (python3): {float(des_time[0]):.2f} s wall, "
      f"{int(des_time[1]) / 1024:.1f} MiB peak ({des['wall_seconds']:.2f} s inside)")
if have_c:
    c_time = open(f"{work}/c.time").read().split()
    print(f"pathway capacity --format json: {float(c_time[0]):.3f} s wall, "
          f"{int(c_time[1]) / 1024:.1f} MiB peak")
    print(f"largest difference on steps of 50 or more people a year: {worst:.2f}%")
EOF
