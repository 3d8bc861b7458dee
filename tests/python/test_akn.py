"""Instrument.to_akn() is the CLI's `--format akn`, byte for byte, and the query layer's."""

from __future__ import annotations

import json
import pickle
import subprocess

import pytest

import quyche
from conftest import REPO, SEEDS, _cli_path


def _cli_akn(*args: str) -> str:
    path = _cli_path()
    if path is None:
        pytest.skip("the quyche CLI is not built (cargo build -p quyche-cli)")
    out = subprocess.run([path, "--format", "akn", *args], check=True, capture_output=True, text=True, encoding="utf-8")
    return out.stdout


@pytest.mark.parametrize("seed", SEEDS)
def test_to_akn_equals_cli_and_query(rules: quyche.RuleSet, seed: str) -> None:
    xml = rules.instrument(seed).to_akn()
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert xml == _cli_akn("show", seed)
    answer = json.loads(rules.query_json(json.dumps({"query": "show", "id": seed, "format": "akn"})))
    assert answer["xml"] == xml
    assert answer["media_type"] == "application/akn+xml"


def test_to_akn_survives_pickle(rules: quyche.RuleSet) -> None:
    inst = rules.instrument("quang-ninh/38-2018-qd-ubnd")
    assert pickle.loads(pickle.dumps(inst)).to_akn() == inst.to_akn()


def test_imported_text_exports_as_the_cli_import_does() -> None:
    path = REPO / "tests" / "fixtures" / "import" / "law.txt"
    inst = quyche.import_text(path.read_text(encoding="utf-8"))
    xml = inst.to_akn()
    assert '<article eId="art_2" qc:line="23">' in xml
    assert xml == _cli_akn("import", str(path))
