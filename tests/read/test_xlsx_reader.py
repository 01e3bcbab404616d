"""XLSX reader: captions and tables per sheet, merged cells, displayed numbers, hidden parts."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.read.test_docx_reader import T6_BODY, T6_SPANNED, T6_TEXTS
from yusuan.read import Paragraph, ReadError, read_document
from yusuan.read.xlsx_reader import read_xlsx


def fill_t6(sheet: openpyxl.worksheet.worksheet.Worksheet, top: int = 1) -> None:
    """T6 as published: title (merged A:E), unit line, two header rows, three data rows.

    With ``top=1`` the header is rows 3–4 and the data rows 5–7.
    """
    sheet.cell(top, 1, "2020年一般公共预算基本支出表")
    sheet.merge_cells(start_row=top, end_row=top, start_column=1, end_column=5)
    sheet.cell(top + 1, 5, "单位：万元")
    header = top + 2
    sheet.cell(header, 1, "经济科目编码")
    sheet.merge_cells(start_row=header, end_row=header + 1, start_column=1, end_column=1)
    sheet.cell(header, 2, "经济科目名称")
    sheet.merge_cells(start_row=header, end_row=header + 1, start_column=2, end_column=2)
    sheet.cell(header, 3, "基本支出")
    sheet.merge_cells(start_row=header, end_row=header, start_column=3, end_column=5)
    for column, text in enumerate(["小计", "人员经费", "公用经费"], start=3):
        sheet.cell(header + 1, column, text)
    for row, values in enumerate(T6_BODY, start=header + 2):
        for column, text in enumerate(values, start=1):
            if column <= 2:
                sheet.cell(row, column, text or None)
            elif text:
                sheet.cell(row, column, float(text)).number_format = "0.00"


def build_t6_xlsx(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    fill_t6(workbook.active)
    workbook.save(path)
    return path


def test_t6_grid_with_merged_cells(tmp_path: Path) -> None:
    [table] = read_xlsx(build_t6_xlsx(tmp_path / "t6.xlsx")).tables()
    assert table.texts() == T6_TEXTS
    assert [[cell.spanned for cell in row] for row in table.rows] == T6_SPANNED


def test_caption_rows_become_paragraphs_with_cell_locations(tmp_path: Path) -> None:
    document = read_xlsx(build_t6_xlsx(tmp_path / "t6.xlsx"))
    title, unit, table = document.blocks
    assert isinstance(title, Paragraph) and title.text == "2020年一般公共预算基本支出表"
    assert title.location.describe() == "Sheet!A1"
    assert isinstance(unit, Paragraph) and unit.text == "单位：万元"
    assert (unit.location.sheet, unit.location.cell) == ("Sheet", "E2")
    assert table.location.cell == "A3"


def test_cell_locations_are_sheet_and_reference(tmp_path: Path) -> None:
    path = build_t6_xlsx(tmp_path / "t6.xlsx")
    [table] = read_xlsx(path).tables()
    total = table.rows[2][2]
    assert total.text == "343.64"
    assert (total.location.file, total.location.describe()) == (str(path), "Sheet!C5")
    assert table.rows[1][0].location.cell == "A4"  # the spanned copy keeps its own position
    assert table.rows[4][3].location.describe() == "Sheet!D7"


def test_numbers_keep_their_displayed_text(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["项目", "金额"])
    accounting = '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '
    rows = [
        ("整数", 77, "0.00"),
        ("浮点误差", 343.64000000000004, "0.00"),
        ("千分位", 12345.6, "#,##0.00"),
        ("会计零值", 0, accounting),
        ("会计负数", -3.5, accounting),
        ("常规", 0.1 + 0.2, "General"),
        ("百分比", 0.125, "0.0%"),
        ("括号负数", -46.51, "#,##0.00_);[Red]\\(#,##0.00\\)"),
    ]
    for label, value, number_format in rows:
        sheet.append([label, value])
        sheet.cell(sheet.max_row, 2).number_format = number_format
    workbook.save(tmp_path / "numbers.xlsx")
    [table] = read_xlsx(tmp_path / "numbers.xlsx").tables()
    assert [row[1] for row in table.texts()[1:]] == [
        "77.00",
        "343.64",
        "12,345.60",
        "-",
        "-3.50",
        "0.3",
        "12.5%",
        "(46.51)",
    ]


def test_formulas_are_read_as_their_cached_values(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["科目", "金额"])
    sheet.append(["工资福利支出", 257.24])
    sheet.append(["合计", "=SUM(B2:B2)"])
    sheet["B3"].number_format = "0.00"
    path = tmp_path / "formula.xlsx"
    workbook.save(path)
    _set_cached_value(path, "B3", "257.24")
    [table] = read_xlsx(path).tables()
    assert table.texts()[2] == ["合计", "257.24"]


def _set_cached_value(path: Path, reference: str, value: str) -> None:
    """Write the value Excel would have cached for a formula (openpyxl writes none)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = parts[name].decode("utf-8")
    xml, count = re.subn(
        rf'(<c r="{reference}"[^>]*>\s*<f>[^<]*</f>)\s*(<v\s*/>|<v></v>)?',
        rf"\1<v>{value}</v>",
        xml,
    )
    assert count == 1
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        for part, data in parts.items():
            archive.writestr(part, data)


