"""N106: a function name in the narrative is a near miss of the table's name."""

from __future__ import annotations

from pathlib import Path

from tests.audit.rules.corpus_support import corpus_findings
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


def test_corpus_transposed_and_variant_names(shared_dir: Path) -> None:
    # highcourt 2018 p19: "法院（款）一般行政事务管理（项）支出 6049.97 万元"; 表5 2040502 一般行政管理事务
    found = corpus_findings(shared_dir, "N106", "jiangsu_highcourt_2018_budget.pdf")
    assert [(f.expected, f.found) for f in found] == [
        ("2040502 一般行政管理事务", "法院(款)一般行政事务管理(项)支出")
    ]
    # putuo finance 2025 p7/p8: “…其它行政事业单位养老支出（项）” for 2080599 其他…
    found = corpus_findings(shared_dir, "N106", "shanghai-putuo_finance_2025_budget.pdf")
    assert [f.expected for f in found] == ["2080599 其他行政事业单位养老支出"] * 2
    # wanli street 2025 p7 item 21: “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目;
    # 计划生育事务 is 款 21007, its 项 is 2100717 计划生育服务
    found = corpus_findings(shared_dir, "N106", "shanghai-putuo_wanli-street_2025_budget.pdf")
    assert [f.expected for f in found] == ["2100717 计划生育服务"]
