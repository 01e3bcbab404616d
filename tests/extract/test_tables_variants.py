"""Variants real documents use, as small TAB-separated texts read with ``parse_text``."""

from __future__ import annotations

from decimal import Decimal

from yusuan.extract.result import TablesResult
from yusuan.extract.tables import extract_standard_tables
from yusuan.model.amount import Unit
from yusuan.model.tables import Section, TableKind
from yusuan.read.text import parse_text


def _extract(text: str) -> TablesResult:
    return extract_standard_tables(parse_text(text.strip("\n"), "variant.txt"))


SHANGHAI_SPLIT_CODES = """
2024年部门支出预算表
金额单位：元
科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出
类\t款\t项\t\t\t\t
\t\t\t合计\t1000.00\t800.00\t200.00
208\t\t\t社会保障和就业支出\t1000.00\t800.00\t200.00
\t05\t\t行政事业单位养老支出\t1000.00\t800.00\t200.00
\t\t06\t机关事业单位职业年金缴费支出\t600.00\t600.00\t
208\t05\t05\t机关事业单位基本养老保险缴费支出\t400.00\t200.00\t200.00
"""


def test_split_codes_in_columns_and_unit_in_yuan() -> None:
    result = _extract(SHANGHAI_SPLIT_CODES)
    t3 = result.tables[TableKind.T3]
    assert t3.unit is Unit.YUAN and result.unit is Unit.YUAN
    assert [row.code for row in t3.coded_rows()] == ["208", "20805", "2080506", "2080505"]
    pension = t3.row_by_code("2080506")
    assert pension is not None and pension.name == "机关事业单位职业年金缴费支出"
    assert pension.value("basic") == Decimal("600.00") and pension.value("project") is None
    total = t3.row_by_key("total")
    assert total is not None and total.value("total") == Decimal("1000.00")


def test_split_code_in_one_cell() -> None:
    result = _extract(
        """
2024年部门支出预算表
单位：元
功能分类科目编码\t功能分类科目名称\t合计\t基本支出\t项目支出
208 05 06\t机关事业单位职业年金缴费支出\t600.00\t600.00\t
"""
    )
    row = result.tables[TableKind.T3].row_by_code("2080506")
    assert row is not None and row.label == "208 05 06 机关事业单位职业年金缴费支出"


def test_code_and_name_in_one_cell() -> None:
    result = _extract(
        """
2020年一般公共预算支出表
单位：万元
科目\t总计\t基本支出\t项目支出
合计\t10.00\t6.00\t4.00
201 一般公共服务支出\t10.00\t6.00\t4.00
20101 人大事务\t10.00\t6.00\t4.00
2010101行政运行\t10.00\t6.00\t4.00
"""
    )
    t5 = result.tables[TableKind.T5]
    assert [(row.code, row.name) for row in t5.coded_rows()] == [
        ("201", "一般公共服务支出"),
        ("20101", "人大事务"),
        ("2010101", "行政运行"),
    ]
    row = t5.row_by_code("20101")
    assert row is not None and row.value("project") == Decimal("4.00")


def test_two_digit_section_codes_under_their_class() -> None:
    result = _extract(
        """
2020年一般公共预算基本支出表
单位：万元
经济科目编码\t经济科目名称\t合计\t人员经费\t公用经费
合计\t\t10.00\t8.00\t2.00
301\t工资福利支出\t8.00\t8.00\t
01\t基本工资\t8.00\t8.00\t
302\t商品和服务支出\t2.00\t\t2.00
01\t办公费\t2.00\t\t2.00
"""
    )
    t6 = result.tables[TableKind.T6]
    assert [row.code for row in t6.coded_rows()] == ["301", "30101", "302", "30201"]
    office = t6.row_by_code("30201")
    assert office is not None and office.label == "01 办公费"
    assert office.value("public") == Decimal("2.00")


