#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`make mutate`: plants each bug of tests/mutations.txt, one at a time, in a
scratch copy of the source, runs the tests on it (the designer's own, under
xvfb-run, for a bug in app/ui or resources) and says which bug no test
caught. Exits 1 when any was missed, or a bug could not be planted.

tests/mutations.txt holds blocks of four lines (blank lines and lines
starting with # between blocks are skipped):
    = what the bug does
    @ path/to/file.c
    - the original text (found exactly once in the file)
    + the text put in its place
(several - and + lines for a bug of several lines).

`mutate.py --check` only says whether every bug can still be planted (its
file exists and holds its original text exactly once): the test suite runs
it, so that a change to the code keeps the list true.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

SOURCE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITES = ["--suite", "core", "--suite", "data", "--suite", "fuzz"]
# Bugs in the designer are caught by its own tests, under xvfb-run.
GUI_SUITES = ["--suite", "gui"]


def suites_for(mutation):
    return GUI_SUITES if mutation["@"].startswith(("app/ui/", "resources/")) else SUITES


def read_mutations(path):
    mutations, block = [], {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            key, text = line[:1], line[2:]
            if key not in "=@-+" or line[1:2] != " ":
                sys.exit(f"{path}:{number}: expected '= ', '@ ', '- ' or '+ '")
            if key == "=" and block:
                mutations.append(block)
                block = {}
            # Several - or + lines make a bug of several lines.
            block[key] = block[key] + "\n" + text if key in "-+" and key in block else text
            block.setdefault("line", number)
    if block:
        mutations.append(block)
    for m in mutations:
        if set(m) != {"=", "@", "-", "+", "line"}:
            sys.exit(f"{path}:{m['line']}: a block needs =, @, - and +")
    return mutations


def run(args, cwd, log):
    return subprocess.run(args, cwd=cwd, stdout=log, stderr=subprocess.STDOUT).returncode


def check(mutations):
    """Whether each bug can be planted in the source as it is now."""
    bad = 0
    for m in mutations:
        path = os.path.join(SOURCE, m["@"])
        if not os.path.isfile(path):
            why = f"no file {m['@']}"
        else:
            with open(path, encoding="utf-8") as f:
                found = f.read().count(m["-"])
            why = None if found == 1 else f"its text is found {found} times in {m['@']}, not once"
        if why:
            bad += 1
            print(f"tests/mutations.txt:{m['line']}: {m['=']}: {why}")
    print(f"{len(mutations) - bad} of {len(mutations)} bugs can be planted")
    return 1 if bad else 0


def main():
    only = sys.argv[1:]
    if any(o in ("-h", "--help") for o in only):
        print("usage: mutate.py [--check | WORDS...]\n\n" + __doc__.split("\n\n", 1)[1].strip()
              + "\n\nWith WORDS, only the bugs whose description or file holds one of them.")
        return 0
    mutations = read_mutations(os.path.join(SOURCE, "tests", "mutations.txt"))
    if only == ["--check"]:
        return check(mutations)
    if only:
        mutations = [m for m in mutations if any(o in m["="] or o in m["@"] for o in only)]
    scratch = tempfile.mkdtemp(prefix="pathway-mutate-")
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=SOURCE,
                           check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        if os.path.isfile(os.path.join(SOURCE, name)):
            os.makedirs(os.path.join(scratch, os.path.dirname(name)), exist_ok=True)
            shutil.copy2(os.path.join(SOURCE, name), os.path.join(scratch, name))
    build = os.path.join(scratch, "_build")
    log_path = os.path.join(scratch, "mutate.log")
    env_test = ["xvfb-run", "-a", "meson", "test", "-C", build, "--num-processes", "2"]
    baseline = SUITES + (GUI_SUITES if any(suites_for(m) is GUI_SUITES for m in mutations) else [])
    with open(log_path, "w") as log:
        print(f"Scratch copy in {scratch}; building...", flush=True)
        if run(["meson", "setup", build, "--buildtype=debugoptimized"], scratch, log) or \
           run(["ninja", "-C", build], scratch, log):
            sys.exit(f"the scratch copy does not build; see {log_path}")
        if run(env_test + baseline, scratch, log):
            sys.exit(f"the tests fail before any bug is planted; see {log_path}")
    caught, missed, broken = 0, [], []
    for m in mutations:
        path = os.path.join(scratch, m["@"])
        with open(path, encoding="utf-8") as f:
            original = f.read()
        if original.count(m["-"]) != 1:
            broken.append((m, f"found {original.count(m['-'])} times, not once"))
            print(f"  NOT PLANTED  {m['=']}", flush=True)
            continue
        with open(path, "w", encoding="utf-8") as f:
            f.write(original.replace(m["-"], m["+"]))
        started = time.monotonic()
        with open(log_path, "a") as log:
            log.write(f"\n==== {m['=']}\n")
            if run(["ninja", "-C", build], scratch, log):
                outcome = "does not compile"
            else:
                outcome = "caught" if run(env_test + suites_for(m), scratch, log) else "MISSED"
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        if outcome == "caught":
            caught += 1
        elif outcome == "MISSED":
            missed.append(m)
        else:
            broken.append((m, outcome))
        print(f"  {outcome:12} {m['=']}  ({time.monotonic() - started:.0f} s)", flush=True)
    total = len(mutations) - len(broken)
    print(f"{caught} of {total} planted bugs caught"
          + (f" ({100 * caught / total:.0f}%)" if total else ""))
    for m in missed:
        print(f"missed: tests/mutations.txt:{m['line']}: {m['=']}")
    for m, why in broken:
        print(f"not planted: tests/mutations.txt:{m['line']}: {m['=']}: {why}")
    if not missed and not broken:
        shutil.rmtree(scratch)
    else:
        print(f"log: {log_path}")
    return 1 if missed or broken else 0


if __name__ == "__main__":
    sys.exit(main())
