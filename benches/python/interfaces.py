"""The calendar calls of benches/c/calendar.c and bindings/c/examples/bench_calendar.rs, made from
Python through the quyche wheel: the same 4,096 dates (2000-01-01 plus i * 7919 mod 73,000 days)
cycled through, one call per date (scalar) and one call per array (batch, 4,096 dates tiled to
about a million). Prints one JSON object per workload and form:
{"interface": "python-scalar" | "python-batch", "workload": ..., "ns": ...}. Scalar times include
the Python loop around the calls, as a user's loop would.

Run: python benches/python/interfaces.py [--calls 200000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from typing import Any, Callable

import numpy as np

import quyche

INPUTS = 4096


def best(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """The best wall time of `repeat` runs (wall, like the C and Rust loops), and the last result."""
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def emit(interface: str, workload: str, seconds: float, calls: int) -> None:
    print(json.dumps({"interface": interface, "workload": workload, "ns": round(seconds / calls * 1e9, 2)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=200_000, help="scalar calls per workload")
    args = parser.parse_args()
    cal = quyche.Calendar.vietnam()
    first = dt.date(2000, 1, 1)
    dates = [first + dt.timedelta(days=i * 7919 % 73_000) for i in range(INPUTS)]
    moons = [quyche.lunar.from_solar(d) for d in dates]
    calls = args.calls
    idx = [k & (INPUTS - 1) for k in range(calls)]
    seq = [dates[i] for i in idx]
    nxt = [dates[(i + 1) & (INPUTS - 1)] for i in idx]
    # Lunar dates as plain tuples, as a caller holding (year, month, day, leap) passes them.
    lun = [(m.year, m.month, m.day, m.leap) for m in (moons[i] for i in idx)]

    is_wd, add, between = cal.is_working_day, cal.add_working_days, cal.working_days_between
    from_solar, to_solar = quyche.lunar.from_solar, quyche.lunar.to_solar
    scalar: list[tuple[str, Callable[[], int]]] = [
        ("is_working_day", lambda: sum(1 for d in seq if is_wd(d))),
        ("add_working_days", lambda: sum(add(d, 10).day for d in seq)),
        ("working_days_between", lambda: sum(between(a, b) for a, b in zip(seq, nxt))),
        ("lunar_from_solar", lambda: sum(from_solar(d).day for d in seq)),
        ("lunar_to_solar", lambda: sum(to_solar(*m).day for m in lun)),
    ]
    for name, fn in scalar:
        t, _ = best(fn)
        emit("python-scalar", name, t, calls)

    # Batch: the inputs tiled to about a million dates, one call per array.
    reps = max(1, 1_000_000 // INPUTS)
    arr = np.tile(np.array(dates, dtype="datetime64[D]"), reps)
    arr_next = np.roll(arr, -1)
    n = arr.size
    batch: list[tuple[str, Callable[[], Any]]] = [
        ("is_working_day", lambda: cal.is_working_day(arr)),
        ("add_working_days", lambda: cal.add_working_days(arr, 10)),
        ("working_days_between", lambda: cal.working_days_between(arr, arr_next)),
    ]
    for name, fn in batch:
        t, _ = best(fn)
        emit("python-batch", name, t, n)


if __name__ == "__main__":
    main()
