"""X203: 表3 合计 differs from 表1 本年支出合计."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, F, findings, result, seed_t1, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.tables import StandardTable, TableKind


def _t3(total: str) -> StandardTable:
    return make_table(
        TableKind.T3,
        ["total", "basic", "project"],
        [("total", "合计", [total, "343.64", "177.41"])],
    )


def test_seed_totals_match() -> None:
    assert findings("X203", make_disclosure(seed_t1(), _t3("521.05"))) == []


def test_t3_total_differs_from_t1() -> None:
    doc = make_disclosure(seed_t1({("expenditure_subtotal", F): "512.05"}), _t3("521.05"))
    [finding] = findings("X203", doc)
    assert summary(finding) == ("X203", "合计", "总计", D("512.05"), D("521.05"), D("9.00"))
    assert finding.place.table == "表3 部门支出预算总表"


def test_t3_without_total_column_is_not_applicable() -> None:
    t3 = make_table(TableKind.T3, ["basic", "project"], [("total", "合计", ["343.64", "177.41"])])
    assert result("X203", make_disclosure(seed_t1(), t3)).outcome == "not_applicable"
