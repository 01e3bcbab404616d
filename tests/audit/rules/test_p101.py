"""P101: the project performance tables cover more money than 项目支出."""

from __future__ import annotations

from decimal import Decimal

from tests.audit.rules.document_support import (
    findings,
    only,
    seed_function_table,
    seed_project_tables,
    with_text,
)
from tests.factories import make_disclosure
from yusuan.model.disclosure import Disclosure


def _doc(party_amount: str) -> Disclosure:
    tables = seed_project_tables(party_amount)
    return with_text(make_disclosure(seed_function_table()), performance=tables)


def test_seed_amounts_within_project_expenditure() -> None:
    assert findings("P101", _doc("8")) == []  # 133.41 ≤ 177.41


def test_amounts_above_project_expenditure() -> None:
    # 49 + 21.78 + 54.63 + 80 = 205.41 > 177.41
    f = only("P101", _doc("80"))
    assert (f.expected, f.found, f.difference) == (
        Decimal("177.41"),
        Decimal("205.41"),
        Decimal("28.00"),
    )
    assert f.message == (
        "项目绩效目标表金额合计 49 + 21.78 + 54.63 + 80 = 205.41万元，"
        "超过表3 合计行项目支出 177.41万元"
    )


def test_seed(seed: Disclosure) -> None:
    assert findings("P101", seed) == []
