"""The working calendar and the lunar calendar. Expected dates come from the Labour Code 2019
(Art. 112: 1/1, 30/4, 1/5, 2/9, Tết, Giỗ Tổ 10/3 lunar; a holiday on a weekly rest day gives a
compensatory day) and from published lunar new-year dates, not from quyche's output."""

from __future__ import annotations

import datetime as dt
import pickle
import random
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

import numpy as np
import pytest

import quyche
from quyche import lunar

D = dt.date


@pytest.fixture(scope="module")
def cal() -> quyche.Calendar:
    return quyche.Calendar.vietnam()


def test_statutory_holidays_are_not_working_days(cal: quyche.Calendar) -> None:
    assert not cal.is_working_day(D(2026, 1, 1))  # Tết Dương lịch, a Thursday
    assert not cal.is_working_day(D(2026, 4, 30))  # Ngày Chiến thắng, a Thursday
    assert not cal.is_working_day(D(2026, 5, 1))  # Quốc tế Lao động, a Friday
    assert not cal.is_working_day(D(2026, 9, 2))  # Quốc khánh, a Wednesday
    assert not cal.is_working_day(D(2026, 11, 24))  # Ngày Văn hóa Việt Nam, a Tuesday
    assert not cal.is_working_day(D(2026, 11, 29))  # a Sunday
    assert cal.is_working_day(D(2026, 11, 23))  # an ordinary Monday


def test_hung_kings_day_on_a_sunday_gives_a_compensatory_monday(cal: quyche.Calendar) -> None:
    # 10/3 Bính Ngọ is Sunday 26/4/2026.
    assert lunar.to_solar(2026, 3, 10) == D(2026, 4, 26)
    assert not cal.is_working_day(D(2026, 4, 27))


def test_add_working_days_over_the_april_holidays(cal: quyche.Calendar) -> None:
    assert cal.add_working_days(D(2026, 4, 29), 1) == D(2026, 5, 4)
    assert cal.add_working_days(D(2026, 5, 4), -1) == D(2026, 4, 29)
    assert cal.add_working_days(D(2026, 5, 4), 0) == D(2026, 5, 4)
    assert cal.add_working_days("2026-04-29", 1) == D(2026, 5, 4)


def test_working_days_between_is_half_open(cal: quyche.Calendar) -> None:
    # Monday 16/11/2026 to Monday 23/11/2026: five working days, the first counted; the next week
    # has four (Tuesday 24/11 is Ngày Văn hóa Việt Nam).
    assert cal.working_days_between(D(2026, 11, 16), D(2026, 11, 23)) == 5
    assert cal.working_days_between(D(2026, 11, 23), D(2026, 11, 16)) == -5
    assert cal.working_days_between(D(2026, 11, 23), D(2026, 11, 30)) == 4


def test_counts_agree_with_a_day_by_day_count(cal: quyche.Calendar) -> None:
    rng = random.Random(7)
    for _ in range(50):
        a = D(2001, 1, 1) + dt.timedelta(days=rng.randrange(70000))
        b = a + dt.timedelta(days=rng.randrange(400))
        naive = sum(cal.is_working_day(a + dt.timedelta(days=i)) for i in range((b - a).days))
        assert cal.working_days_between(a, b) == naive


def test_add_then_count_round_trips(cal: quyche.Calendar) -> None:
    rng = random.Random(11)
    for _ in range(200):
        a = D(2001, 1, 1) + dt.timedelta(days=rng.randrange(70000))
        n = rng.randrange(-300, 300)
        b = cal.add_working_days(a, n)
        assert cal.is_working_day(b) or n == 0
        if cal.is_working_day(a):
            assert cal.working_days_between(a, b) == n


def test_holidays_of_a_year(cal: quyche.Calendar) -> None:
    days = cal.holidays(2026)
    national = [h for h in days if h.date == D(2026, 9, 2)]
    assert national and national[0].kind == "statutory"
    assert national[0].name_vi == "Quốc khánh"
    assert all(isinstance(h.date, dt.date) for h in days)
    assert [h.date for h in days] == sorted(h.date for h in days)


def test_labour_calendar_works_on_saturdays() -> None:
    labour = quyche.Calendar.vietnam("labour")
    assert labour.kind == "labour"
    assert labour.is_working_day(D(2026, 11, 28))  # a Saturday
    assert not quyche.Calendar.vietnam().is_working_day(D(2026, 11, 28))


def test_lunar_new_year() -> None:
    # Tết Bính Ngọ: 17/2/2026. Tết Ất Sửu: 21/1/1985 in Viet Nam (a month before China's).
    t = lunar.from_solar(D(2026, 2, 17))
    assert (t.year, t.month, t.day, t.leap) == (2026, 1, 1, False)
    assert lunar.to_solar(2026, 1, 1) == D(2026, 2, 17)
    assert lunar.to_solar(1985, 1, 1) == D(1985, 1, 21)
    assert lunar.from_solar(D(1985, 1, 21)).to_dict() == {"year": 1985, "month": 1, "day": 1, "leap": False}


def test_leap_month() -> None:
    # 2023 (Quý Mão) had a leap second month, starting on 22/3/2023.
    assert lunar.to_solar(2023, 2, 1, leap=True) == D(2023, 3, 22)
    assert lunar.from_solar(D(2023, 3, 22)).leap is True
    with pytest.raises(quyche.InvalidDateError):
        lunar.to_solar(2026, 5, 1, leap=True)  # no leap month in 2026


def test_lunar_round_trip_over_the_range() -> None:
    rng = random.Random(3)
    for _ in range(500):
        d = D(1900, 2, 1) + dt.timedelta(days=rng.randrange(109000))
        x = lunar.from_solar(d)
        assert lunar.to_solar(x.year, x.month, x.day, x.leap) == d


