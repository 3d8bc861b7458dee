"""Bad input raises the documented exceptions with messages that say what and where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import quyche


def test_exception_hierarchy() -> None:
    assert issubclass(quyche.ParseError, quyche.QuycheError)
    assert issubclass(quyche.ParseError, ValueError)
    assert issubclass(quyche.InvalidDateError, ValueError)
    assert issubclass(quyche.NotFoundError, LookupError)
    assert issubclass(quyche.AmbiguousError, LookupError)
    assert issubclass(quyche.DataReadError, OSError)


def test_unknown_province(rules: quyche.RuleSet) -> None:
    with pytest.raises(quyche.NotFoundError, match="province not found: Atlantis") as e:
        rules.duties(province="Atlantis")
    assert e.value.kind == "not_found"
    with pytest.raises(LookupError):
        rules.agencies(province="Atlantis")


def test_unknown_instrument_suggests_close_matches(rules: quyche.RuleSet) -> None:
    with pytest.raises(quyche.NotFoundError, match="38/2018/QĐ-UBND") as e:
        rules.instrument("38/2019/QĐ-UBND")
    assert "did you mean" in str(e.value)


def test_unreadable_citation_and_missing_provision(rules: quyche.RuleSet) -> None:
    inst = rules.instrument("vn/22-2016-tt-btttt")
    with pytest.raises(quyche.ParseError, match="not a provision level"):
        inst.provision("Chapter 5")
    with pytest.raises(quyche.NotFoundError, match="Điều 99"):
        inst.provision("Điều 99")


def test_unknown_role_and_frequency(rules: quyche.RuleSet) -> None:
    with pytest.raises(quyche.ParseError):
        rules.duties(role="emperor")
    with pytest.raises(ValueError):
        rules.obligations(frequency="fortnightly")


@pytest.mark.parametrize("bad", [42, None, b"vn/22-2016-tt-btttt", ["vn"]])
def test_wrong_types_raise_type_error(rules: quyche.RuleSet, bad: Any) -> None:
    with pytest.raises(TypeError):
        rules.instrument(bad)


def test_wrong_types_in_filters(rules: quyche.RuleSet) -> None:
    with pytest.raises(TypeError):
        rules.duties(province=7)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        quyche.import_text(b"bytes")  # type: ignore[arg-type]


def test_empty_import_is_a_parse_error() -> None:
    with pytest.raises(quyche.ParseError):
        quyche.import_text("")
    with pytest.raises(quyche.ParseError, match="UTF-8"):
        quyche.import_bytes(b"\xff\xfe\x00D\x00i")


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(quyche.DataReadError):
        quyche.RuleSet.from_dir(tmp_path / "nowhere")


def test_invalid_dataset_lists_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "jurisdictions.toml").write_text('[[jurisdiction]]\nid = "vn"\nname = "Việt Nam"\nkind = "national"\nbogus = 1\n', encoding="utf-8")
    with pytest.raises(quyche.DatasetError, match="jurisdictions.toml") as e:
        quyche.RuleSet.from_dir(tmp_path)
    assert e.value.kind == "dataset"


def test_malformed_json_request(rules: quyche.RuleSet) -> None:
    with pytest.raises(quyche.ParseError, match="line 1"):
        rules.query_json("{not json")


def _kinds_table() -> dict[str, str]:
    """The shared table of the bindings: each core error kind with its Python exception."""
    table = Path(__file__).resolve().parents[2] / "bindings" / "error-kinds.txt"
    rows = [
        line.split()
        for line in table.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return {row[0]: row[2] for row in rows}


def test_every_error_kind_raises_the_class_the_shared_table_gives_it(
    rules: quyche.RuleSet, tmp_path: Path
) -> None:
    # One real call per kind of the core (the C tests check the table against the core's kinds
    # and the C statuses).
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "jurisdictions.toml").write_text("[[jurisdiction]]\nbogus = 1\n", encoding="utf-8")
    triggers = {
        "input": lambda: quyche.import_text(""),
        "not_found": lambda: rules.agencies(province="Atlantis"),
        "ambiguous": lambda: rules.duties(agency="Sở TT&TT"),
        "dataset": lambda: quyche.RuleSet.from_dir(broken),
        "date": lambda: quyche.Calendar.vietnam().day_info(__import__("datetime").date(1899, 1, 1)),
        "request": lambda: rules.duties(role="emperor"),
        "io": lambda: quyche.RuleSet.from_dir(tmp_path / "nowhere"),
    }
    table = _kinds_table()
    assert set(triggers) == set(table)
    for kind, call in triggers.items():
        with pytest.raises(quyche.QuycheError) as e:
            call()
        assert type(e.value).__name__ == table[kind], (kind, type(e.value), e.value)
        assert type(e.value) is getattr(quyche, table[kind])
        assert e.value.kind == kind


def test_unusable_text_is_still_a_parse_error_and_a_value_error() -> None:
    assert issubclass(quyche.InvalidInputError, quyche.ParseError)
    assert issubclass(quyche.InvalidInputError, ValueError)
    with pytest.raises(quyche.InvalidInputError):
        quyche.import_bytes(b"\x00\x01binary")
