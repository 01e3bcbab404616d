"""X106: 支出总计 differs from 本年支出合计 + 结转下年."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, F, findings, seed_t1, seed_t4, summary, swu_t1
from tests.factories import make_disclosure


def test_seed_expenditure_totals_add_up() -> None:
    assert findings("X106", make_disclosure(seed_t1(), seed_t4())) == []


def test_function_side_total_short() -> None:
    [finding] = findings("X106", make_disclosure(seed_t1({("expenditure_total", F): "520.05"})))
    assert summary(finding) == ("X106", "支出总计", "预算数", D("521.05"), D("520.05"), D("-1.00"))
    assert finding.message.startswith("按功能分类的支出总计 的预算数 520.05")


def test_university_carry_forward() -> None:
    # 468779.07 + 88480.06 = 557259.13
    assert findings("X106", make_disclosure(swu_t1())) == []
    [finding] = findings("X106", make_disclosure(swu_t1({"结转下年": "88408.06"})))
    assert summary(finding) == (
        "X106",
        "支 出 总 计",
        "预算数",
        D("557187.13"),
        D("557259.13"),
        D("72.00"),
    )
