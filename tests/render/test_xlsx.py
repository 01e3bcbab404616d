"""XLSX rendering of the seed layout: sheets, numbers, merges, print setup; read back with
yusuan's own XLSX reader and audited."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.render.test_docx import (
    STANDARD_KINDS,
    T6_TOTAL,
    check_tables_read_back,
    narrative_facts,
    t6_grid,
    table_facts,
    text_rendering_extracted,
)
from yusuan.api import audit_file, load
from yusuan.audit.report import AuditReport
from yusuan.model.disclosure import Disclosure
from yusuan.read import Document, read_document
from yusuan.read.document import Paragraph as ReadParagraph
from yusuan.render.grid import table_width
from yusuan.render.layout import HeaderCell, Heading, Layout, Paragraph, TableBlock
from yusuan.render.xlsx import number_format, render_xlsx

SHEETS = ["说明", *(f"表{n}" for n in range(1, 9)), *(f"绩效{n}" for n in range(1, 6))]


@pytest.fixture(scope="module")
def xlsx_path(seed_layout: Layout, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "seed.xlsx"
    path.write_bytes(render_xlsx(seed_layout))
    return path


@pytest.fixture(scope="module")
def text_disclosure(seed_layout: Layout, tmp_path_factory: pytest.TempPathFactory) -> Disclosure:
    return text_rendering_extracted(seed_layout, tmp_path_factory.mktemp("text"))


@pytest.fixture(scope="module")
def read_back(xlsx_path: Path) -> Document:
    return read_document(xlsx_path)


@pytest.fixture(scope="module")
def report(xlsx_path: Path) -> AuditReport:
    return audit_file(xlsx_path)


@pytest.fixture(scope="module")
def workbook(xlsx_path: Path) -> Any:
    return openpyxl.load_workbook(xlsx_path)


def test_sheets(workbook: Any) -> None:
    assert workbook.sheetnames == SHEETS


def test_t6_total_row_reads_back(read_back: Document) -> None:
    assert read_back.format == "xlsx"
    assert T6_TOTAL in t6_grid(read_back)


def test_every_table_reads_back_as_printed(seed_layout: Layout, read_back: Document) -> None:
    check_tables_read_back(seed_layout, read_back)


def test_every_body_row_appears_in_a_grid(seed_layout: Layout, read_back: Document) -> None:
    rows = {tuple(row) for table in read_back.tables() for row in table.texts()}
    for block in seed_layout.blocks:
        if isinstance(block, TableBlock):
            width = table_width(block)
            for row in block.rows:
                assert tuple(row + [""] * (width - len(row))) in rows


def test_captions_read_back_before_each_table(read_back: Document) -> None:
    t6 = read_back.tables()[5]
    index = read_back.blocks.index(t6)
    before = [b.text for b in read_back.blocks[index - 3 : index] if isinstance(b, ReadParagraph)]
    assert before == ["2020 年一般公共预算基本支出表", "单位名称：区融媒体中心", "单位：万元"]
    t8 = read_back.tables()[7]
    after = read_back.blocks[read_back.blocks.index(t8) + 1]
    assert isinstance(after, ReadParagraph)
    assert after.text == "注：本部门无政府性基金预算财政拨款支出，故本表无数据。"


def test_amounts_are_numbers_shown_as_printed(workbook: Any) -> None:
    t6 = workbook["表6"]
    # title, 单位名称/单位 row, two header rows, then 合计
    assert t6["A1"].value == "2020 年一般公共预算基本支出表"
    assert [c.value for c in t6[5]] == ["合计", None, 343.64, 297.13, 46.51]
    assert {t6[f"{c}5"].number_format for c in "CDE"} == {"0.00"}
    # 30103 奖金 is printed 77.00: the number 77 shown with two decimals
    bonus = next(row for row in t6.iter_rows() if row[0].value == "30103")
    assert (bonus[2].value, bonus[2].number_format, bonus[4].value) == (77, "0.00", None)
    assert t6["A6"].value == "301" and isinstance(t6["A6"].value, str)


def test_headers_are_merged_frozen_and_repeated(workbook: Any) -> None:
    t6 = workbook["表6"]
    merged = {str(r) for r in t6.merged_cells.ranges}
    assert {"A1:E1", "A3:A4", "B3:B4", "C3:E3"} <= merged
    assert t6.freeze_panes == "A5"
    assert t6.print_title_rows == "$3:$4"


def test_print_setup(workbook: Any) -> None:
    wide, narrow = workbook["表2"], workbook["表7"]
    assert wide.page_setup.orientation == "landscape"
    assert narrow.page_setup.orientation == "portrait"
    for sheet in (wide, narrow):
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage


def test_narrative_sheet_has_one_paragraph_per_row(seed_layout: Layout, workbook: Any) -> None:
    texts = [b.text for b in seed_layout.blocks if isinstance(b, Heading | Paragraph)]
    column = [row[0].value for row in workbook["说明"].iter_rows()]
    assert column == [seed_layout.title, *texts]
    assert "2020 年部门总预算 521.05 万元" in column[column.index("二、收支预算总体安排情况") + 2]


def test_audit_finds_no_error(report: AuditReport) -> None:
    assert report.stats.errors == 0
    assert report.findings == []


def test_same_tables_recognised_as_text(xlsx_path: Path, text_disclosure: Disclosure) -> None:
    disclosure = load(xlsx_path)
    assert [k.value for k in disclosure.tables] == STANDARD_KINDS
    assert table_facts(disclosure) == table_facts(text_disclosure)
    assert len(disclosure.performance) == 5
    assert narrative_facts(disclosure) == narrative_facts(text_disclosure)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("343.64", "0.00"), ("77.00", "0.00"), ("1,234.5", "#,##0.0"), ("12", "0"), ("-3.00", "0.00")],
)
def test_number_format_keeps_printed_precision(printed: str, expected: str) -> None:
    assert number_format(printed) == expected


def test_large_and_grouped_amounts_display_as_printed(tmp_path: Path) -> None:
    table = TableBlock(
        kind="T7",
        title="2020 年一般公共预算“三公”经费支出表",
        unit_line="单位：元",
        header=[[HeaderCell("项目"), HeaderCell("本年预算数")]],
        rows=[["合计", "123456.70"], ["1. 因公出国（境）费", "1,234.50"], ["3. 公务接待费", ""]],
        numeric={1},
    )
    layout = Layout(title="测试", toc=[], blocks=[table], department="测试", fiscal_year=2020)
    path = tmp_path / "large.xlsx"
    path.write_bytes(render_xlsx(layout))
    sheet = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))["表7"]
    assert [sheet["B4"].value, sheet["B5"].value, sheet["B6"].value] == [123456.7, 1234.5, None]
    [read] = read_document(path).tables()
    assert read.texts()[1:] == table.rows
