"""X101: 本年收入合计 differs from the sum of the income items (表1, 表4)."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import (
    D,
    I,
    findings,
    result,
    seed_t1,
    seed_t4,
    summary,
    swu_t1,
)
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


def test_university_items_by_name_without_the_of_which_line() -> None:
    # 230876.38 + 122342.73 + 50265.53 = 403484.64 (其中：捐赠收入 1000.00 is part of 其他收入)
    assert findings("X101", make_disclosure(swu_t1())) == []


def test_university_item_changed() -> None:
    [finding] = findings("X101", make_disclosure(swu_t1({"一、财政拨款": "230867.38"})))
    assert summary(finding) == (
        "X101",
        "本年收入合计",
        "预算数",
        D("403475.64"),
        D("403484.64"),
        D("9.00"),
    )
    assert finding.related[0].row == "一、财政拨款"
