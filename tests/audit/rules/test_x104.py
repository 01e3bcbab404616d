"""X104: 本年支出合计 (by economic class) differs from the sum of the economic 类."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, E, findings, seed_t1, summary
from tests.factories import make_disclosure


def test_seed_economic_side_adds_up() -> None:
    # 257.24 + 174.92 + 39.89 + 49.00 = 521.05
    assert findings("X104", make_disclosure(seed_t1())) == []


def test_economic_subtotal_differing_from_classes() -> None:
    [finding] = findings("X104", make_disclosure(seed_t1({("expenditure_subtotal", E): "521.50"})))
    assert summary(finding) == (
        "X104",
        "本年支出合计",
        "预算数",
        D("521.05"),
        D("521.50"),
        D("0.45"),
    )
    assert (
        finding.message
        == "按经济分类的本年支出合计 的预算数 521.50 不等于各经济分类类级之和 521.05"
    )
