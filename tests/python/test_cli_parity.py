"""The Python answers equal the CLI's JSON for the same query, for every seed and province."""

from __future__ import annotations

import json
from typing import Any, Callable

import pytest

import quyche
from conftest import PROVINCES, SEEDS


def test_instruments_equal_cli(rules: quyche.RuleSet, cli: Callable[..., Any]) -> None:
    ours = [i.to_dict() for i in rules.instruments()]
    assert ours == cli("instruments")
    assert {i.id for i in rules.instruments()} >= set(SEEDS)


@pytest.mark.parametrize("seed", SEEDS)
def test_show_equals_cli(rules: quyche.RuleSet, cli: Callable[..., Any], seed: str) -> None:
    inst = rules.instrument(seed)
    assert inst.to_dict() == cli("show", seed)
    assert json.loads(inst.to_json()) == inst.to_dict()


@pytest.mark.parametrize("seed", SEEDS)
def test_every_provision_equals_cli_show(rules: quyche.RuleSet, cli: Callable[..., Any], seed: str) -> None:
    inst = rules.instrument(seed)
    nodes = inst.walk()
    assert nodes, f"{seed} has no provisions"
    # Every node through the shared JSON entry point; a sample through the CLI process (each call
    # loads the dataset, so all of them would make the run slow).
    articles = [n for n in nodes if n.kind == "article"]
    for node in nodes:
        answer = json.loads(rules.query_json(json.dumps({"query": "show", "id": seed, "citation": node.eid})))
        assert answer.pop("instrument_id") == inst.id
        assert answer.pop("instrument") == (inst.number or inst.id)
        assert answer == node.to_dict()
    for node in articles[:: max(1, len(articles) // 3)]:
        answer = cli("show", seed, node.eid)
        answer.pop("instrument_id")
        answer.pop("instrument")
        assert answer == node.to_dict()


@pytest.mark.parametrize("province", PROVINCES)
def test_lists_equal_cli(rules: quyche.RuleSet, cli: Callable[..., Any], province: str) -> None:
    assert [a.to_dict() for a in rules.agencies(province=province)] == cli("agencies", "--province", province)
    assert [d.to_dict() for d in rules.duties(province=province)] == cli("duties", "--province", province)
    assert [o.to_dict() for o in rules.obligations(province=province)] == cli("obligations", "--province", province)


def test_unfiltered_lists_equal_cli(rules: quyche.RuleSet, cli: Callable[..., Any]) -> None:
    assert [a.to_dict() for a in rules.agencies()] == cli("agencies")
    assert [d.to_dict() for d in rules.duties()] == cli("duties")
    assert [o.to_dict() for o in rules.obligations()] == cli("obligations")


def test_query_json_is_the_shared_entry_point(rules: quyche.RuleSet) -> None:
    answer = json.loads(rules.query_json('{"query": "duties", "province": "Quảng Ninh"}'))
    assert answer == [d.to_dict() for d in rules.duties(province="quang-ninh")]
    assert answer, "Quảng Ninh's regulation gives duties"
