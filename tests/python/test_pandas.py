"""quyche.pandas: deadlines as a DataFrame, holidays for pandas' business days."""

from __future__ import annotations

import datetime as dt

import pytest

import quyche

pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")
import quyche.pandas as qpd  # noqa: E402


def test_to_frame_has_date_dtypes(rules: quyche.RuleSet) -> None:
    deadlines = rules.deadlines(2026)
    frame = qpd.to_frame(deadlines)
    assert len(frame) == len(deadlines)
    for column in qpd.DATE_COLUMNS:
        assert frame[column].dtype == np.dtype("datetime64[ns]")
    row = frame[frame["obligation"] == "tra-vinh/21-2017-qd-ubnd/annual-report-to-so-tttt"].iloc[0]
    assert row["due"] == pd.Timestamp("2026-12-18")
    assert row["to"] == ["tra-vinh/so-tttt"]
    assert frame["due"].isna().any()  # undated duties give NaT


def test_to_frame_is_ready_for_analysis(rules: quyche.RuleSet) -> None:
    qn = qpd.to_frame(rules.deadlines(2026, province="Quảng Ninh"))
    # Quảng Ninh's answer: its own rows and the Circular's rows resolved to it, all named.
    assert set(qn["province_name"]) == {"Quảng Ninh"}
    national = qn[qn["national"]]
    assert len(national) and set(national["instrument"]) == {"22/2016/TT-BTTTT"}
    assert set(qn[~qn["national"]]["instrument"]) == {"38/2018/QĐ-UBND"}
    every = qpd.to_frame(rules.deadlines(2026))
    # Without a province, the Circular's rows belong to no province.
    assert set(every[every["province"].isna()]["province_name"]) == {qpd.NATIONAL}
    assert {"Điện Biên", "Trà Vinh", "Sóc Trăng", "Quảng Ninh"} <= set(every["province_name"])
    # Sóc Trăng's text is a draft (dự thảo 2019): its rows can be filtered out.
    drafts = every[every["instrument_status"] == "draft"]
    assert set(drafts["province_name"]) == {"Sóc Trăng"}


def test_to_frame_of_nothing() -> None:
    frame = qpd.to_frame([])
    assert len(frame) == 0
    assert frame["due"].dtype == np.dtype("datetime64[ns]")
    assert {"province_name", "national"} <= set(frame.columns)


def test_holiday_list_drives_numpy_and_pandas() -> None:
    cal = quyche.Calendar.vietnam()
    holidays = qpd.holiday_dates(range(2026, 2027))
    assert dt.date(2026, 9, 2) in holidays and dt.date(2026, 4, 30) in holidays
    assert all(h.weekday() < 5 for h in holidays)
    # numpy: from Wednesday 29/4/2026, one business day on is Monday 4/5.
    assert np.busday_offset("2026-04-29", 1, holidays=holidays) == np.datetime64("2026-05-04")
    bday = qpd.business_day(range(2026, 2027))
    assert (pd.Timestamp("2026-04-29") + bday).date() == cal.add_working_days(dt.date(2026, 4, 29), 1)
    # Away from worked weekends, pandas and quyche agree day by day.
    worked = {h.date for h in cal.holidays(2026) if h.kind == "swap_work"}
    days = pd.date_range("2026-01-01", "2026-12-31", freq="D")
    for ts in days:
        d = ts.date()
        if d not in worked:
            assert bday.is_on_offset(ts) == cal.is_working_day(d), d
