"""Objects compare, hash, pickle, print, carry docstrings, and work from several threads."""

from __future__ import annotations

import inspect
import pickle
from concurrent.futures import ThreadPoolExecutor

import quyche


def test_records_pickle_and_compare(rules: quyche.RuleSet) -> None:
    items = [*rules.instruments(), *rules.agencies(), *rules.duties(), *rules.obligations()]
    assert items
    for item in items:
        back = pickle.loads(pickle.dumps(item))
        assert back == item
        assert hash(back) == hash(item)
        assert back.to_dict() == item.to_dict()
        assert not (back != item)


def test_instrument_and_provision_pickle(rules: quyche.RuleSet) -> None:
    inst = rules.instrument("tra-vinh/21-2017-qd-ubnd")
    back = pickle.loads(pickle.dumps(inst))
    assert back == inst
    assert back.provision("Khoản 2 Điều 20") == inst.provision("Khoản 2 Điều 20")
    node = inst.provision("Điều 20")
    assert pickle.loads(pickle.dumps(node)) == node


def test_ruleset_pickles_by_source(rules: quyche.RuleSet) -> None:
    back = pickle.loads(pickle.dumps(rules))
    assert back.instruments() == rules.instruments()


def test_hash_and_set_membership(rules: quyche.RuleSet) -> None:
    duties = rules.duties()
    assert len(set(duties)) == len({d.id for d in duties})
    assert rules.duties()[0] == duties[0]
    assert duties[0] != "a string"


def test_repr_names_the_item(rules: quyche.RuleSet) -> None:
    d = rules.duties()[0]
    assert repr(d).startswith("Duty(id=")
    assert d.id in repr(d)
    assert "22/2016/TT-BTTTT" in repr(rules.instrument("vn/22-2016-tt-btttt"))
    assert repr(rules).startswith("RuleSet(default")


def test_obligation_from_is_exposed_as_from_(rules: quyche.RuleSet) -> None:
    o = rules.obligations()[0]
    assert o.from_ == o.to_dict()["from"]


def test_objects_are_frozen(rules: quyche.RuleSet) -> None:
    d = rules.duties()[0]
    try:
        d.id = "x"  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("records must be read-only")


def test_threads_share_one_rule_set(rules: quyche.RuleSet) -> None:
    expected = [d.to_dict() for d in rules.duties(province="quang-ninh")]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: [d.to_dict() for d in rules.duties(province="quang-ninh")], range(64)))
    assert all(r == expected for r in results)


def test_every_public_name_has_a_docstring() -> None:
    missing = []
    for name in quyche.__all__:
        obj = getattr(quyche, name)
        if name.startswith("__"):
            continue
        if not (getattr(obj, "__doc__", None) or "").strip():
            missing.append(name)
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if attr.startswith("_"):
                    continue
                if not (getattr(member, "__doc__", None) or "").strip():
                    missing.append(f"{name}.{attr}")
    assert missing == []
