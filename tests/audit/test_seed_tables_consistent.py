"""The seed's eight tables are arithmetically consistent: the H and X rules find nothing.

Checked by hand against the seed text (江汉区融媒体中心 2020): e.g. 表6 301 款 sum 51.92 +
16.76 + 77.00 + 39.46 + 16.12 + 9.88 + 16.31 + 2.09 + 27.70 = 257.24; 表1 economic 257.24 +
174.92 + 39.89 + 49.00 = 521.05; 表6 人员经费 257.24 + 39.89 = 297.13; 表7 3.00 = 30231.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from tests.audit.rules.arithmetic_support import summary
from yusuan.audit.engine import run_rules
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _with_amount(doc: Disclosure, kind: TableKind, code: str, column: str, text: str) -> Disclosure:
    """A copy of ``doc`` with one amount of row ``code`` (or key) of ``kind`` changed."""
    table = doc.tables[kind]
    rows = []
    for row in table.rows:
        if code in (row.code, row.key) and column in row.cells:
            cell = replace(row.cells[column], text=text, value=Decimal(text))
            row = replace(row, cells={**row.cells, column: cell})
        rows.append(row)
    tables = {**doc.tables, kind: table.model_copy(update={"rows": rows})}
    return doc.model_copy(update={"tables": tables})


@pytest.fixture(scope="module")
def tables(seed: Disclosure) -> Disclosure:
    if len(seed.tables) < 8:
        pytest.skip("table extraction of the seed is not available")
    return seed


def test_no_h_or_x_rule_fires_on_the_seed(tables: Disclosure) -> None:
    results = run_rules(tables, select=["H", "X"])
    assert [(r.code, f.message) for r in results for f in r.findings] == []
    outcomes = {r.code: r.outcome for r in results}
    # 表8 is empty (“本部门无政府性基金财政拨款支出”) and 表4 has no fund amount.
    assert outcomes.pop("X206") == "not_applicable"
    assert set(outcomes.values()) == {"passed"}


def test_rules_really_read_the_seed_tables(tables: Disclosure) -> None:
    # 表6 30103 奖金 77.00 → 70.00: 301 is then 257.24 − 7.00 = 250.24 by its 款.
    doc = _with_amount(tables, TableKind.T6, "30103", "total", "70.00")
    found = [summary(f) for r in run_rules(doc, select=["H", "X"]) for f in r.findings]
    assert found == [
        ("H101", "301 工资福利支出", "小计", Decimal("250.24"), Decimal("257.24"), Decimal("7.00")),
        ("H204", "30103 奖金", "小计", Decimal("77.00"), Decimal("70.00"), Decimal("-7.00")),
    ]


def test_seed_t1_against_t3_and_t4_against_t5(tables: Disclosure) -> None:
    # 表1 207 396.84 → 369.84 breaks X103 (sum of 类) and X204 (表3 207 总计 396.84)
    doc = _with_amount(tables, TableKind.T1, "207", "amount", "369.84")
    results = {r.code: r.findings for r in run_rules(doc, select=["H", "X"])}
    [x103] = results["X103"]
    assert summary(x103)[3:] == (Decimal("494.05"), Decimal("521.05"), Decimal("27.00"))
    [x204] = results["X204"]
    assert summary(x204) == (
        "X204",
        "207 文化旅游体育与传媒支出",
        "预算数",
        Decimal("396.84"),
        Decimal("369.84"),
        Decimal("-27.00"),
    )
    assert x204.severity is Severity.ERROR