def test_title_after_data_as_pdf_conversions_put_it() -> None:
    result = _extract(
        """
功能科目编码\t功能科目名称\t合计\t一般公共预算拨款收入\t事业收入
合计\t\t5.00\t5.00\t
201\t一般公共服务支出\t5.00\t5.00\t
公开02表 部门收入预算总表
单位：万元
功能科目编码\t功能科目名称\t合计\t基本支出\t项目支出\t上缴上级支出
合计\t\t5.00\t3.00\t2.00\t
201\t一般公共服务支出\t5.00\t3.00\t2.00\t
公开03表 部门支出预算总表
"""
    )
    assert result.tables[TableKind.T2].title == "公开02表 部门收入预算总表"
    assert result.tables[TableKind.T3].title == "公开03表 部门支出预算总表"
    t3_row = result.tables[TableKind.T3].row_by_code("201")
    assert t3_row is not None and t3_row.value("basic") == Decimal("3.00")
    assert result.tables[TableKind.T3].unit is Unit.WAN_YUAN
    t2_row = result.tables[TableKind.T2].row_by_code("201")
    assert t2_row is not None and t2_row.value("general_public_appropriation") == Decimal("5.00")


def test_missing_title_falls_back_to_header_words() -> None:
    result = _extract(
        """
单位：万元
经济科目编码\t经济科目名称\t合计\t人员经费\t公用经费
合计\t\t3.00\t\t3.00
302\t商品和服务支出\t3.00\t\t3.00
"""
    )
    t6 = result.tables[TableKind.T6]
    assert t6.title == "一般公共预算基本支出表"  # the standard title stands in
    assert t6.unit is Unit.WAN_YUAN


def test_title_with_table_number_and_department_name() -> None:
    for title in (
        "表6 江汉区融媒体中心2020年一般公共预算基本支出表",
        "表 6.2020 年一般公共预算基本支出表",
        "公开06表 江苏省人民检察院2019年一般公共预算基本支出表",
    ):
        result = _extract(
            f"""
{title}
单位:万元
经济科目编码\t经济科目名称\t合计\t人员经费\t公用经费
302\t商品和服务支出\t3.00\t\t3.00
"""
        )
        assert result.tables[TableKind.T6].title == title
        assert result.tables[TableKind.T6].unit is Unit.WAN_YUAN


def test_truncated_table_keeps_what_it_has() -> None:
    result = _extract(
        """
2020年一般公共预算基本支出表
单位：万元
经济科目编码\t经济科目名称\t基本支出\t\t
\t\t小计\t人员经费\t公用经费
合计\t\t343.64\t297.13\t46.51
301\t工资福利支出\t257.24
"""
    )
    t6 = result.tables[TableKind.T6]
    wages = t6.row_by_code("301")
    assert wages is not None and wages.value("total") == Decimal("257.24")
    assert wages.value("personnel") is None  # the cut-off cells read as blank
    assert len(t6.rows) == 2


def test_text_where_an_amount_belongs_is_kept_and_reported() -> None:
    result = _extract(
        """
2020年一般公共预算支出表
单位：万元
功能科目编码\t功能科目名称\t总计\t基本支出\t项目支出
201\t一般公共服务支出\t约十万\t6.00\t4.00
"""
    )
    row = result.tables[TableKind.T5].row_by_code("201")
    assert row is not None
    assert row.cells["total"].value is None and row.cells["total"].text == "约十万"
    [note] = result.unrecognised
    assert note.kind == "cell" and note.title == "约十万"
    assert note.location.line == 4
    assert "不是金额" in note.reason


def test_side_by_side_with_one_header_row() -> None:
    result = _extract(
        """
2020年部门收支总表
单位：万元
收入\t金额\t支出\t金额
一般公共预算拨款收入\t10.00\t201 一般公共服务支出\t10.00
收入总计\t10.00\t支出总计\t10.00
"""
    )
    t1 = result.tables[TableKind.T1]
    income = t1.row_by_key("general_public_appropriation", Section.INCOME)
    assert income is not None and income.value("amount") == Decimal("10.00")
    function = t1.row_by_code("201", Section.FUNCTION)
    assert function is not None and function.value("amount") == Decimal("10.00")
    total = t1.row_by_key("expenditure_total", Section.FUNCTION)
    assert total is not None and total.value("amount") == Decimal("10.00")


def test_empty_table_printed_as_title_and_note_only() -> None:
    result = _extract(
        """
2020年政府性基金预算支出表
单位：万元
注：本部门无政府性基金预算财政拨款支出。
"""
    )
    t8 = result.tables[TableKind.T8]
    assert t8.is_empty and t8.rows == []
    assert t8.note == "注：本部门无政府性基金预算财政拨款支出。"
    assert t8.unit is Unit.WAN_YUAN
    assert result.claimed == {0, 1, 2}


