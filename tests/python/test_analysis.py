"""The analysis through Python: check, compare, successors and status return what the query layer
(and so the CLI and the C ABI) answers, with the findings the texts support."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Callable

import pytest

import quyche
from conftest import REPO


def test_check_equals_the_query_layer(rules: quyche.RuleSet) -> None:
    got = rules.check(year=2026)
    assert got == json.loads(rules.query_json('{"query": "check", "year": 2026}'))
    # Quảng Ninh's roll-up "trước ngày 15/12" after the Circular's 10/12; its agencies' inputs
    # "trước ngày 10/12" (Khoản 1 Điều 32 of its Quy chế) due the same day the province must report
    # onward (Khoản 9 Điều 9 of the Circular: "trước ngày 10 tháng 12"); Trà Vinh's inputs
    # "trước ngày 20/12" after that 10/12.
    errors = {(f["rule"], f["province"]) for f in got["findings"] if f["severity"] == "error"}
    assert errors == {
        ("chain_ministry_deadline", "quang-ninh"),
        ("rollup_inputs_late", "quang-ninh"),
        ("rollup_inputs_late", "tra-vinh"),
    }


def test_check_as_of_takes_a_date(rules: quyche.RuleSet) -> None:
    got = rules.check(as_of=dt.date(2026, 11, 23))
    # The district level ended on 01/07/2025 (Nghị quyết 203/2025/QH15).
    assert any(f["rule"] == "succession_no_bearer" for f in got["findings"])
    with pytest.raises(TypeError):
        rules.check(as_of=20261123)  # type: ignore[arg-type]


def test_compare_equals_the_cli(rules: quyche.RuleSet, cli: Callable[..., Any]) -> None:
    assert rules.compare() == cli("compare")
    assert rules.compare("duties") == cli("compare", "--what", "duties")
    with pytest.raises(quyche.ParseError):
        rules.compare("budgets")


def test_successors_equal_the_cli_history(rules: quyche.RuleSet, cli: Callable[..., Any]) -> None:
    got = rules.successors("Sở TT&TT", province="Trà Vinh")
    assert got == cli("agencies", "--history", "Sở TT&TT", "--province", "Trà Vinh")
    with pytest.raises(quyche.NotFoundError):
        rules.successors("Sở Không Có")


def test_status_of_the_sample_submissions(rules: quyche.RuleSet) -> None:
    csv = (REPO / "examples" / "status" / "submissions-2026.csv").read_text(encoding="utf-8")
    got = rules.status(2026, csv)
    request = json.dumps({"query": "status", "year": 2026, "submissions_csv": csv})
    assert got == json.loads(rules.query_json(request))
    # Điện Biên's "trước ngày 30/11" is due Friday 27/11/2026; the sample has a late submission.
    assert got["counts"]["late"] >= 1
