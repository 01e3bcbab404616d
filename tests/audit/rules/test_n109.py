"""N109: the stated 增长率 is not the change over last year's amount."""

from __future__ import annotations

from decimal import Decimal

from tests.audit.rules.document_support import findings, only
from tests.factories import figure, make_disclosure
from yusuan.model.disclosure import Disclosure


def _total(rate: str) -> Disclosure:
    fig = figure(
        "total_budget",
        "521.05",
        last_year="472.73",
        change="48.32",
        direction="增加",
        growth_rate=rate,
    )
    return make_disclosure(narrative=[fig])


def _basic(rate: str) -> Disclosure:
    # seed line 106: 基本支出 343.64，较 2019 年预算增加 1.38 万元，增长 0.4% (no last year)
    fig = figure("basic_expenditure", "343.64", change="1.38", direction="增加", growth_rate=rate)
    return make_disclosure(narrative=[fig])


def test_seed_rates_hold_at_printed_precision() -> None:
    assert findings("N109", _total("10")) == []  # 48.32 / 472.73 = 10.22% → 10
    assert findings("N109", _basic("0.4")) == []  # 1.38 / 342.26 = 0.403% → 0.4


def test_wrong_rate() -> None:
    f = only("N109", _total("12"))
    assert (f.expected, f.found) == (Decimal("10"), Decimal("12"))
    assert f.message == (
        "说明所述增长率 12%，增减额 48.32 / 上年 472.73 = 10.22%，按所印精度应为 10%"
    )


def test_rate_derived_from_change_only() -> None:
    f = only("N109", _basic("0.5"))
    assert (f.expected, f.found) == (Decimal("0.4"), Decimal("0.5"))


def test_seed(seed: Disclosure) -> None:
    assert findings("N109", seed) == []
