"""X106: 支出总计 differs from 本年支出合计 + 结转下年."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, F, findings, seed_t1, seed_t4, summary
from tests.factories import make_disclosure


def test_seed_expenditure_totals_add_up() -> None:
    assert findings("X106", make_disclosure(seed_t1(), seed_t4())) == []


def test_function_side_total_short() -> None:
    [finding] = findings("X106", make_disclosure(seed_t1({("expenditure_total", F): "520.05"})))
    assert summary(finding) == ("X106", "支出总计", "预算数", D("521.05"), D("520.05"), D("-1.00"))
    assert finding.message.startswith("按功能分类的支出总计 的预算数 520.05")
