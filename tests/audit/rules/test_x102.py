"""X102: 收入总计 differs from 本年收入合计 + 用事业基金弥补收支差额 + 上年结转."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, I, findings, seed_t1, summary
from tests.factories import make_disclosure


def test_seed_income_total_adds_up() -> None:
    assert findings("X102", make_disclosure(seed_t1())) == []


def test_income_total_without_carry_over() -> None:
    [finding] = findings("X102", make_disclosure(seed_t1({("carry_over", I): "20.00"})))
    assert summary(finding) == ("X102", "收入总计", "预算数", D("541.05"), D("521.05"), D("-20.00"))
