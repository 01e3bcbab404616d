"""X107: 收入总计 differs from 支出总计."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, F, I, findings, seed_t1, seed_t4, summary
from tests.factories import make_disclosure


def test_seed_balances() -> None:
    assert findings("X107", make_disclosure(seed_t1(), seed_t4())) == []


def test_function_total_differs_from_income_total() -> None:
    [finding] = findings("X107", make_disclosure(seed_t1({("expenditure_total", F): "520.05"})))
    assert summary(finding) == ("X107", "支出总计", "预算数", D("521.05"), D("520.05"), D("-1.00"))
    assert finding.related[0].row == "收入总计"


def test_t4_income_against_both_expenditure_columns() -> None:
    # 支出总计 521.05 (一般公共预算) + 100.00 (政府性基金) against 收入总计 521.05
    doc = make_disclosure(
        seed_t4(
            {
                ("income_total", I): ["521.05", ""],
                ("expenditure_total", F): ["521.05", "100.00"],
            }
        )
    )
    [finding] = findings("X107", doc)
    assert summary(finding) == (
        "X107",
        "支出总计",
        "一般公共预算",
        D("521.05"),
        D("621.05"),
        D("100.00"),
    )
