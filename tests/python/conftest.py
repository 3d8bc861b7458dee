"""Shared fixtures: the default rule set and the quyche CLI, whose JSON the bindings must equal."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, Callable, Optional

import pytest

import quyche

REPO = Path(os.environ.get("QUYCHE_REPO", Path(__file__).resolve().parents[2]))

# The five seed instruments (seed file -> id), from the project's dataset layout.
SEEDS = [
    "tra-vinh/21-2017-qd-ubnd",
    "quang-ninh/38-2018-qd-ubnd",
    "dien-bien/18-2018-qd-ubnd",
    "soc-trang/du-thao-2019",
    "vn/22-2016-tt-btttt",
]
PROVINCES = ["tra-vinh", "quang-ninh", "dien-bien", "soc-trang"]


def _cli_path() -> Optional[str]:
    env = os.environ.get("QUYCHE_CLI")
    if env and Path(env).is_file():
        return env
    built = REPO / "target" / "debug" / "quyche"
    if built.is_file():
        return str(built)
    return shutil.which("quyche")


@pytest.fixture(scope="session")
def rules() -> quyche.RuleSet:
    return quyche.RuleSet.default()


@pytest.fixture(scope="session")
def cli() -> Callable[..., Any]:
    """Runs the CLI with `--format json` and returns the parsed answer."""
    path = _cli_path()
    if path is None:
        pytest.skip("the quyche CLI is not built (cargo build -p quyche-cli)")

    def run(*args: str) -> Any:
        out = subprocess.run([path, "--format", "json", *args], check=True, capture_output=True, text=True, encoding="utf-8")
        return json.loads(out.stdout)

    return run
