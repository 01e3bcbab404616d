"""XLS reader (Excel 97–2003): the same sheet layout as XLSX, read with xlrd.

Fixtures are written with xlwt, the writer companion of xlrd (a test-only dependency).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_docx_reader import T6_BODY, T6_SPANNED, T6_TEXTS
from yusuan.read import Paragraph, ReadError, read_document
from yusuan.read.xls_reader import read_xls

xlwt = pytest.importorskip("xlwt", reason="xlwt (test-only) is needed to write XLS fixtures")


def build_t6_xls(path: Path, *, hidden_row: bool = False) -> Path:
    """T6 on sheet 表6: title merged A1:E1, unit in E2, header rows 3–4, data rows 5–7."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("表6")
    two_decimals = xlwt.easyxf(num_format_str="0.00")
    sheet.write_merge(0, 0, 0, 4, "2020年一般公共预算基本支出表")
    sheet.write(1, 4, "单位：万元")
    sheet.write_merge(2, 3, 0, 0, "经济科目编码")
    sheet.write_merge(2, 3, 1, 1, "经济科目名称")
    sheet.write_merge(2, 2, 2, 4, "基本支出")
    for column, text in enumerate(["小计", "人员经费", "公用经费"], start=2):
        sheet.write(3, column, text)
    for row, values in enumerate(T6_BODY, start=4):
        for column, text in enumerate(values):
            if column >= 2 and text:
                sheet.write(row, column, float(text), two_decimals)
            elif text:
                sheet.write(row, column, text)
    if hidden_row:
        sheet.write(7, 0, "草稿行")
        sheet.write(7, 1, "不公开")
        sheet.row(7).hidden = True
    book.save(str(path))
    return path


def test_t6_grid_with_merged_cells(tmp_path: Path) -> None:
    document = read_xls(build_t6_xls(tmp_path / "t6.xls"))
    title, unit, table = document.blocks
    assert isinstance(title, Paragraph) and title.text == "2020年一般公共预算基本支出表"
    assert isinstance(unit, Paragraph) and unit.location.describe() == "表6!E2"
    assert document.tables()[0].texts() == T6_TEXTS
    assert [[cell.spanned for cell in row] for row in document.tables()[0].rows] == T6_SPANNED
    assert table.location.describe() == "表6!A3"


def test_numbers_keep_two_decimals_and_cells_their_reference(tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    sheet.write(0, 0, "项目")
    sheet.write(0, 1, "金额")
    sheet.write(1, 0, "公务接待费")
    sheet.write(1, 1, 77, xlwt.easyxf(num_format_str="0.00"))
    sheet.write(2, 0, "合计")
    sheet.write(2, 1, 1234.5, xlwt.easyxf(num_format_str="#,##0.00"))
    book.save(str(tmp_path / "numbers.xls"))
    [table] = read_xls(tmp_path / "numbers.xls").tables()
    assert table.texts() == [["项目", "金额"], ["公务接待费", "77.00"], ["合计", "1,234.50"]]
    assert table.rows[1][1].location.describe() == "Sheet1!B2"


def test_hidden_row_is_skipped_and_noted(tmp_path: Path) -> None:
    document = read_xls(build_t6_xls(tmp_path / "t6.xls", hidden_row=True))
    assert document.tables()[0].texts() == T6_TEXTS
    assert document.notes == ["工作表“表6”的隐藏行（第8行）已跳过"]


def test_read_document_dispatches_xls(tmp_path: Path) -> None:
    document = read_document(build_t6_xls(tmp_path / "t6.xls"))
    assert document.format == "xls"
    assert document.tables()[0].texts() == T6_TEXTS


def test_corrupt_xls_is_a_read_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "坏表.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert str(caught.value).startswith(str(path))
    assert "无法打开 XLS 文件" in str(caught.value)
