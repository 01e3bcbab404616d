"""N107: a function item of the narrative is nowhere in the tables."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, seed_function_table
from tests.factories import figure, make_disclosure
from yusuan.model.disclosure import Disclosure


def _doc(name: str, amount: str) -> Disclosure:
    fig = figure("function", amount, name=name, part_of="total_expenditure")
    return make_disclosure(seed_function_table(), narrative=[fig])


def test_known_name_holds() -> None:
    assert findings("N107", _doc("卫生健康支出", "35.91")) == []


def test_name_and_amount_unknown() -> None:
    f = only("N107", _doc("教育支出", "12.00"))
    assert f.found == "教育支出"
    assert f.message == "说明所列“教育支出” 12.00万元，报表中既无此科目名称，也无此金额"


def test_seed(seed: Disclosure) -> None:
    assert findings("N107", seed) == []
