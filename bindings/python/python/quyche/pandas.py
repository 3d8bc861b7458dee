"""pandas helpers: deadlines as a DataFrame, and the Vietnamese holidays for pandas' business days.

Needs pandas (``pip install quyche[pandas]``); ``import quyche`` alone does not.

>>> import quyche, quyche.pandas
>>> frame = quyche.pandas.to_frame(quyche.RuleSet.default().deadlines(2026))
>>> frame["due"].dtype
dtype('<M8[ns]')
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Iterable

from . import Calendar, Deadline

if TYPE_CHECKING:
    import pandas as pd
    from pandas.tseries.offsets import CustomBusinessDay

DATE_COLUMNS = ("period_start", "period_end", "last_day", "due")
"""The columns of :func:`to_frame` that hold dates (``datetime64[ns]``, ``NaT`` when undated)."""

OFF_KINDS = frozenset({"statutory", "compensatory", "swap_off", "day_off"})
"""The kinds of calendar days that take a weekday off."""


def to_frame(deadlines: Iterable[Deadline]) -> pd.DataFrame:
    """The due dates as a DataFrame: one row per due date, the JSON fields as columns, the date
    columns as ``datetime64[ns]``, ``from``/``to`` as lists of agency ids and ``from_names``/
    ``to_names`` as ``"; "``-joined names. The trace is kept as a list of dicts."""
    import pandas as pd

    rows = []
    for d in deadlines:
        row: dict[str, Any] = d.to_dict()
        row["from_names"] = "; ".join(n["name"] for n in row["from"])
        row["to_names"] = "; ".join(n["name"] for n in row["to"])
        row["from"] = [n["id"] for n in row["from"]]
        row["to"] = [n["id"] for n in row["to"]]
        rows.append(row)
    frame = pd.DataFrame(rows)
    for column in DATE_COLUMNS:
        if column in frame.columns:
            frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
        else:
            frame[column] = pd.Series(dtype="datetime64[ns]")
    return frame


def holiday_dates(years: Iterable[int], kind: str = "civil", calendar: Calendar | None = None) -> list[datetime.date]:
    """The weekdays off of the Vietnamese calendar in ``years`` (holidays, compensatory days,
    official swaps off), sorted: a holiday list for ``numpy.busday_offset`` or pandas'
    ``CustomBusinessDay``.

    Those tools cannot express a weekend day that is worked (làm bù, ``swap_work`` in
    :meth:`quyche.Calendar.holidays`); for exact answers use :class:`quyche.Calendar`."""
    cal = calendar if calendar is not None else Calendar.vietnam(kind)
    weekmask = _weekmask(cal)
    out = set()
    for year in years:
        for h in cal.holidays(year):
            if h.kind in OFF_KINDS and weekmask[h.date.weekday()]:
                out.add(h.date)
    return sorted(out)


def business_day(years: Iterable[int], kind: str = "civil") -> CustomBusinessDay:
    """A ``pandas.tseries.offsets.CustomBusinessDay`` with the Vietnamese weekly rest days and
    :func:`holiday_dates` of ``years`` (worked weekend days excepted, see there)."""
    from pandas.tseries.offsets import CustomBusinessDay

    cal = Calendar.vietnam(kind)
    mask = " ".join(name for name, working in zip(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), _weekmask(cal)) if working)
    return CustomBusinessDay(weekmask=mask, holidays=holiday_dates(years, calendar=cal))


def _weekmask(cal: Calendar) -> list[bool]:
    """Which weekdays (Monday first) are working days by default in ``cal``."""
    return [True, True, True, True, True, False, False] if cal.kind == "civil" else [True, True, True, True, True, True, False]


__all__ = ["DATE_COLUMNS", "OFF_KINDS", "business_day", "holiday_dates", "to_frame"]