def test_hidden_rows_columns_and_sheets_are_skipped_and_noted(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "表6"
    fill_t6(sheet)
    sheet.cell(8, 1, "草稿行")
    sheet.cell(8, 2, "不公开")
    sheet.row_dimensions[8].hidden = True
    sheet.cell(3, 6, "备用列")
    sheet.column_dimensions["F"].hidden = True
    workbook.create_sheet("底稿").sheet_state = "hidden"
    workbook["底稿"]["A1"] = "内部数据"
    workbook.save(tmp_path / "hidden.xlsx")
    document = read_xlsx(tmp_path / "hidden.xlsx")
    assert document.tables()[0].texts() == T6_TEXTS
    assert document.notes == [
        "工作表“表6”的隐藏行（第8行）已跳过",
        "工作表“表6”的隐藏列（F列）已跳过",
        "工作表“底稿”是隐藏的，已跳过",
    ]


def test_two_tables_in_one_sheet_split_at_blank_row_and_title(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["2020年“三公”经费支出表"])
    sheet.append(["项目", "金额"])
    sheet.append(["公务接待费", 1.5])
    sheet.cell(3, 2).number_format = "0.00"
    sheet.append([])
    fill_t6(sheet, top=5)
    workbook.save(tmp_path / "two.xlsx")
    document = read_xlsx(tmp_path / "two.xlsx")
    assert [block.kind for block in document.blocks] == [
        "paragraph",
        "table",
        "paragraph",
        "paragraph",
        "table",
    ]
    first, second = document.tables()
    assert first.texts() == [["项目", "金额"], ["公务接待费", "1.50"]]
    assert second.texts() == T6_TEXTS
    assert second.location.cell == "A7"


def test_table_is_trimmed_to_its_columns(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["C2"], sheet["D2"] = "科目", "金额"
    sheet["C3"], sheet["D3"] = "合计", "343.64"
    workbook.save(tmp_path / "offset.xlsx")
    [table] = read_xlsx(tmp_path / "offset.xlsx").tables()
    assert table.texts() == [["科目", "金额"], ["合计", "343.64"]]
    assert table.location.cell == "C2"


def test_read_document_dispatches_xlsx(tmp_path: Path) -> None:
    document = read_document(build_t6_xlsx(tmp_path / "t6.xlsx"))
    assert document.format == "xlsx"
    assert document.tables()[0].texts() == T6_TEXTS


def test_corrupt_xlsx_is_a_read_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "坏表.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook")
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert str(caught.value).startswith(str(path))
    assert "无法打开 XLSX 文件" in str(caught.value)


def test_blank_workbook_is_a_read_error(tmp_path: Path) -> None:
    openpyxl.Workbook().save(tmp_path / "blank.xlsx")
    with pytest.raises(ReadError, match="工作簿中没有任何内容"):
        read_xlsx(tmp_path / "blank.xlsx")