def test_table_of_contents_titles_are_not_claimed() -> None:
    result = _extract(
        """
目录
表 5.2020 年一般公共预算支出表
表 6.2020 年一般公共预算基本支出表
一、部门主要职责
本部门负责宣传工作。
2020年一般公共预算支出表
单位：万元
功能科目编码\t功能科目名称\t总计\t基本支出\t项目支出
201\t一般公共服务支出\t10.00\t6.00\t4.00
"""
    )
    assert set(result.tables) == {TableKind.T5}
    assert result.claimed == {5, 6, 7}


def test_table_continued_on_next_page_is_merged() -> None:
    result = _extract(
        """
2020年一般公共预算支出表
单位：万元
功能科目编码\t功能科目名称\t总计\t基本支出\t项目支出
201\t一般公共服务支出\t10.00\t6.00\t4.00
2020年一般公共预算支出表（续表）
功能科目编码\t功能科目名称\t总计\t基本支出\t项目支出
208\t社会保障和就业支出\t5.00\t5.00\t
"""
    )
    t5 = result.tables[TableKind.T5]
    assert [row.code for row in t5.coded_rows()] == ["201", "208"]
    assert result.unrecognised == []


def test_unmapped_row_label_is_kept_and_reported() -> None:
    result = _extract(
        """
2020年“三公”经费支出表
单位：万元
项目\t本年预算数
合计\t5.00
因公出国（境）费\t2.00
公务接待费\t3.00
会议费\t1.00
"""
    )
    t7 = result.tables[TableKind.T7]
    reception = t7.row_by_key("official_reception")
    assert reception is not None and reception.value("amount") == Decimal("3.00")
    meeting = [row for row in t7.rows if row.key is None]
    assert [row.label for row in meeting] == ["会议费"]
    assert meeting[0].value("amount") == Decimal("1.00")
    [note] = result.unrecognised
    assert note.kind == "row" and note.title == "会议费"


def test_three_public_items_printed_as_columns() -> None:
    # Shanghai 部门“三公”经费和机关运行经费预算表: the header's second row starts with 合计
    result = _extract(
        """
部门“三公”经费和机关运行经费预算表
单位:万元
2024年“三公”经费预算数\t\t\t\t\t\t2024年机关运行经费预算数
合计\t因公出国(境)费\t公务接待费\t公务用车购置及运行费\t\t\t
\t\t\t小计\t购置费\t运行费\t
47.91\t0\t1.35\t46.56\t25\t21.56\t443.18
"""
    )
    t7 = result.tables[TableKind.T7]
    values = {row.key: row.value("amount") for row in t7.rows if row.key}
    assert values == {
        "three_public_total": Decimal("47.91"),
        "overseas_travel": Decimal("0"),
        "official_reception": Decimal("1.35"),
        "official_cars": Decimal("46.56"),
        "car_purchase": Decimal("25"),
        "car_operation": Decimal("21.56"),
        # printed beside the three, keyed so that it is no unmapped row
        "administrative_operating_expenses": Decimal("443.18"),
    }
    assert result.unrecognised == []


def test_section_part_that_lost_its_leading_zero() -> None:
    result = _extract(
        """
2024年部门一般公共预算基本支出部门预算经济分类预算表
编制部门：上海市普陀区人民政府万里街道办事处 单位：元
部门预算经济分类科目编码\t\t经济分类科目名称\t合计\t人员经费\t公用经费
类\t款\t\t\t\t
301\t\t工资福利支出\t100\t100\t0
301\t2\t津贴补贴\t100\t100\t0
"""
    )
    t6 = result.tables[TableKind.T6]
    assert [row.code for row in t6.coded_rows()] == ["301", "30102"]
    assert t6.unit is Unit.YUAN
    assert t6.unit_name == "上海市普陀区人民政府万里街道办事处"


def test_amounts_only_table_is_one_total_row() -> None:
    result = _extract(
        """
支出预算总表
单位：万元
合计\t基本支出\t项目支出
24169.74\t15844.04\t4335.30
"""
    )
    [total] = result.tables[TableKind.T3].rows
    assert total.key == "total" and total.value("basic") == Decimal("15844.04")
