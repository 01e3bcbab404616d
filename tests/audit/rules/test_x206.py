"""X206: 表4 政府性基金预算 differs from 表8."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, F, findings, result, seed_t4, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.tables import StandardTable, TableKind

NOTE = "注：本部门无政府性基金财政拨款支出。"


def _empty_t8() -> StandardTable:
    return make_table(TableKind.T8, ["total", "basic", "project"], [], note=NOTE)


def test_seed_empty_t8_and_no_fund_in_t4_is_not_applicable() -> None:
    outcome = result("X206", make_disclosure(seed_t4(), _empty_t8()))
    assert outcome.outcome == "not_applicable"


def test_fund_in_t4_with_empty_t8() -> None:
    t4 = seed_t4({("212", F): ["", "100.00"], ("expenditure_subtotal", F): ["521.05", "100.00"]})
    found = findings("X206", make_disclosure(t4, _empty_t8()))
    assert [summary(f) for f in found] == [
        ("X206", "212 城乡社区支出", "政府性基金预算", D("0"), D("100.00"), D("100.00")),
        ("X206", "本年支出合计", "政府性基金预算", D("0"), D("100.00"), D("100.00")),
    ]


def test_fund_matching_t8_passes() -> None:
    t4 = seed_t4({("212", F): ["", "100.00"], ("expenditure_subtotal", F): ["521.05", "100.00"]})
    t8 = make_table(
        TableKind.T8,
        ["total", "basic", "project"],
        [
            ("total", "合计", ["100.00", "", "100.00"]),
            ("212", "城乡社区支出", ["100.00", "", "100.00"]),
        ],
    )
    assert findings("X206", make_disclosure(t4, t8)) == []
