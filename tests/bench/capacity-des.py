#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small discrete-event model of people flowing through a .pathway file.

It answers the question `pathway capacity` answers (people a year at each
step, and with --simulate the waits) by another route: it reads the XML
itself and follows simulated people one by one, so that the two can be
compared. Standard library only.

The model:
- Arrivals: the pathway's referrals-per-year enter at the referral steps that
  no transition leads to, split evenly (else at all referral steps, else at
  the first step in reading order); each step's arrivals-per-year join there
  too. Inter-arrival times are exponential (--arrivals fixed: evenly spaced).
- Shares: a transition's likelihood where set; the transitions from a step
  without one share equally what the set ones leave of 100%.
- Routing after a step, when its shares total 100% or less: ONE next step,
  drawn by weight (share / 100), and with the probability left over the
  person leaves the pathway. When they total more than 100%: EACH transition
  is taken independently with probability min(share, 100) / 100, so people
  may take several next steps at once (offered alongside each other). Either
  way the expected number of people down each transition is its share.
- Service: a person at a step needs sessions x minutes / 60 x staff per
  session / group size staff hours (groups are treated as a fluid: each
  member carries their part of the session), split among the step's roles by
  their shares (roles without a share split what is left equally). Steps
  without sessions or minutes take no staff time and are passed at once.
