"""N102: an economic class the narrative names differs from 表6."""

from __future__ import annotations

from decimal import Decimal

from tests.audit.rules.document_support import findings, only, seed_t6
from tests.factories import figure, make_disclosure
from yusuan.model.disclosure import Disclosure


def test_classes_equal_to_t6_hold_including_a_variant_name() -> None:
    doc = make_disclosure(
        seed_t6(),
        narrative=[
            figure("economic", "257.24", name="工资福利支出"),
            figure("economic", "39.89", name="对个人和家庭补助支出"),  # near miss of 303's name
        ],
    )
    assert findings("N102", doc) == []


def test_wages_with_transposed_digits() -> None:
    # seed: 工资福利支出 257.42 against 表6 301 工资福利支出 257.24
    doc = make_disclosure(seed_t6(), narrative=[figure("economic", "257.42", name="工资福利支出")])
    f = only("N102", doc)
    assert (f.expected, f.found, f.difference) == (
        Decimal("257.24"),
        Decimal("257.42"),
        Decimal("0.18"),
    )
    assert f.message == "说明所述工资福利支出 257.42万元，表6 301 工资福利支出为 257.24万元"


def test_seed(seed: Disclosure) -> None:
    assert [(f.expected, f.found) for f in findings("N102", seed)] == [
        (Decimal("257.24"), Decimal("257.42"))
    ]
