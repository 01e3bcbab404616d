"""The eight standard tables of the seed document (江汉区融媒体中心 2020 budget).

Every value below was read by hand from src/yusuan/examples/江汉区融媒体中心2020预算.txt
(line numbers given in comments).
"""

from __future__ import annotations

from decimal import Decimal

from yusuan.extract.tables import extract_standard_tables
from yusuan.model.amount import Unit, is_amount_text, parse_amount
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section, TableKind
from yusuan.read.document import Document


def test_all_eight_tables_found_with_titles_and_units(seed: Disclosure) -> None:
    assert sorted(seed.tables) == list(TableKind)
    assert seed.tables[TableKind.T1].title == "2020 年部门收支预算总表"  # line 208
    # the seed body calls T7 财政拨款“三公”经费支出表 (line 398), its TOC 一般公共预算… (line 53)
    assert seed.tables[TableKind.T7].title == "2020 年财政拨款“三公”经费支出表"
    assert all(table.unit is Unit.WAN_YUAN for table in seed.tables.values())
    assert seed.unit is Unit.WAN_YUAN
    assert seed.tables[TableKind.T1].unit_name == "区融媒体中心（一类）"  # line 210
    assert seed.tables[TableKind.T3].unit_name is None  # T3 prints no 单位名称 line


def test_t6_total_row_and_public_expenses(seed: Disclosure) -> None:
    t6 = seed.tables[TableKind.T6]
    total = t6.row_by_key("total")
    assert total is not None
    # line 371: 合计||343.64|297.13|46.51
    assert (total.value("total"), total.value("personnel"), total.value("public")) == (
        Decimal("343.64"),
        Decimal("297.13"),
        Decimal("46.51"),
    )
    car = t6.row_by_code("30231")
    assert car is not None and car.name == "公务用车运行维护费"  # line 392
    assert car.value("public") == Decimal("3.00")
    assert car.value("personnel") is None
    assert str(car.value("public")) == "3.00"  # printed precision kept
    # lines 371-396: the 合计 row and 25 coded rows
    assert len(t6.rows) == 26
    assert all(row.code or row.key == "total" for row in t6.rows)
    assert t6.columns == {"total": "小计", "personnel": "人员经费", "public": "公用经费"}


def test_t6_cell_locations_are_source_lines(seed: Disclosure) -> None:
    t6 = seed.tables[TableKind.T6]
    row = t6.row_by_code("30103")
    assert row is not None and row.value("total") == Decimal("77.00")
    assert row.location.line == 375
    assert row.cells["personnel"].location.line == 375
    total = t6.row_by_key("total")
    assert total is not None and total.cells["public"].location.line == 371


def test_t1_income_function_and_economic_sections(seed: Disclosure) -> None:
    t1 = seed.tables[TableKind.T1]
    assert t1.columns == {"amount": "预算数"}
    economic_302 = t1.row_by_code("302", Section.ECONOMIC)
    assert economic_302 is not None and economic_302.value("amount") == Decimal("174.92")  # l.218
    economic_399 = t1.row_by_code("399", Section.ECONOMIC)
    assert economic_399 is not None and economic_399.value("amount") == Decimal("49.00")  # l.226
    culture = t1.row_by_code("207", Section.FUNCTION)
    assert culture is not None and culture.value("amount") == Decimal("396.84")  # line 221
    assert culture.name == "文化旅游体育与传媒支出"
    general = t1.row_by_code("201", Section.FUNCTION)
    assert general is not None  # line 216: printed with a blank amount
    assert general.cells["amount"].value is None and general.cells["amount"].text == ""
    appropriation = t1.row_by_key("general_public_appropriation", Section.INCOME)
    assert appropriation is not None and appropriation.label == "一、一般公共预算财政拨款收入"
    assert appropriation.value("amount") == Decimal("521.05")
    assert t1.row_by_key("operating_revenue", Section.INCOME) is not None  # 六、事业单位经营收入
    assert t1.row_by_key("carry_over", Section.INCOME) is not None  # 九、上年结转
    for key, section in (
        ("income_subtotal", Section.INCOME),
        ("income_total", Section.INCOME),
        ("expenditure_subtotal", Section.FUNCTION),
        ("expenditure_subtotal", Section.ECONOMIC),
        ("expenditure_total", Section.ECONOMIC),
    ):
        row = t1.row_by_key(key, section)
        assert row is not None and row.value("amount") == Decimal("521.05"), key
    carry_forward = t1.row_by_key("carry_forward", Section.FUNCTION)
    assert carry_forward is not None and carry_forward.value("amount") is None
    # 26 function 类 printed (lines 216-241), 10 economic 类 (lines 217-226)
    assert len(t1.coded_rows(Section.FUNCTION)) == 26
    assert [r.code for r in t1.coded_rows(Section.ECONOMIC)] == [
        "301", "302", "303", "307", "309", "310", "311", "312", "313", "399",
    ]  # fmt: skip
    # the sub-heading 支出（部门预算经济分类）(line 216) is not a row
    assert not [r for r in t1.rows if r.code is None and r.key is None]


