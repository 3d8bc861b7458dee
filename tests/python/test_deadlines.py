"""Deadlines: real dates, the trace, and the CLI's JSON. Expected dates are read from the seed
texts and the 2026 calendar (19/12/2026 is a Saturday; 19/6/2026 a Friday)."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any, Callable

import pytest

import quyche
from conftest import PROVINCES

D = dt.date


def _tra_vinh(rules: quyche.RuleSet, local_id: str, **kw: Any) -> list[quyche.Deadline]:
    return [d for d in rules.deadlines(2026, province="tra-vinh", **kw) if d.obligation.endswith("/" + local_id)]


def test_annual_report_before_20_december(rules: quyche.RuleSet) -> None:
    # Trà Vinh, Quy định Điều 20 khoản 2: "báo cáo năm gửi trước ngày 20/12".
    (d,) = _tra_vinh(rules, "annual-report-to-so-tttt")
    assert d.last_day == D(2026, 12, 19)  # "trước ngày 20/12" excludes the 20th
    assert d.due == D(2026, 12, 18)  # the 19th is a Saturday; shift previous gives Friday
    assert d.shift == "previous"
    assert d.citation == "Khoản 2 Điều 20 Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND"
    assert d.in_force is True
    steps = [t["step"] for t in d.trace]
    assert "day_off" in steps and steps[-1] in ("in_force", "due")
    assert all(t["date"] is None or isinstance(t["date"], dt.date) for t in d.trace)


def test_shift_next_follows_the_civil_code(rules: quyche.RuleSet) -> None:
    (d,) = _tra_vinh(rules, "annual-report-to-so-tttt", shift="next")
    assert d.due == D(2026, 12, 21)  # the Monday after
    assert any("148" in (t["source"] or "") for t in d.trace)


def test_half_year_report_on_a_friday_needs_no_shift(rules: quyche.RuleSet) -> None:
    (d,) = _tra_vinh(rules, "half-year-report-to-so-tttt")
    assert d.last_day == D(2026, 6, 19)
    assert d.due == D(2026, 6, 19)


def test_undated_duties_have_no_date(rules: quyche.RuleSet) -> None:
    undated = [d for d in rules.deadlines(2026, province="tra-vinh") if d.recurrence == "on_request"]
    assert undated
    assert all(d.due is None and d.last_day is None for d in undated)


def test_range_form(rules: quyche.RuleSet) -> None:
    q4 = rules.deadlines(start=D(2026, 10, 1), end=D(2026, 12, 31), province="tra-vinh")
    dated = [d.due for d in q4 if d.last_day is not None]
    assert dated and all(D(2026, 9, 1) <= x <= D(2026, 12, 31) for x in dated if x is not None)


@pytest.mark.parametrize("province", PROVINCES)
@pytest.mark.parametrize("shift", ["previous", "next", "none"])
def test_deadlines_equal_cli(rules: quyche.RuleSet, cli: Callable[..., Any], province: str, shift: str) -> None:
    ours = [d.to_dict() for d in rules.deadlines(2026, province=province, shift=shift)]
    assert ours == cli("deadlines", "--year", "2026", "--province", province, "--shift", shift)


def test_deadline_errors(rules: quyche.RuleSet) -> None:
    with pytest.raises(quyche.ParseError, match="shift"):
        rules.deadlines(2026, shift="sideways")
    with pytest.raises(quyche.NotFoundError):
        rules.deadlines(2026, province="Narnia")
    with pytest.raises(quyche.ParseError):
        rules.deadlines()
    with pytest.raises(TypeError):
        rules.deadlines("2026")  # type: ignore[arg-type]
    with pytest.raises(quyche.InvalidDateError):
        rules.deadlines(start="2026-02-30", end="2026-03-31")


def test_deadlines_pickle(rules: quyche.RuleSet) -> None:
    items = rules.deadlines(2026, province="dien-bien")
    assert pickle.loads(pickle.dumps(items)) == items


def test_rule_set_calendar_is_the_deadlines_calendar(rules: quyche.RuleSet) -> None:
    assert rules.calendar() == quyche.Calendar.vietnam()
    assert not rules.calendar().is_working_day(D(2026, 12, 19))
