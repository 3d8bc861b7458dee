"""Compare quyche's calendar figures with Python peers on the same work, and print ratios.

Run after the Rust benchmarks, from the repository root:

    cargo bench -p quyche --bench calendar
    python3 -m venv /tmp/peers && /tmp/peers/bin/pip install numpy lunardate
    /tmp/peers/bin/python benches/python/calendar_peers.py

The holiday list is the civil-service calendar exported by
`cargo run -p quyche --example calendar_holidays -- --csv 2000 2199` (run by this script unless
`--holidays FILE` is given). numpy's busdaycalendar has weekmask Mon–Fri and the days off as
holidays; it cannot express Saturdays worked by swap (làm bù), which the Rust calendar has.
Rust figures are criterion's mean estimates in target/criterion/<bench>/new/estimates.json.
"""
import argparse
import datetime as dt
import json
import pathlib
import subprocess
import sys
import timeit

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[2]


def rust_ns(name):
    path = ROOT / "target" / "criterion" / name / "new" / "estimates.json"
    try:
        return json.loads(path.read_text())["mean"]["point_estimate"]
    except (OSError, KeyError, ValueError):
        return None


def holiday_rows(path):
    if path:
        text = pathlib.Path(path).read_text()
    else:
        cmd = ["cargo", "run", "-q", "-p", "quyche", "--example", "calendar_holidays", "--", "--csv", "2000", "2199"]
        text = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    rows = [line.split(",") for line in text.splitlines()[1:] if line.strip()]
    return [np.datetime64(d) for d, kind in rows if kind == "off"], [d for d, kind in rows if kind == "work"]


def per_call_ns(stmt, number, names):
    return min(timeit.repeat(stmt, number=number, repeat=5, globals=names)) / number * 1e9


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--holidays", help="CSV date,kind (off|work); default: exported from Rust")
    ap.add_argument("--batch", type=int, default=1_000_000)
    args = ap.parse_args()

    off, worked = holiday_rows(args.holidays)
    cal = np.busdaycalendar(weekmask="1111100", holidays=off)
    rng = np.random.default_rng(7)
    start = np.datetime64("2000-01-01")
    days = rng.integers(0, 73_000, size=args.batch)
    batch = start + days.astype("timedelta64[D]")
    ends = batch + rng.integers(0, 400, size=args.batch).astype("timedelta64[D]")
    scalar = batch[12345]
    scalar_end = ends[12345]

    # Sanity: 2026 working days. Rust: 250; numpy lacks the 2 Saturdays worked (10/01, 22/08).
    n2026 = int(np.busday_count("2026-01-01", "2027-01-01", busdaycal=cal))
    print(f"numpy busday_count 2026 = {n2026} (Rust: 250, less the {sum(w.startswith('2026') for w in worked)} Saturdays worked numpy cannot express)")

    rows = []
    g = {"np": np, "cal": cal, "batch": batch, "ends": ends, "d": scalar, "e": scalar_end}
    rows.append(("add_working_days", "numpy.busday_offset scalar",
                 per_call_ns("np.busday_offset(d, 10, roll='forward', busdaycal=cal)", 20_000, g),
                 rust_ns("add_working_days")))
    t = min(timeit.repeat(lambda: np.busday_offset(batch, 10, roll="forward", busdaycal=cal), number=1, repeat=3))
    rows.append(("add_working_days", f"numpy.busday_offset batch of {args.batch:,} (per date)", t / args.batch * 1e9, rust_ns("add_working_days")))
    rows.append(("working_days_between", "numpy.busday_count scalar",
                 per_call_ns("np.busday_count(d, e, busdaycal=cal)", 20_000, g), rust_ns("working_days_between")))
    t = min(timeit.repeat(lambda: np.busday_count(batch, ends, busdaycal=cal), number=1, repeat=3))
    rows.append(("working_days_between", f"numpy.busday_count batch of {args.batch:,} (per pair)", t / args.batch * 1e9, rust_ns("working_days_between")))
    rows.append(("is_working_day", "numpy.is_busday scalar", per_call_ns("np.is_busday(d, busdaycal=cal)", 20_000, g), rust_ns("is_working_day")))
    t = min(timeit.repeat(lambda: np.is_busday(batch, busdaycal=cal), number=1, repeat=3))
    rows.append(("is_working_day", f"numpy.is_busday batch of {args.batch:,} (per date)", t / args.batch * 1e9, rust_ns("is_working_day")))
    try:
        from lunardate import LunarDate

        pydates = [dt.date(2000, 1, 1) + dt.timedelta(days=int(x)) for x in days[:20_000]]
        t = min(timeit.repeat(lambda: [LunarDate.from_solar_date(p.year, p.month, p.day) for p in pydates], number=1, repeat=3))
        rows.append(("lunar_from_solar", "lunardate.LunarDate.from_solar_date (Chinese calendar)", t / len(pydates) * 1e9, rust_ns("lunar_from_solar")))
    except ImportError:
        print("lunardate not installed: lunar peer skipped", file=sys.stderr)

    print(f"{'workload':<22} {'peer':<58} {'peer ns':>10} {'quyche ns':>10} {'ratio':>8}")
    for work, peer, peer_ns, ours in rows:
        ours_s = f"{ours:10.1f}" if ours else f"{'n/a':>10}"
        ratio = f"{peer_ns / ours:7.1f}x" if ours else f"{'n/a':>8}"
        print(f"{work:<22} {peer:<58} {peer_ns:10.1f} {ours_s} {ratio}")
    lunar = rust_ns("lunar_from_solar")
    if lunar:
        print(f"lunar conversion: {lunar:.1f} ns per date (target <= 50 ns)")


if __name__ == "__main__":
    main()
