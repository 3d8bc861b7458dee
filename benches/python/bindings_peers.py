"""quyche's Python bindings against their peers, on the same work, in one run.

Workloads (issue 7):
  1. batch add_working_days on 1,000,000 dates vs numpy.busday_offset with the same holidays (target ≥3×, issue 17);
  2. scalar is_working_day vs the `holidays` package (target ≥5×);
  3. building the Vietnamese calendar for 200 years vs holidays.Vietnam(years=range(1900, 2100)).
Extra: batch is_working_day vs numpy.is_busday; batch working_days_between vs numpy.busday_count.

Needs numpy and holidays. Prints a table of figures and ratios (peer time / quyche time, so a ratio
above 1 means quyche is faster). Timings are the best of several repeats on this machine.

Run: python benches/python/bindings_peers.py [--n 1000000] [--json out.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import time
from typing import Any, Callable

import holidays
import numpy as np

import quyche
import quyche.pandas as qpd


CLOCK: Callable[[], float] = time.process_time


def best(fn: Callable[[], Any], repeat: int = 5) -> float:
    """The best time of `repeat` runs, in seconds, on CLOCK: the process's CPU time by default,
    which other processes on a shared machine disturb far less than the wall clock (every
    workload here runs on the calling thread, the batch forms included)."""
    times = []
    for _ in range(repeat):
        t0 = CLOCK()
        fn()
        times.append(CLOCK() - t0)
    return min(times)


def fmt(seconds: float, per: int = 1) -> str:
    """A duration per item, in a readable unit."""
    s = seconds / per
    if s < 1e-6:
        return f"{s * 1e9:.0f} ns"
    if s < 1e-3:
        return f"{s * 1e6:.1f} µs"
    if s < 1:
        return f"{s * 1e3:.1f} ms"
    return f"{s:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000, help="dates in the batch workloads")
    parser.add_argument("--scalar", type=int, default=200_000, help="dates in the scalar workload")
    parser.add_argument("--json", default=None, help="also write the figures as JSON here")
    parser.add_argument("--wall", action="store_true", help="time with the wall clock instead of CPU time")
    args = parser.parse_args()
    global CLOCK
    if args.wall:
        CLOCK = time.perf_counter

    cal = quyche.Calendar.vietnam()
    # The same holidays for numpy: every weekday off in the calendar's 200 years. numpy cannot
    # express worked weekend days (làm bù); the agreement line below counts what that changes.
    hol = np.array(qpd.holiday_dates(range(2000, 2200), calendar=cal), dtype="datetime64[D]")
    rng = np.random.default_rng(42)
    dates = np.datetime64("2001-01-01") + rng.integers(0, 365 * 97, size=args.n).astype("timedelta64[D]")
    later = dates + rng.integers(0, 400, size=args.n).astype("timedelta64[D]")
    n_days = 10

    rows: list[dict[str, Any]] = []

    def row(workload: str, ours: float, peer: float, peer_name: str, per: int, target: float | None) -> None:
        ratio = peer / ours
        rows.append(
            {
                "workload": workload,
                "quyche_s": ours,
                "peer": peer_name,
                "peer_s": peer,
                "items": per,
                "ratio": ratio,
                "target": target,
                "met": None if target is None else ratio >= target,
            }
        )

    # 1. batch add_working_days vs numpy.busday_offset ("backward" rolling matches quyche's rule:
    # from a day off, the first working day after it counts as the first).
    ours = best(lambda: cal.add_working_days(dates, n_days))
    peer = best(lambda: np.busday_offset(dates, n_days, roll="backward", weekmask="1111100", holidays=hol))
    row(f"add_working_days, batch of {args.n:,}", ours, peer, "numpy.busday_offset", args.n, 3.0)
    a = cal.add_working_days(dates, n_days)
    b = np.busday_offset(dates, n_days, roll="backward", weekmask="1111100", holidays=hol)
    agree = float((a == b).mean())

    # Extra batch rows.
    ours = best(lambda: cal.is_working_day(dates))
    peer = best(lambda: np.is_busday(dates, weekmask="1111100", holidays=hol))
    row(f"is_working_day, batch of {args.n:,}", ours, peer, "numpy.is_busday", args.n, None)
    ours = best(lambda: cal.working_days_between(dates, later))
    peer = best(lambda: np.busday_count(dates, later, weekmask="1111100", holidays=hol))
    row(f"working_days_between, batch of {args.n:,}", ours, peer, "numpy.busday_count", args.n, None)

    # 2. scalar is_working_day vs the holidays package (weekday test plus holiday lookup, as a
    # user of that package writes it).
    vn = holidays.Vietnam(years=range(2000, 2100))
    scalars = [d.item() for d in dates[: args.scalar]]
    scalars = [d for d in scalars if d.year < 2100]
    is_wd = cal.is_working_day

    def ours_scalar() -> int:
        return sum(1 for d in scalars if is_wd(d))

    def peer_scalar() -> int:
        return sum(1 for d in scalars if d.weekday() < 5 and d not in vn)

    ours = best(ours_scalar, 5)
    peer = best(peer_scalar, 5)
    row(f"is_working_day, scalar × {len(scalars):,}", ours, peer, "holidays.Vietnam (weekday + `in`)", len(scalars), 5.0)

    # 3. building the calendar: quyche covers 2000–2199 (200 years) with arrangements and
    # compensatory days; holidays.Vietnam for 1900–2099.
    ours = best(lambda: quyche.Calendar.vietnam(), 3)
    peer = best(lambda: holidays.Vietnam(years=range(1900, 2100)), 3)
    row("build the calendar, 200 years", ours, peer, "holidays.Vietnam(years=range(1900, 2100))", 1, None)

    print(f"quyche {quyche.__version__}, numpy {np.__version__}, holidays {holidays.__version__}, "
          f"Python {platform.python_version()}, {platform.processor() or platform.machine()}")
    header = f"{'workload':<40} {'quyche':>10} {'peer':>10} {'ratio':>7}  {'target':>6}  peer"
    print(header)
    print("-" * len(header))
    for r in rows:
        target = "" if r["target"] is None else f"≥{r['target']:.0f}×"
        mark = "" if r["met"] is None else (" ok" if r["met"] else " MISSED")
        print(f"{r['workload']:<40} {fmt(r['quyche_s'], r['items']):>10} {fmt(r['peer_s'], r['items']):>10} "
              f"{r['ratio']:>6.1f}×  {target:>6}{mark}  {r['peer']}")
    print(f"(times per item, best of several runs, {'wall clock' if args.wall else 'process CPU time'}; ratio = peer time / quyche time)")
    print(f"add_working_days agreement with numpy.busday_offset: {agree:.4%} of dates "
          "(the rest cross a worked weekend day, which numpy's weekmask cannot express)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"rows": rows, "agreement": agree, "date": dt.date.today().isoformat()}, f, indent=2)


if __name__ == "__main__":
    main()
