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

from . import Calendar, Deadline, RuleSet

if TYPE_CHECKING:
    import pandas as pd
    from pandas.tseries.offsets import CustomBusinessDay

DATE_COLUMNS = ("period_start", "period_end", "last_day", "due")
"""The columns of :func:`to_frame` that hold dates (``datetime64[ns]``, ``NaT`` when undated)."""

OFF_KINDS = frozenset({"statutory", "compensatory", "swap_off", "day_off"})
"""The kinds of calendar days that take a weekday off."""


NATIONAL = "Trung ương"
"""The ``province_name`` of a national row that no province's answer resolved."""


def to_frame(deadlines: Iterable[Deadline], rules: RuleSet | None = None) -> pd.DataFrame:
    """The due dates as a DataFrame: one row per due date, the JSON fields as columns, the date
    columns as ``datetime64[ns]``, ``from``/``to`` as lists of agency ids and ``from_names``/
    ``to_names`` as ``"; "``-joined names. The trace is kept as a list of dicts.

    Ready for analysis: ``province_name`` gives the province's name beside its slug (the province
    a national row was resolved to, or ``"Trung ương"`` for a national row of no province);
    ``national`` is ``True`` for the rows of a national instrument; ``instrument_status`` says
    which rows come from a draft (``"draft"``). Names come from ``rules`` (default: the embedded
    rule set); a slug it does not know is kept as the name."""
    import pandas as pd

    names = {p["id"]: p["name"] for p in (rules if rules is not None else RuleSet.default()).provinces()}
    rows = []
    for d in deadlines:
        row: dict[str, Any] = d.to_dict()
        row["from_names"] = "; ".join(n["name"] for n in row["from"])
        row["to_names"] = "; ".join(n["name"] for n in row["to"])
        row["from"] = [n["id"] for n in row["from"]]
        row["to"] = [n["id"] for n in row["to"]]
        national = row.get("national")
        slug = row["province"] or (national["province"] if national else None)
        row["province_name"] = names.get(slug, slug) if slug else NATIONAL
        row["national"] = national is not None or row["province"] is None
        rows.append(row)
    frame = pd.DataFrame(rows)
    for column in DATE_COLUMNS:
        if column in frame.columns:
            frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
        else:
            frame[column] = pd.Series(dtype="datetime64[ns]")
    for column, dtype in (("province_name", "object"), ("national", "bool")):
        if column not in frame.columns:
            frame[column] = pd.Series(dtype=dtype)
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


__all__ = ["DATE_COLUMNS", "NATIONAL", "OFF_KINDS", "business_day", "holiday_dates", "to_frame"]
