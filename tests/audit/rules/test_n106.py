"""N106: a function name in the narrative is a near miss of the table's name."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, seed_function_table
from tests.factories import figure, make_disclosure, make_table
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section, TableKind

F = Section.FUNCTION


def _doc(name: str, amount: str) -> Disclosure:
    # 表1 lists every class, 215 blank (as the seed's 表1 does)
    t1 = make_table(
        TableKind.T1,
        ["amount"],
        [
            ("207", "文化旅游体育与传媒支出", ["396.84"], F),
            ("215", "资源勘探工业信息等支出", [""], F),
            ("221", "住房保障支出", ["37.96"], F),
        ],
    )
    fig = figure("function", amount, name=name, part_of="total_expenditure")
    return make_disclosure(t1, seed_function_table(), narrative=[fig])


def test_exact_names_hold() -> None:
    assert findings("N106", _doc("资源勘探工业信息等支出", "0")) == []
    assert findings("N106", _doc("住房保障支出", "37.96")) == []


def test_variant_of_a_blank_class_name() -> None:
    # seed: "资源勘探工业信息等事务支出 0 万元"; 2020 name is 215 资源勘探工业信息等支出
    f = only("N106", _doc("资源勘探工业信息等事务支出", "0"))
    assert (f.expected, f.found, f.severity) == (
        "215 资源勘探工业信息等支出",
        "资源勘探工业信息等事务支出",
        Severity.WARNING,
    )
    assert findings("N104", _doc("资源勘探工业信息等事务支出", "0")) == []  # blank = 0


def test_variant_of_a_row_with_the_amount_is_a_name_warning_not_n105() -> None:
    doc = _doc("社会保障就业支出", "50.34")
    assert only("N106", doc).expected == "208 社会保障和就业支出"
    assert findings("N105", doc) == []


def test_seed(seed: Disclosure) -> None:
    assert [(f.expected, f.found) for f in findings("N106", seed)] == [
        ("215 资源勘探工业信息等支出", "资源勘探工业信息等事务支出")
    ]
