"""X102: 收入总计 differs from 本年收入合计 + 用事业基金弥补收支差额 + 上年结转."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, I, findings, seed_t1, summary, swu_t1
from tests.factories import make_disclosure


def test_seed_income_total_adds_up() -> None:
    assert findings("X102", make_disclosure(seed_t1())) == []


def test_income_total_without_carry_over() -> None:
    [finding] = findings("X102", make_disclosure(seed_t1({("carry_over", I): "20.00"})))
    assert summary(finding) == ("X102", "收入总计", "预算数", D("541.05"), D("521.05"), D("-20.00"))


def test_university_total_includes_lines_between() -> None:
    # 403484.64 + 59972.79 (使用非财政拨款结余) + 93801.70 = 557259.13
    assert findings("X102", make_disclosure(swu_t1())) == []
    [finding] = findings("X102", make_disclosure(swu_t1({"使用非财政拨款结余": "59927.79"})))
    assert summary(finding) == (
        "X102",
        "收 入 总 计",
        "预算数",
        D("557214.13"),
        D("557259.13"),
        D("45.00"),
    )