def test_invalid_dates_raise_documented_errors(cal: quyche.Calendar) -> None:
    with pytest.raises(quyche.InvalidDateError, match="2026-02-30"):
        cal.is_working_day("2026-02-30")
    with pytest.raises(quyche.InvalidDateError):
        cal.is_working_day("30/02/2026")
    with pytest.raises(quyche.InvalidDateError):
        lunar.to_solar(2026, 2, 30)  # lunar month 2 of 2026 has 29 days
    with pytest.raises(quyche.InvalidDateError):
        lunar.to_solar(2026, 13, 1)
    with pytest.raises(ValueError):
        lunar.to_solar(2026, -1, 1)
    with pytest.raises(quyche.InvalidDateError, match="range"):
        cal.is_working_day(D(1999, 12, 31))
    with pytest.raises(quyche.InvalidDateError):
        cal.holidays(1800)
    with pytest.raises(quyche.InvalidDateError):
        cal.add_working_days(D(2199, 12, 30), 10)


@pytest.mark.parametrize("bad", [20260101, None, 1.5, dt.datetime(2026, 1, 1, 12, 0), ["2026-01-01"], b"2026-01-01"])
def test_wrong_types_raise_type_error(cal: quyche.Calendar, bad: Any) -> None:
    with pytest.raises(TypeError):
        cal.is_working_day(bad)
    with pytest.raises(TypeError):
        lunar.from_solar(bad)


def test_unknown_calendar_kind() -> None:
    with pytest.raises(quyche.ParseError, match="civil or labour"):
        quyche.Calendar.vietnam("lunar")


def test_batch_forms_equal_the_scalar_forms(cal: quyche.Calendar) -> None:
    rng = np.random.default_rng(5)
    days = np.datetime64("2001-01-01") + rng.integers(0, 70000, size=2000).astype("timedelta64[D]")
    ns = rng.integers(-40, 40, size=2000)
    as_dates = [d.item() for d in days]
    assert cal.is_working_day(days).tolist() == [cal.is_working_day(d) for d in as_dates]
    moved = cal.add_working_days(days, 7)
    assert moved.dtype == np.dtype("datetime64[D]")
    assert [d.item() for d in moved] == [cal.add_working_days(d, 7) for d in as_dates]
    moved_each = cal.add_working_days(days, ns)
    assert [d.item() for d in moved_each] == [cal.add_working_days(d, int(n)) for d, n in zip(as_dates, ns)]
    counts = cal.working_days_between(days, np.datetime64("2100-01-01"))
    assert counts.dtype == np.int64
    assert counts.tolist() == [cal.working_days_between(d, D(2100, 1, 1)) for d in as_dates]


def test_batch_keeps_the_shape_and_takes_pandas(cal: quyche.Calendar) -> None:
    pd = pytest.importorskip("pandas")
    grid = np.array([["2026-04-29", "2026-04-30"], ["2026-05-01", "2026-05-04"]], dtype="datetime64[D]")
    assert cal.is_working_day(grid).tolist() == [[True, False], [False, True]]
    series = pd.Series(pd.to_datetime(["2026-04-29", "2026-09-02"]))
    assert cal.is_working_day(series).tolist() == [True, False]
    assert cal.add_working_days(series, 1).tolist() == [np.datetime64("2026-05-04"), np.datetime64("2026-09-03")]


def test_batch_errors_name_the_element(cal: quyche.Calendar) -> None:
    bad = np.array(["2026-01-05", "1990-01-01"], dtype="datetime64[D]")
    with pytest.raises(quyche.InvalidDateError, match=r"\[1\]"):
        cal.is_working_day(bad)
    with pytest.raises(quyche.InvalidDateError, match="NaT"):
        cal.add_working_days(np.array(["NaT"], dtype="datetime64[D]"), 1)
    with pytest.raises(TypeError, match="datetime64"):
        cal.is_working_day(np.arange(3))
    with pytest.raises(ValueError):
        cal.add_working_days(bad, np.array([1, 2, 3]))


def test_batch_from_several_threads(cal: quyche.Calendar) -> None:
    days = np.arange("2026-01-01", "2027-01-01", dtype="datetime64[D]")
    expected = cal.add_working_days(days, 5)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: cal.add_working_days(days, 5), range(16)))
    assert all((r == expected).all() for r in results)


def test_calendar_pickles_and_compares(cal: quyche.Calendar) -> None:
    back = pickle.loads(pickle.dumps(cal))
    assert back == cal and hash(back) == hash(cal)
    assert back != quyche.Calendar.vietnam("labour")
    assert pickle.loads(pickle.dumps(cal.holidays(2026))) == cal.holidays(2026)
    assert pickle.loads(pickle.dumps(lunar.from_solar(D(2026, 2, 17)))) == lunar.from_solar(D(2026, 2, 17))


def test_calendar_year_equals_cli(cal: quyche.Calendar, cli: Callable[..., Any]) -> None:
    for year in (2025, 2026, 2027):
        answer = cli("calendar", str(year))
        assert cal.year(year) == answer
        assert [h.to_dict() for h in cal.holidays(year)] == answer["days"]


def test_workdays_and_lunar_equal_cli(cal: quyche.Calendar, cli: Callable[..., Any]) -> None:
    added = cli("workdays", "add", "2026-04-29", "3")
    assert added["result"] == cal.add_working_days(D(2026, 4, 29), 3).isoformat()
    info = cli("workdays", "is", "2026-09-02")
    assert info["working"] is cal.is_working_day(D(2026, 9, 2))
    assert cli("lunar", "from-solar", "2026-02-17") == lunar.from_solar(D(2026, 2, 17)).to_dict()
