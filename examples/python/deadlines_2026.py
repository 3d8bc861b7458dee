"""Notebook-style walk through quyche from Python.

Loads the rules, lists the 2026 due dates of every province as a pandas DataFrame, and draws a
month calendar of the due dates (with matplotlib when it is installed, as text otherwise).

Run: python examples/python/deadlines_2026.py [--month 12] [--out due-2026-12.png]
"""

from __future__ import annotations

import argparse
import calendar as monthcal
import datetime as dt
import importlib.util
from collections import Counter

import pandas as pd

import quyche
import quyche.pandas as qpd

YEAR = 2026


def load_frame(rules: quyche.RuleSet) -> pd.DataFrame:
    """Every province's due dates in YEAR, one row per due date."""
    provinces = sorted({i.jurisdiction for i in rules.instruments() if i.jurisdiction != "vn" and i.has_text})
    frames = [qpd.to_frame(rules.deadlines(YEAR, province=p)) for p in provinces]
    return pd.concat(frames, ignore_index=True)


def due_per_day(frame: pd.DataFrame, month: int) -> Counter[dt.date]:
    """How many obligations fall due on each day of `month` (obligations in force only)."""
    counts: Counter[dt.date] = Counter()
    for due, in_force in zip(frame["due"], frame["in_force"]):
        if pd.notna(due) and bool(in_force) and due.month == month:
            counts[due.date()] += 1
    return counts


def text_calendar(month: int, counts: Counter[dt.date], cal: quyche.Calendar) -> str:
    """A month grid: the day, `*N` when N obligations are due, `-` for days off."""
    lines = [f"{monthcal.month_name[month]} {YEAR}", " ".join(f"{d:>5}" for d in ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"))]
    for week in monthcal.Calendar().monthdatescalendar(YEAR, month):
        cells = []
        for day in week:
            if day.month != month:
                cells.append("     ")
                continue
            mark = f"*{counts[day]}" if counts[day] else ("-" if not cal.is_working_day(day) else "")
            cells.append(f"{day.day:>2}{mark:<3}")
        lines.append(" ".join(cells))
    return "\n".join(lines)


def plot_month(month: int, counts: Counter[dt.date], cal: quyche.Calendar, out: str) -> None:
    """Draws the month grid with matplotlib: grey days off, due counts in red."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4))
    weeks = monthcal.Calendar().monthdatescalendar(YEAR, month)
    for row, week in enumerate(weeks):
        for col, day in enumerate(week):
            if day.month != month:
                continue
            off = not cal.is_working_day(day)
            ax.add_patch(plt.Rectangle((col, -row), 1, 1, facecolor="#dddddd" if off else "white", edgecolor="black"))
            ax.text(col + 0.05, -row + 0.7, str(day.day), fontsize=8)
            if counts[day]:
                ax.text(col + 0.5, -row + 0.3, str(counts[day]), color="red", fontsize=12, ha="center")
    ax.set_xlim(0, 7)
    ax.set_ylim(-len(weeks) + 1, 1)
    ax.set_xticks([i + 0.5 for i in range(7)], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    ax.set_yticks([])
    ax.set_title(f"Due dates, {monthcal.month_name[month]} {YEAR} (grey: days off)")
    fig.savefig(out, dpi=100)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--month", type=int, default=12)
    parser.add_argument("--out", default=None, help="PNG file for the matplotlib calendar")
    args = parser.parse_args()

    rules = quyche.RuleSet.default()
    cal = rules.calendar()
    frame = load_frame(rules)
    dated = frame[frame["due"].notna()]
    print(f"{len(frame)} deadlines in {YEAR}, {len(dated)} with a date")
    print(dated.groupby("province")["due"].agg(["count", "min", "max"]).to_string())
    print()
    month: int = args.month
    counts = due_per_day(frame, month)
    print(text_calendar(month, counts, cal))
    if args.out and importlib.util.find_spec("matplotlib") is not None:
        plot_month(month, counts, cal, args.out)
        print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