def test_t4_keeps_its_own_code_names(seed: Disclosure) -> None:
    t1, t4 = seed.tables[TableKind.T1], seed.tables[TableKind.T4]
    t1_222 = t1.row_by_code("222", Section.FUNCTION)
    t4_222 = t4.row_by_code("222", Section.FUNCTION)
    assert t1_222 is not None and t1_222.name == "粮油物资储备支出"  # line 234
    assert t4_222 is not None and t4_222.name == "粮油物资管理支出"  # line 325
    assert t4.columns == {
        "amount": "预算数",
        "general_public": "一般公共预算",
        "government_fund": "政府性基金预算",
    }
    culture = t4.row_by_code("207", Section.FUNCTION)
    assert culture is not None and culture.value("general_public") == Decimal("396.84")  # l.312
    assert culture.value("government_fund") is None
    wages = t4.row_by_code("301", Section.ECONOMIC)
    assert wages is not None and wages.value("general_public") == Decimal("257.24")  # line 308
    assert t4.note == "注：部门预算和年度决算收支口径一致，不包含特设专户可用资金编制计划。"


def test_t2_rows_and_printed_headers(seed: Disclosure) -> None:
    t2 = seed.tables[TableKind.T2]
    retirees = t2.row_by_code("2080502")
    assert retirees is not None and retirees.name == "事业单位离退休"  # line 260
    assert retirees.value("total") == Decimal("31.03")
    assert retirees.value("general_public_appropriation") == Decimal("31.03")
    # line 253: the misprinted 上年补助收入 is kept under its own text, not guessed
    assert t2.columns["上年补助收入"] == "上年补助收入"
    assert "grants_from_higher_level" not in t2.columns
    assert t2.columns["carry_over"] == "上年结转、结余"
    assert t2.columns["service_revenue"] == "事业收入"


def test_t3_basic_and_project(seed: Disclosure) -> None:
    row = seed.tables[TableKind.T3].row_by_code("207")
    assert row is not None  # line 281
    assert (row.value("basic"), row.value("project")) == (Decimal("219.43"), Decimal("177.41"))


def test_t7_three_public_rows(seed: Disclosure) -> None:
    t7 = seed.tables[TableKind.T7]
    assert t7.columns == {"amount": "本年预算数"}  # 情况说明 is descriptive, not an amount
    values = {row.key: row.value("amount") for row in t7.rows}
    assert values == {  # lines 403-408
        "three_public_total": Decimal("3.00"),
        "overseas_travel": None,
        "official_cars": Decimal("3.00"),
        "car_purchase": None,
        "car_operation": Decimal("3.00"),
        "official_reception": None,
    }
    purchase = t7.row_by_key("car_purchase")
    assert purchase is not None and purchase.label == "其中：（1）公务用车购置"
    assert t7.note is not None and t7.note.startswith("注：按照中央和省、市有关文件")
    assert "（3）公务接待费" in t7.note  # the continuation paragraph, line 412


def test_t8_is_empty_with_its_note(seed: Disclosure) -> None:
    t8 = seed.tables[TableKind.T8]
    assert t8.rows == []
    assert t8.is_empty
    assert t8.note == "注：本部门无政府性基金财政拨款支出。"  # line 421
    assert t8.columns == {"total": "总计", "basic": "基本支出", "project": "项目支出"}


def test_claimed_blocks_are_the_tables_and_their_lines(seed_document: Document) -> None:
    result = extract_standard_tables(seed_document)
    lines = sorted(
        line
        for index in result.claimed
        if (line := seed_document.blocks[index].location.line) is not None
    )
    assert lines == [
        208, 210, 212, 214,  # T1: title, 单位名称, 单位, table
        247, 249, 251, 253,  # T2
        275, 277, 279,  # T3
        301, 303, 305, 337,  # T4 and its note
        339, 341, 343,  # T5
        365, 367, 369,  # T6
        398, 400, 402, 410, 412,  # T7, its note and the note's continuation
        414, 416, 418, 421,  # T8 and its note
    ]  # fmt: skip
    assert result.unrecognised == []


def test_amount_text_tests_agree_with_parsing() -> None:
    assert parse_amount("297.13") == Decimal("297.13") and str(parse_amount("77.00")) == "77.00"
    assert parse_amount("（1,234.50）") == Decimal("-1234.50")
    assert is_amount_text("1,234.50") and is_amount_text("（12.00）") and is_amount_text(" 8 ")
    assert not is_amount_text("-") and not is_amount_text("≥80%") and not is_amount_text("合计")


def test_cells_and_rows_serialise_as_pydantic_fields_of_their_table() -> None:
    from decimal import Decimal

    from pydantic import TypeAdapter

    from yusuan.model.tables import AmountCell, Row, StandardTable, TableKind
    from yusuan.read.location import SourceLocation

    where = SourceLocation(file="x.txt", line=3)
    cell = AmountCell("amount", "77.00", Decimal("77.00"), where)
    row = Row("合计", key="total", cells={"amount": cell}, location=where)
    table = StandardTable(kind=TableKind.T7, title="三公", rows=[row], location=where)
    where_json = TypeAdapter(SourceLocation).dump_python(where, mode="json")
    dumped = table.model_dump(mode="json")["rows"]
    assert dumped == [
        {
            "label": "合计",
            "code": None,
            "name": None,
            "key": "total",
            "section": None,
            "cells": {
                "amount": {
                    "column": "amount",
                    "text": "77.00",
                    "value": "77.00",
                    "location": where_json,
                }
            },
            "location": where_json,
        }
    ]
    again = StandardTable.model_validate_json(table.model_dump_json())
    assert again.rows == [row] and type(again.rows[0].cells["amount"].value) is Decimal