- Servers: one pool per role (names trimmed and case-folded), holding the
  whole-time equivalents in post for that role from <staffing> (all
  agencies together): round(WTE) servers, at least 1, each working
  WTE / servers x hours-per-wte clinical hours a year, so the pool's capacity
  is exactly the WTE in post. A pool serves its steps' queues first come,
  first served (each step's queue is FIFO). Roles with no staff in post have
  infinite servers. Service times are fixed (--service exp: exponential with
  the same mean).
- Planned and not-offered steps serve no one: the people who reach them are
  counted (the unmet need) and carry on past them at once, taking no staff
  time and starting no session.
- Measures, over the years after a one-year warm-up: people a year arriving
  at each step (the linear model's figure), people a year whose first
  session started, the median and 90th percentile of the wait to the first
  session in days (first role started), and people still waiting at the end.

Usage: capacity-des.py FILE [--years N] [--seed S] [--warm-up Y]
       [--arrivals exp|fixed] [--service fixed|exp] [--referrals N] [--linear]
       capacity-des.py --selftest
Prints JSON. --linear adds the people a year of the linear model (solved
here by Gaussian elimination) for comparison.
"""

import argparse
import collections
import heapq
import json
import math
import random
import sys
import time
import xml.etree.ElementTree as ET

NS = "{https://pathwaydesigner.org/ns/pathway}"
HOURS_PER_WTE_DEFAULT = 1012.5  # 37.5 h x 45 weeks x 60% clinical contact
DAYS_PER_YEAR = 365.25
MAX_VISITS_PER_PERSON = 10000


def _number(text, default):
    if text is None or text.strip() == "":
        return default
    return float(text)


def role_key(role):
    return " ".join(role.split()).casefold()


class Step:
    def __init__(self, elem):
        self.id = elem.get("id")
        self.kind = elem.get("kind", "intervention")
        self.availability = elem.get("availability", "offered")
        title = elem.find(NS + "title")
        self.title = title.text if title is not None and title.text else self.id
        self.arrivals = _number(elem.get("arrivals-per-year"), 0.0)
        timing = elem.find(NS + "timing")
        get = timing.get if timing is not None else (lambda k: None)
        self.sessions = _number(get("sessions"), 0.0)
        self.minutes = _number(get("session-minutes"), 0.0)
        self.group = max(1.0, _number(get("group-size"), 1.0))
        self.staff_per_session = _number(get("staff-per-session"), 1.0)
        if self.staff_per_session <= 0:
            self.staff_per_session = 1.0
        roles = []
        for staff in elem.findall(NS + "staff"):
            role = staff.get("role")
            if role and role.strip():
                roles.append((role_key(role), _number(staff.get("share"), None)))
        given = sum(s for _, s in roles if s is not None)
        unset = [r for r, s in roles if s is None]
        rest = max(0.0, 100.0 - given) / len(unset) if unset else 0.0
        self.roles = [(r, s if s is not None else rest) for r, s in roles]
        self.out = []  # (target id, share percent)

    def hours(self):
        """Staff hours one person needs here."""
        return self.sessions * self.minutes / 60.0 * self.staff_per_session / self.group


class Pathway:
    def __init__(self, path, referrals=None):
        root = ET.parse(path).getroot()
        if root.tag != NS + "pathway":
            raise ValueError(f"{path}: not a pathway file")
        self.id = root.get("id", path)
        self.referrals = (referrals if referrals is not None
                          else _number(root.get("referrals-per-year"), 0.0))
        self.hours_per_wte = _number(root.get("hours-per-wte"), 0.0) or HOURS_PER_WTE_DEFAULT
        self.steps = [Step(e) for e in root.iter(NS + "node")]
        self.by_id = {s.id: s for s in self.steps}
        self.wte = collections.defaultdict(float)
        staffing = root.find(NS + "staffing")
        if staffing is not None:
            for post in staffing.findall(NS + "post"):
                self.wte[role_key(post.get("role", ""))] += _number(post.get("wte"), 0.0)
        edges = collections.defaultdict(list)
        targets = set()
        for e in root.iter(NS + "edge"):
            src, dst = e.get("from"), e.get("to")
            if src in self.by_id and dst in self.by_id:
                edges[src].append((dst, _number(e.get("likelihood"), None)))
                targets.add(dst)
        for step in self.steps:
            out = edges[step.id]
            given = sum(l for _, l in out if l is not None)
            unset = sum(1 for _, l in out if l is None)
            rest = max(0.0, 100.0 - given) / unset if unset else 0.0
            step.out = [(d, l if l is not None else rest) for d, l in out]
        self.sources = self._sources(targets)

    def _sources(self, targets):
        referral = [s for s in self.steps if s.kind == "referral"]
        entry = [s for s in referral if s.id not in targets] or referral or self.steps[:1]
        rate = collections.defaultdict(float)
        for s in entry:
            rate[s.id] += self.referrals / len(entry)
        for s in self.steps:
            rate[s.id] += s.arrivals
        return {k: v for k, v in rate.items() if v > 0}

    def linear(self):
        """People a year at each step: x = a + M^T x, by Gaussian elimination."""
        ids = [s.id for s in self.steps]
        index = {k: i for i, k in enumerate(ids)}
        n = len(ids)
        a = [[0.0] * (n + 1) for _ in range(n)]
        for i in range(n):
            a[i][i] = 1.0
            a[i][n] = self.sources.get(ids[i], 0.0)
        for s in self.steps:
            for dst, share in s.out:
                a[index[dst]][index[s.id]] -= share / 100.0
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                return None  # a loop everyone goes round forever
            a[col], a[pivot] = a[pivot], a[col]
            for r in range(n):
                if r != col and a[r][col] != 0.0:
                    f = a[r][col] / a[col][col]
                    for c in range(col, n + 1):
                        a[r][c] -= f * a[col][c]
        return {ids[i]: a[i][n] / a[i][i] for i in range(n)}


class Pool:
    """The staff in post for one role: servers and the steps' FIFO queues."""

    def __init__(self, wte, hours_per_wte):
        self.servers = max(1, round(wte))
        self.rate = wte / self.servers * hours_per_wte  # hours a year each
        self.free = self.servers
        self.queues = collections.OrderedDict()  # step id -> deque of jobs

    def push(self, step_id, job):
        self.queues.setdefault(step_id, collections.deque()).append(job)

    def pop(self):
        """The job that has waited longest, across the steps' queues."""
        best = None
        for q in self.queues.values():
            if q and (best is None or q[0][0] < best[0][0]):
                best = q
        return best.popleft() if best is not None else None


class Simulation:
    def __init__(self, pathway, years, seed, warm_up=1.0, arrivals="exp", service="fixed"):
        self.p = pathway
        self.years = years
        self.warm_up = warm_up
        self.rng = random.Random(seed)
        self.fixed_arrivals = arrivals == "fixed"
        self.exp_service = service == "exp"
        self.pools = {r: Pool(w, pathway.hours_per_wte)
                      for r, w in pathway.wte.items() if w > 0}
        self.events = []
        self.seq = 0
        self.arrived = collections.Counter()
        self.started = collections.Counter()
        self.waits = collections.defaultdict(list)
        self.dropped = 0

    def schedule(self, t, what, data):
        self.seq += 1
        heapq.heappush(self.events, (t, self.seq, what, data))

    def gap(self, rate):
        return 1.0 / rate if self.fixed_arrivals else self.rng.expovariate(rate)

    def run(self):
        for step_id, rate in self.p.sources.items():
            self.schedule(self.gap(rate), "new", (step_id, rate))
        while self.events:
            t, _, what, data = heapq.heappop(self.events)
            if t > self.years:
                break
            if what == "new":
                step_id, rate = data
                self.visit(t, step_id, 0)
                self.schedule(t + self.gap(rate), "new", data)
            else:
                self.finish(t, *data)
        return self

    def visit(self, t, step_id, count):
        if count >= MAX_VISITS_PER_PERSON:
            self.dropped += 1
            return
        step = self.p.by_id[step_id]
        if t >= self.warm_up:
            self.arrived[step_id] += 1
        if step.availability != "offered":
            self.route(t, step, count)
            return
        hours = step.hours()
        jobs = [(r, hours * share / 100.0) for r, share in step.roles if share > 0]
        if hours <= 0 or not jobs:
            self.record_start(t, t, step_id)
            self.route(t, step, count)
            return
        visit = {"step": step, "arrived": t, "pending": len(jobs), "count": count,
                 "started": False}
        for role, work in jobs:
            job = (t, visit, role, work)
            pool = self.pools.get(role)
            if pool is None:
                self.start(t, job, None)
            elif pool.free > 0:
                pool.free -= 1
                self.start(t, job, pool)
            else:
                pool.push(step_id, job)

    def start(self, t, job, pool):
        arrived, visit, role, work = job
        if not visit["started"]:
            visit["started"] = True
            self.record_start(arrived, t, visit["step"].id)
        rate = pool.rate if pool is not None else self.p.hours_per_wte
        duration = work / rate
        if self.exp_service:
            duration = self.rng.expovariate(1.0 / duration)
        self.schedule(t + duration, "done", (visit, pool))

    def record_start(self, arrived, t, step_id):
        if arrived >= self.warm_up:
            self.started[step_id] += 1
            self.waits[step_id].append((t - arrived) * DAYS_PER_YEAR)

    def finish(self, t, visit, pool):
        if pool is not None:
            job = pool.pop()
            if job is not None:
                self.start(t, job, pool)
            else:
                pool.free += 1
        visit["pending"] -= 1
        if visit["pending"] == 0:
            self.route(t, visit["step"], visit["count"])

    def route(self, t, step, count):
        total = sum(share for _, share in step.out)
        if total > 100.0:
            for dst, share in step.out:
                if self.rng.random() * 100.0 < share:
                    self.visit(t, dst, count + 1)
            return
        u = self.rng.random() * 100.0
        for dst, share in step.out:
            if u < share:
                self.visit(t, dst, count + 1)
                return
            u -= share

    def waiting(self, step_id):
        n = 0
        for pool in self.pools.values():
            q = pool.queues.get(step_id)
            n += len(q) if q else 0
        return n


def percentile(values, q):
    """The q-th percentile (0..100) by linear interpolation, None when empty."""
    if not values:
        return None
    v = sorted(values)
    pos = (len(v) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)


def simulate(path, years=10, seed=1, warm_up=1.0, arrivals="exp", service="fixed",
             referrals=None, linear=False):
    began = time.perf_counter()
    p = Pathway(path, referrals)
    sim = Simulation(p, years, seed, warm_up, arrivals, service).run()
    span = years - warm_up
    steps = collections.OrderedDict()
    for s in p.steps:
        w = sim.waits[s.id]
        steps[s.id] = {
            "title": s.title,
            "people_per_year": sim.arrived[s.id] / span,
            "served_per_year": sim.started[s.id] / span,
            "median_wait_days": percentile(w, 50),
            "p90_wait_days": percentile(w, 90),
            "waiting_at_end": sim.waiting(s.id),
        }
    result = collections.OrderedDict(
        pathway=p.id, years=years, warm_up_years=warm_up, seed=seed,
        referrals_per_year=p.referrals, hours_per_wte=p.hours_per_wte,
        servers={r: {"wte": p.wte[r], "servers": pool.servers}
                 for r, pool in sim.pools.items()},
        steps=steps)
    if sim.dropped:
        result["people_dropped_after_too_many_visits"] = sim.dropped
    if linear:
        lin = p.linear()
        result["linear_people_per_year"] = lin
    result["wall_seconds"] = time.perf_counter() - began
    return result


# --selftest: the model against closed forms on small pathways written here.

def _write(tmp, name, nodes, edges, referrals, staffing=""):
    body = ['<?xml version="1.0" encoding="UTF-8"?>',
            '<pathway xmlns="https://pathwaydesigner.org/ns/pathway" format-version="3"'
            f' id="{name}" referrals-per-year="{referrals}">',
            f'<title>{name}</title>', staffing, '<nodes>']
    for nid, kind, timing, role in nodes:
        staff = f'<staff role="{role}"/>' if role else ""
        body.append(f'<node id="{nid}" kind="{kind}" agency="a"><title>{nid}</title>'
                    f'<timing {timing}/>{staff}</node>')
    body.append("</nodes><edges>")
    for i, (src, dst, lik) in enumerate(edges):
        attr = f' likelihood="{lik}"' if lik is not None else ""
        body.append(f'<edge id="e{i}" from="{src}" to="{dst}"{attr}/>')
    body.append("</edges></pathway>")
    path = f"{tmp}/{name}.pathway"
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(body))
    return path


def selftest():
    import tempfile
    failures = []

    def near(what, got, want, rel):
        ok = abs(got - want) <= rel * abs(want)
        print(f"{'ok  ' if ok else 'FAIL'} {what}: {got:.3f} (closed form {want:.3f}, "
              f"within {rel * 100:g}%)")
        if not ok:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        # A chain, 2000 a year: everyone reaches every step.
        nodes = [("r", "referral", 'duration="1"', None),
                 ("a", "assessment", 'sessions="1" session-minutes="60"', None),
                 ("b", "intervention", 'sessions="6" session-minutes="60"', None)]
        chain = _write(tmp, "chain", nodes, [("r", "a", None), ("a", "b", None)], 2000)
        res = simulate(chain, years=21, seed=3)
        for sid in ("r", "a", "b"):
            near(f"chain: people a year at {sid}", res["steps"][sid]["people_per_year"],
                 2000, 0.02)

        # A decision: 60% and 25% set, the third shares the 15% left; then a
        # decision with 70% + 50% (people take both), and a step-down loop
        # that sends 20% back: a = 1000 / (1 - 0.2).
        nodes = [("r", "referral", 'duration="1"', None),
                 ("d", "decision", 'duration="1"', None),
                 ("x", "intervention", 'duration="1"', None),
                 ("y", "intervention", 'duration="1"', None),
                 ("z", "intervention", 'duration="1"', None),
                 ("p", "decision", 'duration="1"', None),
                 ("q1", "intervention", 'duration="1"', None),
                 ("q2", "intervention", 'duration="1"', None),
                 ("l", "review", 'duration="1"', None)]
        edges = [("r", "d", None), ("d", "x", 60), ("d", "y", 25), ("d", "z", None),
                 ("x", "p", None), ("p", "q1", 70), ("p", "q2", 50),
                 ("y", "l", None), ("l", "y", 20)]
        decision = _write(tmp, "decision", nodes, edges, 10000)
        res = simulate(decision, years=11, seed=5, linear=True)
        want = {"d": 10000, "x": 6000, "y": 2500 / 0.8, "z": 1500, "q1": 4200, "q2": 3000,
                "l": 2500 / 0.8}
        for sid, value in want.items():
            near(f"decision: people a year at {sid}", res["steps"][sid]["people_per_year"],
                 value, 0.02)
            near(f"decision: linear model at {sid}", res["linear_people_per_year"][sid],
                 value, 1e-9)

        # One server (1 WTE of 1012.5 h a year), each person 10 h: mu = 101.25
        # a year; lambda = 75 a year. M/M/1 with exponential service: the
        # wait W has P(W > t) = rho exp(-(mu - lambda) t), so the median is
        # ln(2 rho) / (mu - lambda) and the 90th percentile ln(10 rho) / (mu - lambda).
        staffing = '<staffing><post role="Therapist" wte="1"/></staffing>'
        nodes = [("r", "referral", 'duration="1"', None),
                 ("t", "intervention", 'sessions="10" session-minutes="60"', "Therapist")]
        mm1 = _write(tmp, "mm1", nodes, [("r", "t", None)], 75, staffing)
        lam, mu = 75.0, 1012.5 / 10.0
        rho = lam / mu
        res = simulate(mm1, years=401, seed=7, service="exp")
        t = res["steps"]["t"]
        near("M/M/1: median wait (days)", t["median_wait_days"],
             math.log(2 * rho) / (mu - lam) * DAYS_PER_YEAR, 0.05)
        near("M/M/1: 90th percentile wait (days)", t["p90_wait_days"],
             math.log(10 * rho) / (mu - lam) * DAYS_PER_YEAR, 0.05)
        near("M/M/1: people a year served", t["served_per_year"], lam, 0.02)

        # 1.6 WTE: two servers of 0.8 WTE each, mu = 81 a year each; with
        # lambda = 121.5 (rho = 0.75) Erlang's C = 2 rho^2 / (1 + rho) and
        # P(W > t) = C exp(-(2 mu - lambda) t).
        staffing2 = '<staffing><post role="Therapist" wte="1.6"/></staffing>'
        mm2 = _write(tmp, "mm2", nodes, [("r", "t", None)], 121.5, staffing2)
        lam2, mu2 = 121.5, 0.8 * 1012.5 / 10.0
        rho2 = lam2 / (2 * mu2)
        erlang_c = 2 * rho2 ** 2 / (1 + rho2)
        t = simulate(mm2, years=2001, seed=13, service="exp")["steps"]["t"]
        near("M/M/2: median wait (days)", t["median_wait_days"],
             math.log(2 * erlang_c) / (2 * mu2 - lam2) * DAYS_PER_YEAR, 0.05)
        near("M/M/2: 90th percentile wait (days)", t["p90_wait_days"],
             math.log(10 * erlang_c) / (2 * mu2 - lam2) * DAYS_PER_YEAR, 0.05)

        # Fixed service, M/D/1: mean wait rho / (2 mu (1 - rho)).
        waits = Simulation(Pathway(mm1), 401, 11).run().waits["t"]
        near("M/D/1: mean wait (days)", sum(waits) / len(waits),
             rho / (2 * mu * (1 - rho)) * DAYS_PER_YEAR, 0.05)

        # A group of 8 with 2 staff a session: a quarter of the hours each.
        nodes = [("r", "referral", 'duration="1"', None),
                 ("g", "intervention",
                  'sessions="10" session-minutes="60" group-size="8" staff-per-session="2"',
                  "Therapist")]
        group = _write(tmp, "group", nodes, [("r", "g", None)], 300, staffing)
        p = Pathway(group)
        near("group: staff hours per person", p.steps[1].hours(), 10 * 2 / 8, 1e-9)
        res = simulate(group, years=41, seed=2)
        near("group: people a year served", res["steps"]["g"]["served_per_year"], 300, 0.02)

    print("selftest:", "FAILED " + ", ".join(failures) if failures else "all passed")
    return 1 if failures else 0


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?")
    ap.add_argument("--years", type=float, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--warm-up", type=float, default=1.0)
    ap.add_argument("--arrivals", choices=("exp", "fixed"), default="exp")
    ap.add_argument("--service", choices=("fixed", "exp"), default="fixed")
    ap.add_argument("--referrals", type=float)
    ap.add_argument("--linear", action="store_true")
    ap.add_argument("--selftest", action="store_true")
    args = ap.parse_args(argv)
    if args.selftest:
        return selftest()
    if not args.file:
        ap.error("a .pathway file is needed")
    if args.years <= args.warm_up:
        ap.error("--years must be more than the warm-up year")
    result = simulate(args.file, args.years, args.seed, args.warm_up, args.arrivals,
                      args.service, args.referrals, args.linear)
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
