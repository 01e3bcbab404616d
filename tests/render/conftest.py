"""The seed department's 2020 budget, composed into a layout once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from yusuan.budget.load import load_budget
from yusuan.budget.validate import name_resolver
from yusuan.catalog.catalog import default_catalog
from yusuan.render.compose import compose
from yusuan.render.layout import Layout

SEED_BUDGET = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "yusuan"
    / "examples"
    / "江汉区融媒体中心-2020.yaml"
)


@pytest.fixture(scope="session")
def seed_layout() -> Layout:
    data = load_budget(SEED_BUDGET)
    resolve = name_resolver(data, default_catalog())
    return compose(
        data, lambda code: resolve(code, "function" if code[0] == "2" else "economic") or "?"
    )
