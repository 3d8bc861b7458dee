"""Plain-Python deadline expansion, written as a user would: read every rules.toml of a dataset
directory, expand the obligations of one year into due dates on the civil-service calendar
(Monday–Friday, the same days off and Saturdays worked as quyche, exported as CSV), shifting a
last day that is not a working day back to the previous working day. Prints one JSON line:
{"obligations", "due_dates", "seconds", "per_second"}.

    python3 benches/python/deadline_peer.py DATASET_DIR HOLIDAYS_CSV [--year 2026] [--repeat 3]

HOLIDAYS_CSV is `cargo run --example calendar_holidays -- --csv 2000 2199` (date,kind with kind
off|work). Only the expansion is timed, not reading the files.
"""
import argparse
import calendar
import datetime as dt
import json
import pathlib
import time
import tomllib


def load_obligations(root):
    out = []
    for path in sorted(pathlib.Path(root, "instruments").glob("*/*/rules.toml")):
        with open(path, "rb") as f:
            rules = tomllib.load(f)
        for ob in rules.get("obligation", []):
            out.append((f"{path.parent.relative_to(root / 'instruments')}/{ob['id']}", ob["schedule"]))
    return out


def load_days(path):
    off, work = set(), set()
    for line in pathlib.Path(path).read_text().splitlines()[1:]:
        if line.strip():
            d, kind = line.split(",")
            (off if kind == "off" else work).add(dt.date.fromisoformat(d))
    return off, work


MONTHS = {"annual": 12, "semiannual": 6, "quarterly": 3, "monthly": 1}


def periods(kind, first, last):
    if kind in MONTHS:
        n = MONTHS[kind]
        y, m = first.year, (first.month - 1) // n * n + 1
        while dt.date(y, m, 1) <= last:
            start = dt.date(y, m, 1)
            m += n
            if m > 12:
                y, m = y + 1, m - 12
            yield start, dt.date(y, m, 1) - dt.timedelta(days=1)
    elif kind == "weekly":
        start = first - dt.timedelta(days=first.weekday())
        while start <= last:
            yield start, start + dt.timedelta(days=6)
            start += dt.timedelta(days=7)


def expand(obligations, year, off, work):
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)

    def working(d):
        return d in work or (d.weekday() < 5 and d not in off)

    due = []
    for ob_id, s in obligations:
        kind = s["kind"]
        if kind not in MONTHS and kind != "weekly":
            continue
        for index, (start, end) in enumerate(periods(kind, dt.date(year - 1, 1, 1), last)):
            if "period" in s and kind in MONTHS and (start.month - 1) // MONTHS[kind] + 1 != s["period"]:
                continue
            if "day" in s:
                if kind == "annual":
                    y, m = start.year, s.get("month", 12)
                else:
                    m0 = start.month - 1 + s.get("month", 1) - 1
                    y, m = start.year + m0 // 12, m0 % 12 + 1
                day = min(s["day"], calendar.monthrange(y, m)[1])
                last_day = dt.date(y, m, day)
                if not s.get("inclusive", True):
                    last_day -= dt.timedelta(days=1)
            elif kind == "weekly" and "weekday" in s:
                last_day = start + dt.timedelta(days=s["weekday"] - 1)
            else:
                last_day = end
            if last_day < first or last_day > last:
                continue
            d = last_day
            while not working(d):
                d -= dt.timedelta(days=1)
            due.append((ob_id, start, last_day, d))
    return due


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("holidays")
    ap.add_argument("--year", type=int, default=2026)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    obligations = load_obligations(pathlib.Path(args.dataset))
    off, work = load_days(args.holidays)
    best, due = float("inf"), []
    for _ in range(args.repeat):
        t = time.perf_counter()
        due = expand(obligations, args.year, off, work)
        best = min(best, time.perf_counter() - t)
    print(json.dumps({"obligations": len(obligations), "due_dates": len(due), "seconds": best,
                      "per_second": len(due) / best if best else None}))


if __name__ == "__main__":
    main()
