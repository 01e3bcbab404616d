"""N110: a stated share (占 …%) is not the part over the whole."""

from __future__ import annotations

from decimal import Decimal

from tests.audit.rules.document_support import findings, only
from tests.factories import figure, make_disclosure
from yusuan.model.disclosure import Disclosure


def _doc(share: str) -> Disclosure:
    # seed line 91: 支出 521.05 万元，其中：基本支出 343.64 万元，占 66%
    return make_disclosure(
        narrative=[
            figure("total_expenditure", "521.05", line=91),
            figure(
                "basic_expenditure",
                "343.64",
                line=91,
                part_of="total_expenditure",
                share=share,
                share_of="total_expenditure",
            ),
        ]
    )


def test_seed_share_holds() -> None:
    assert findings("N110", _doc("66")) == []  # 65.95% → 66


def test_wrong_share() -> None:
    f = only("N110", _doc("65"))
    assert (f.expected, f.found) == (Decimal("66"), Decimal("65"))
    assert f.message == (
        "说明所述占比 65%，343.64 / 部门预算支出 521.05 = 65.95%，按所印精度应为 66%"
    )


def test_seed(seed: Disclosure) -> None:
    assert findings("N110", seed) == []


def test_share_of_a_base_other_than_the_whole_found_is_skipped() -> None:
    # "占‘三公’经费的 22%" of a 三公 item read as a share of total_expenditure 3.00: 183.6 > 3
    doc = make_disclosure(
        narrative=[
            figure("total_expenditure", "3.00", line=90),
            figure("basic_expenditure", "183.6", line=91, share="22", share_of="total_expenditure"),
        ]
    )
    assert findings("N110", doc) == []
