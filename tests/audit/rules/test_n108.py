"""N108: the stated 增减额 is not this year's amount minus last year's."""

from __future__ import annotations

from decimal import Decimal

from tests.audit.rules.document_support import findings, only
from tests.factories import figure, make_disclosure
from yusuan.model.disclosure import Disclosure


def _doc(change: str) -> Disclosure:
    # seed line 87: 521.05, 比 2019 年预算 472.73 万元增加 48.32 万元
    fig = figure("total_budget", "521.05", last_year="472.73", change=change, direction="增加")
    return make_disclosure(narrative=[fig])


def test_seed_change_holds() -> None:
    assert findings("N108", _doc("48.32")) == []


def test_change_not_the_difference() -> None:
    f = only("N108", _doc("48.23"))
    assert (f.expected, f.found, f.difference) == (
        Decimal("48.32"),
        Decimal("48.23"),
        Decimal("-0.09"),
    )
    assert f.message == "说明所述增减额 48.23万元，本年 521.05万元与上年 472.73万元之差为 48.32万元"


def test_seed(seed: Disclosure) -> None:
    assert findings("N108", seed) == []
