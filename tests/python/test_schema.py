"""The documented wire format (schema/) holds: every request below is valid against
schema/request.json, and its real answer (through the same entry point as C's qc_query_json)
is valid against schema/answers/<query>.json. A validator that accepted anything would fail the
negative checks at the end."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]

import quyche

from conftest import REPO

SCHEMA = REPO / "schema"

SEED_TEXT = "QUYẾT ĐỊNH\nĐiều 1. Phạm vi điều chỉnh\n1. Quy chế này quy định về thông tin đối ngoại.\n"


def _submissions() -> str:
    return (REPO / "examples" / "status" / "submissions-2026.csv").read_text(encoding="utf-8")


# One or more requests per query: the answers' optional parts (traces, national rows, current
# bearers, Akoma Ntoso documents) all appear at least once.
REQUESTS: list[dict[str, Any]] = [
    {"query": "instruments"},
    {"query": "instruments", "as_of": "2026-12-03"},
    {"query": "show", "id": "quang-ninh/38-2018-qd-ubnd"},
    {"query": "show", "id": "quang-ninh/38-2018-qd-ubnd", "citation": "Điều 5 khoản 1"},
    {"query": "show", "id": "vn/22-2016-tt-btttt", "format": "akn"},
    {"query": "import", "text": SEED_TEXT},
    {"query": "import", "text": SEED_TEXT, "format": "akn"},
    {"query": "agencies", "province": "Quảng Ninh"},
    {"query": "history", "name": "Sở Thông tin và Truyền thông", "province": "Quảng Ninh"},
    {"query": "provinces", "as_of": "2026-12-03"},
    {"query": "duties", "province": "Quảng Ninh", "agency": "Sở TT&TT"},
    {"query": "duties", "province": "Điện Biên", "as_of": "2026-12-03", "current_bearers": True},
    {"query": "obligations", "province": "Điện Biên", "frequency": "annual"},
    {"query": "deadlines", "year": 2026, "province": "quang ninh", "shift": "next"},
    {"query": "deadlines", "year": 2027, "trace": False},
    {"query": "deadlines", "year": 2026, "as_of": "2026-12-03", "current_bearers": True},
    {"query": "check", "province": "quang ninh"},
    {"query": "compare"},
    {"query": "calendar", "year": 2026},
    {"query": "calendar", "year": 2027, "calendar": "labour"},
    {"query": "workdays_add", "date": "2026-11-20", "n": 3},
    {"query": "workdays_between", "from": "2026-01-01", "to": "2027-01-01"},
    {"query": "workdays_is", "date": "2026-11-24"},
    {"query": "lunar_from_solar", "date": "2026-02-17"},
    {"query": "lunar_to_solar", "date": "2026-01-01"},
    {"query": "status", "year": 2026, "submissions_csv": "@submissions"},
]


def _validator(path: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA / path).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _request(r: dict[str, Any]) -> dict[str, Any]:
    r = dict(r)
    if r.get("submissions_csv") == "@submissions":
        r["submissions_csv"] = _submissions()
    return r


def _errors(validator: Draft202012Validator, value: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"[:300] for e in validator.iter_errors(value)]


def test_every_query_is_exercised() -> None:
    answers = {p.stem for p in (SCHEMA / "answers").glob("*.json")}
    assert {r["query"] for r in REQUESTS} == answers


@pytest.mark.parametrize("request_", REQUESTS, ids=lambda r: json.dumps(r, ensure_ascii=False)[:60])
def test_request_and_answer_follow_the_schema(rules: quyche.RuleSet, request_: dict[str, Any]) -> None:
    request = _request(request_)
    assert _errors(_validator("request.json"), request) == []
    answer = json.loads(rules.query_json(json.dumps(request, ensure_ascii=False)))
    assert _errors(_validator(f"answers/{request['query']}.json"), answer) == []


def test_the_schema_refuses_what_the_library_refuses(rules: quyche.RuleSet) -> None:
    validator = _validator("request.json")
    for bad in (
        {"query": "deadlines", "year": 2026, "shfit": "next"},  # unknown key
        {"query": "deadlines", "year": 2026, "shift": "sideways"},  # not a shift
        {"query": "workdays_add", "date": "2026-11-20"},  # n missing
        {"query": "no_such_query"},
    ):
        assert _errors(validator, bad) != [], bad
        with pytest.raises(ValueError):
            rules.query_json(json.dumps(bad))


def test_an_answer_missing_a_field_is_refused(rules: quyche.RuleSet) -> None:
    answer = json.loads(rules.query_json('{"query": "deadlines", "year": 2026, "province": "quang ninh"}'))
    validator = _validator("answers/deadlines.json")
    assert answer and _errors(validator, answer) == []
    broken = copy.deepcopy(answer)
    del broken[0]["obligation"]
    assert _errors(validator, broken) != []
    wrong = copy.deepcopy(answer)
    wrong[0]["due"] = "10/12/2026"  # not an ISO date
    assert _errors(validator, wrong) != []
