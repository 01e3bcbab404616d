"""N111: the 政府采购 parts do not add up to the stated total."""

from __future__ import annotations

from decimal import Decimal

from tests.audit.rules.document_support import findings, only
from tests.factories import figure, make_disclosure
from yusuan.model.disclosure import Disclosure


def _doc(total: str) -> Disclosure:
    # seed line 140: 合计 5.5 万元。包括：物类 1.5 万元，服务类 4 万元，工程类 0 万元
    return make_disclosure(
        narrative=[
            figure("procurement.total", total, line=140),
            figure("procurement.goods", "1.5", line=140),
            figure("procurement.services", "4", line=140),
            figure("procurement.works", "0", line=140),
        ]
    )


def test_seed_parts_add_up() -> None:
    assert findings("N111", _doc("5.5")) == []


def test_total_differing_from_parts() -> None:
    f = only("N111", _doc("6.5"))
    assert (f.expected, f.found, f.difference) == (Decimal("5.5"), Decimal("6.5"), Decimal("1.0"))
    assert f.message == "说明所述政府采购合计 6.5万元，货物类 1.5 + 服务类 4 + 工程类 0 = 5.5万元"


def test_seed(seed: Disclosure) -> None:
    assert findings("N111", seed) == []


def test_parts_of_another_sentence_or_without_services_are_not_added() -> None:
    doc = make_disclosure(
        narrative=[
            figure("procurement.total", "1624.42", line=140),
            figure("procurement.goods", "350", line=140),
            figure("procurement.works", "0", line=140),
            figure("procurement.services", "4", line=190),
        ]
    )
    assert findings("N111", doc) == []
