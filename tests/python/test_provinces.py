"""Jurisdictions and a province's answer through Python: the same JSON as the CLI, and the counts
the law gives (Nghị quyết 202/2025/QH15: 34 units from 12/06/2025; 63 before)."""

from __future__ import annotations

import datetime
from typing import Any, Callable

import pytest

import quyche


def test_provinces_of_a_day_equal_cli(rules: quyche.RuleSet, cli: Callable[..., Any]) -> None:
    now = rules.provinces(as_of=datetime.date(2026, 11, 23))
    assert now == cli("provinces", "--as-of", "2026-11-23")
    assert len(now) == 34
    assert len(rules.provinces(as_of=datetime.date(2025, 1, 1))) == 63
    assert rules.provinces() == cli("provinces")


def test_a_province_without_its_own_regulation_gets_the_national_duties(
    rules: quyche.RuleSet, cli: Callable[..., Any]
) -> None:
    hn = rules.duties(province="Hà Nội")
    assert [d.to_dict() for d in hn] == cli("duties", "--province", "Hà Nội")
    assert hn and all(d.to_dict()["national"]["instrument"] == "22/2016/TT-BTTTT" for d in hn)
    assert "16/2020/QĐ-UBND" in hn[0].to_dict()["national"]["note"]
    assert rules.duties(province="Hà Nội", local_only=True) == []


def test_local_only_gives_the_province_s_own_records(rules: quyche.RuleSet, cli: Callable[..., Any]) -> None:
    own = rules.obligations(province="Quảng Ninh", local_only=True)
    assert [o.to_dict() for o in own] == cli("obligations", "--province", "Quảng Ninh", "--local-only")
    assert all(o.instrument_id == "quang-ninh/38-2018-qd-ubnd" for o in own)
    both = rules.deadlines(2026, province="Quảng Ninh")
    assert len(both) > len(rules.deadlines(2026, province="Quảng Ninh", local_only=True))


def test_deadlines_without_trace_keep_their_dates(rules: quyche.RuleSet, cli: Callable[..., Any]) -> None:
    traced = rules.deadlines(2026, province="Quảng Ninh")
    bare = rules.deadlines(2026, province="Quảng Ninh", trace=False)
    assert [d.due for d in bare] == [d.due for d in traced]
    assert any(d.trace for d in traced) and not any(d.trace for d in bare)
    rows = cli("deadlines", "--year", "2026", "--province", "Quảng Ninh", "--no-trace")
    assert [r["due"] for r in rows] == [d.due.isoformat() if d.due else None for d in bare]
    assert all(r["trace"] == [] for r in rows)


def test_current_bearers_as_the_cli_gives_them(rules: quyche.RuleSet, cli: Callable[..., Any]) -> None:
    day = datetime.date(2026, 12, 3)
    duties = rules.duties(province="Điện Biên", as_of=day, current_bearers=True)
    assert [d.to_dict() for d in duties] == cli(
        "duties", "--province", "Điện Biên", "--as-of", "2026-12-03", "--current-bearers"
    )
    # Sở Thông tin và Truyền thông no longer exists on that day: each duty it bore names the body
    # that carries it now, with the chain of changes and the instrument of each.
    so = [
        c
        for d in duties
        for c in (d.current or [])
        if c["original"]["name"] == "Sở Thông tin và Truyền thông tỉnh Điện Biên"
    ]
    assert so
    for c in so:
        assert c["resolved"] and c["resolved"]["id"] != c["original"]["id"], c
        assert c["chain"] and all(step["source"]["instrument"] for step in c["chain"]), c
    assert rules.duties(province="Điện Biên")[0].current is None
    obligations = rules.obligations(province="Điện Biên", as_of=day, current_bearers=True)
    assert [o.to_dict() for o in obligations] == cli(
        "obligations", "--province", "Điện Biên", "--as-of", "2026-12-03", "--current-bearers"
    )
    due = rules.deadlines(2026, province="Điện Biên", as_of=day, current_bearers=True, trace=False)
    assert [x.to_dict() for x in due] == cli(
        "deadlines", "--year", "2026", "--province", "Điện Biên", "--as-of", "2026-12-03",
        "--current-bearers", "--no-trace",
    )
    assert all(x.current is not None for x in due)
    # The Circular's rows in a province's answer say so, and name the bodies that ceased.
    national = [x for x in due if x.national is not None]
    assert national and all((x.national or {}).get("instrument") == "22/2016/TT-BTTTT" for x in national)
    assert any(
        e["body"]["name"] == "Bộ Thông tin và Truyền thông" for x in due for e in (x.ended or [])
    )
    with pytest.raises(ValueError, match="current_bearers needs as_of"):
        rules.duties(province="Điện Biên", current_bearers=True)
