"""Header rows, column paths and the kinds a header allows."""

from __future__ import annotations

import pytest

from yusuan.extract.headers import (
    analyse_header,
    header_bounds,
    header_kinds,
    may_name_a_kind,
    row_label_key,
    strip_list_number,
    three_public_key,
)
from yusuan.extract.table_vocabulary import ColumnRole
from yusuan.model.tables import Section, TableKind
from yusuan.read.document import Table
from yusuan.read.text import parse_text


def _table(text: str) -> Table:
    [table] = parse_text(text.strip("\n"), "h.txt").tables()
    return table


def test_strip_list_number() -> None:
    assert strip_list_number("一、一般公共预算财政拨款收入") == "一般公共预算财政拨款收入"
    assert strip_list_number("十一、上年结转") == "上年结转"
    assert strip_list_number("1. 因公出国（境）费用") == "因公出国（境）费用"
    assert strip_list_number("其中：（1）公务用车购置") == "公务用车购置"
    assert strip_list_number("（二）项目支出") == "项目支出"
    assert strip_list_number("一般公共服务支出") == "一般公共服务支出"  # 一 is not a number here
    assert strip_list_number("1.5") == "1.5"


def test_row_keys() -> None:
    assert row_label_key("八、用事业基金弥补收支差额") == "institutional_fund"
    assert row_label_key("合 计") == "total"
    assert row_label_key("支出总计") == "expenditure_total"
    assert three_public_key("1. 因公出国(境)费") == "overseas_travel"
    assert three_public_key("（2）公务用车运行维护费") == "car_operation"
    assert three_public_key("“三公”经费合计") == "three_public_total"


def test_two_row_header_spans_from_the_left() -> None:
    table = _table(
        """
经济科目编码\t经济科目名称\t基本支出\t\t
\t\t小计\t人员经费\t公用经费
合计\t\t343.64\t297.13\t46.51
"""
    )
    layout = analyse_header(table)
    assert layout.body_start == 2
    assert [c.path for c in layout.columns] == [
        ("经济科目编码",),
        ("经济科目名称",),
        ("基本支出", "小计"),
        ("基本支出", "人员经费"),
        ("基本支出", "公用经费"),
    ]
    assert [c.role for c in layout.columns[:2]] == [ColumnRole.CODE, ColumnRole.NAME]
    assert [c.key for c in layout.columns[2:]] == ["total", "personnel", "public"]
    assert header_kinds(layout, table) == {TableKind.T6}


def test_side_by_side_groups_and_sections() -> None:
    table = _table(
        """
收入\t\t支出（功能分类）\t\t\t支出（部门预算经济分类）\t\t
项目\t预算数\t项目\t一般公共预算\t政府性基金预算\t项目\t一般公共预算\t政府性基金预算
一、一般公共预算财政拨款收入\t521.05\t201 一般公共服务支出\t\t\t301 工资福利支出\t257.24\t
"""
    )
    layout = analyse_header(table)
    assert [g.section for g in layout.groups] == [
        Section.INCOME,
        Section.FUNCTION,
        Section.ECONOMIC,
    ]
    assert [[c.key for c in g.amounts] for g in layout.groups] == [
        ["amount"],
        ["general_public", "government_fund"],
        ["general_public", "government_fund"],
    ]
    assert header_kinds(layout, table) == {TableKind.T4}


def test_unknown_header_keeps_its_own_text_as_key() -> None:
    table = _table(
        """
功能科目编码\t功能科目名称\t总计\t上年补助收入
201\t一般公共服务支出\t1.00\t
"""
    )
    layout = analyse_header(table)
    assert [c.key for c in layout.columns[2:]] == ["total", "上年补助收入"]


def test_header_that_fits_several_tables() -> None:
    table = _table(
        """
功能科目编码\t功能科目名称\t总计\t基本支出\t项目支出
201\t一般公共服务支出\t1.00\t1.00\t
"""
    )
    layout = analyse_header(table)
    assert header_kinds(layout, table) == {TableKind.T3, TableKind.T5, TableKind.T8}


def _may_name_a_kind(table: Table) -> bool:
    """The test with the header rows found; the test with every row the header may take
    rules out no table the first one keeps."""
    _, start, body = header_bounds(table.rows)
    found = may_name_a_kind(table, start, body)
    assert may_name_a_kind(table, start) or not found
    return found


def test_performance_target_table_is_surely_no_standard_table() -> None:
    table = _table(
        """
一级指标\t二级指标\t明细指标内容（三级指标）\t指标值\t指标说明
产出指标\t数量指标\t宣传片制作\t≥ 10 部\t全年制作
效益指标\t社会效益\t公众满意度\t≥ 90%\t调查
"""
    )
    assert not _may_name_a_kind(table)
    assert header_kinds(analyse_header(table), table) == set()


@pytest.mark.parametrize(
    ("header", "kinds"),
    [
        ("项目\t指标值\t项目\t指标值", {TableKind.T1}),  # two labels: side by side
        ("\t指标名称\t单项名称\t指标值", {TableKind.T1}),  # names become labels
        ("指标\t“三\t公”经费", {TableKind.T7}),  # 三公 across two header cells
        ("指标\t政府性\t基金", {TableKind.T8}),
        ("指标\t人员经费\t公用经费", {TableKind.T6}),
        ("指标\t一般公共预算", {TableKind.T5}),
    ],
)
def test_a_header_that_can_name_a_kind_is_analysed(header: str, kinds: set[TableKind]) -> None:
    table = _table(f"{header}\n甲\t1.00\t2.00\t3.00\n")
    assert _may_name_a_kind(table)
    assert header_kinds(analyse_header(table), table) == kinds


def test_three_public_rows_without_a_header_are_analysed() -> None:
    table = _table(
        """
指标\t金额
因公出国（境）费\t1.00
公务接待费\t2.00
"""
    )
    assert _may_name_a_kind(table)
    assert header_kinds(analyse_header(table), table) == {TableKind.T7}


def test_every_three_public_label_holds_a_character_the_header_test_looks_for() -> None:
    # may_name_a_kind looks up only first cells holding 公 or 计 as 三公 row labels
    from yusuan.extract.table_vocabulary import THREE_PUBLIC_ROW_KEYS

    assert all("公" in label or "计" in label for label in THREE_PUBLIC_ROW_KEYS)
