"""X105: the two 本年支出合计 of 表1/表4 differ."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, E, F, findings, seed_t1, seed_t4, summary
from tests.factories import make_disclosure


def test_seed_subtotals_agree() -> None:
    assert findings("X105", make_disclosure(seed_t1(), seed_t4())) == []


def test_economic_subtotal_differs() -> None:
    [finding] = findings("X105", make_disclosure(seed_t1({("expenditure_subtotal", E): "512.05"})))
    assert summary(finding) == (
        "X105",
        "本年支出合计",
        "预算数",
        D("521.05"),
        D("512.05"),
        D("-9.00"),
    )
    assert finding.related[0].row == "本年支出合计"


def test_blank_against_non_zero_is_reported() -> None:
    doc = make_disclosure(seed_t4({("expenditure_subtotal", F): ["521.05", "100.00"]}))
    [finding] = findings("X105", doc)
    assert summary(finding) == (
        "X105",
        "本年支出合计",
        "政府性基金预算",
        D("100.00"),
        D("0"),
        D("-100.00"),
    )
    assert "空白" in finding.message
