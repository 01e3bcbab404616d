"""N104: a function-classification figure differs from the row of that name."""

from __future__ import annotations

from decimal import Decimal

from tests.audit.rules.document_support import findings, only, seed_function_table
from tests.factories import figure, make_disclosure
from yusuan.model.disclosure import Disclosure


def _doc(name: str, amount: str) -> Disclosure:
    fig = figure("function", amount, name=name, part_of="total_expenditure")
    return make_disclosure(seed_function_table(), narrative=[fig])


def test_function_amounts_equal_to_their_rows() -> None:
    assert findings("N104", _doc("社会保障和就业支出", "50.34")) == []
    assert findings("N104", _doc("住房保障支出", "37.96")) == []


def test_function_amount_differing_from_its_row() -> None:
    f = only("N104", _doc("卫生健康支出", "53.91"))
    assert (f.expected, f.found) == (Decimal("35.91"), Decimal("53.91"))
    assert (
        f.message
        == "说明所述卫生健康支出 53.91万元，表3 部门支出预算总表 210 卫生健康支出为 35.91万元"
    )


def test_project_list_is_compared_with_the_project_column() -> None:
    fig = figure("function", "170.00", name="电视", part_of="project_expenditure")
    f = only("N104", make_disclosure(seed_function_table(), narrative=[fig]))
    assert (f.expected, f.found) == (Decimal("177.41"), Decimal("170.00"))


def test_seed_amounts_hold(seed: Disclosure) -> None:
    assert findings("N104", seed) == []
