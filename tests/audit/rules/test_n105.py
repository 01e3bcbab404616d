"""N105: the narrative puts a function name on an amount the table lists under another code."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.audit.rules.corpus_support import corpus_findings
from tests.audit.rules.document_support import findings, only, seed_function_table
from tests.factories import figure, make_disclosure, make_table
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _doc(name: str, amount: str, part_of: str = "total_expenditure") -> Disclosure:
    fig = figure("function", amount, name=name, part_of=part_of)
    return make_disclosure(seed_function_table(), narrative=[fig])


def test_names_of_the_rows_holding_the_amounts() -> None:
    assert findings("N105", _doc("文化旅游体育与传媒支出", "396.84")) == []
    assert findings("N105", _doc("电视", "177.41", "project_expenditure")) == []


def test_class_name_on_another_class_amount() -> None:
    # seed: "一般公共服务支出 396.84 万元"; the tables put 396.84 under 207
    f = only("N105", _doc("一般公共服务支出", "396.84"))
    assert (f.expected, f.found, f.severity) == (
        "207 文化旅游体育与传媒支出",
        "一般公共服务支出",
        Severity.ERROR,
    )
    assert (
        f.message
        == "说明将 396.84万元 列为“一般公共服务支出”，表3中该金额列在 207 文化旅游体育与传媒支出 下"
    )


def test_project_function_is_reported_at_item_level() -> None:
    # seed: "一般行政管理事务 177.41 万元" for 项目支出; 表3 puts it under 2070805 电视
    f = only("N105", _doc("一般行政管理事务", "177.41", "project_expenditure"))
    assert (f.expected, f.found) == ("2070805 电视", "一般行政管理事务")


def test_seed(seed: Disclosure) -> None:
    assert [(f.expected, f.found) for f in findings("N105", seed)] == [
        ("207 文化旅游体育与传媒支出", "一般公共服务支出"),
        ("2070805 电视", "一般行政管理事务"),
    ]


def test_item_named_by_its_level_path() -> None:
    # Shanghai style: 一般公共服务支出(类)财政事务(款)一般行政管理事务(项)
    table = make_table(
        TableKind.T3,
        ["total", "basic", "project"],
        [
            ("201", "一般公共服务支出", ["10.00", "", "10.00"]),
            ("20106", "财政事务", ["10.00", "", "10.00"]),
            ("2010602", "一般行政管理事务", ["10.00", "", "10.00"]),
        ],
    )
    name = "一般公共服务支出(类)财政事务(款)一般行政管理事务(项)"
    fig = figure("function", "10.00", name=name, part_of="total_expenditure")
    doc = make_disclosure(table, narrative=[fig])
    assert findings("N105", doc) == []
    assert findings("N106", doc) == []
    assert findings("N104", doc) == []


def test_item_path_with_subject_word_is_followed_down_the_codes() -> None:
    # Shanghai 2025: "“一般公共服务支出（类）组织事务（款）一般行政管理事务（项）”科目107.50万元";
    # 一般行政管理事务 sits under several 款: the path names 2013202
    table = make_table(
        TableKind.T3,
        ["total", "basic", "project"],
        [
            ("201", "一般公共服务支出", ["149.79", "", "149.79"]),
            ("20129", "群众团体事务", ["42.29", "", "42.29"]),
            ("2012902", "一般行政管理事务", ["42.29", "", "42.29"]),
            ("20132", "组织事务", ["107.50", "", "107.50"]),
            ("2013202", "一般行政管理事务", ["107.50", "", "107.50"]),
        ],
    )
    name = "一般公共服务支出(类)组织事务(款)一般行政管理事务(项)科目"
    doc = make_disclosure(
        table, narrative=[figure("function", "107.50", name=name, part_of="total_expenditure")]
    )
    assert findings("N105", doc) == []
    assert findings("N104", doc) == []
    wrong = make_disclosure(
        table, narrative=[figure("function", "100.20", name=name, part_of="total_expenditure")]
    )
    [f] = findings("N104", wrong)
    assert (f.expected, f.found) == (Decimal("107.50"), Decimal("100.20"))


def test_corpus_wanli_street_2025_paths(shared_dir: Path) -> None:
    # p6-8: 33 items "“…（类）…（款）…（项）”科目 X万元", each the 表5 row its path names
    name = "shanghai-putuo_wanli-street_2025_budget.pdf"
    assert corpus_findings(shared_dir, "N105", name) == []
    assert corpus_findings(shared_dir, "N107", name) == []
