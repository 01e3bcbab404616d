"""N103: the stated 运行经费 differs from 表6 公用经费 (warning)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.audit.rules.corpus_support import corpus_findings
from tests.audit.rules.document_support import findings, only, seed_t6
from tests.factories import figure, make_disclosure
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure


def test_operating_expenses_equal_to_public_expenses() -> None:
    doc = make_disclosure(seed_t6(), narrative=[figure("operating_expenses", "46.51")])
    assert findings("N103", doc) == []


def test_operating_expenses_differing() -> None:
    doc = make_disclosure(seed_t6(), narrative=[figure("operating_expenses", "50.00")])
    f = only("N103", doc)
    assert (f.expected, f.found, f.severity) == (
        Decimal("46.51"),
        Decimal("50.00"),
        Severity.WARNING,
    )


def test_seed_46_51_holds(seed: Disclosure) -> None:
    assert findings("N103", seed) == []


@pytest.mark.parametrize(
    "name",
    [
        # 表7 "2023年机关运行经费预算数" 786.09 万元 = p29 "机关运行经费预算为786.09万元"
        "shanghai-putuo_wanli-street_2023_budget.pdf",
        "shanghai-putuo_wanli-street_2024_budget.pdf",
        "shanghai-putuo_wanli-street_2025_budget.pdf",
    ],
)
def test_corpus_shanghai_operating_expenses_from_table_7(shared_dir: Path, name: str) -> None:
    assert corpus_findings(shared_dir, "N103", name) == []
