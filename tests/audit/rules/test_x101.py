"""X101: 本年收入合计 differs from the sum of the income items (表1, 表4)."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, I, findings, result, seed_t1, seed_t4, summary
from tests.factories import make_disclosure


def test_seed_t1_and_t4_add_up() -> None:
    assert result("X101", make_disclosure(seed_t1(), seed_t4())).outcome == "passed"


def test_t1_subtotal_missing_an_income_item() -> None:
    doc = make_disclosure(seed_t1({("service_revenue", I): "10.00"}))
    [finding] = findings("X101", doc)
    assert summary(finding) == (
        "X101",
        "本年收入合计",
        "预算数",
        D("531.05"),
        D("521.05"),
        D("-10.00"),
    )
    assert finding.place.table == "表1 部门收支预算总表"
    assert finding.message == "本年收入合计 的预算数 521.05 不等于各收入项之和 531.05"


def test_t4_subtotal_per_column() -> None:
    doc = make_disclosure(seed_t4({("government_fund_appropriation", I): ["", "100.00"]}))
    [finding] = findings("X101", doc)
    assert summary(finding) == (
        "X101",
        "本年收入合计",
        "政府性基金预算",
        D("100.00"),
        D("0"),
        D("-100.00"),
    )


def test_without_t1_and_t4_not_applicable() -> None:
    assert result("X101", make_disclosure()).outcome == "not_applicable"
