"""DOCX rendering of the seed layout, read back with yusuan's own DOCX reader and audited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from yusuan.api import audit_file, load
from yusuan.audit.report import AuditReport
from yusuan.model.disclosure import Disclosure
from yusuan.read import Document, read_document
from yusuan.read.document import Heading as ReadHeading
from yusuan.read.document import Table
from yusuan.render.docx import render_docx
from yusuan.render.grid import header_spans, table_width
from yusuan.render.layout import Heading, Layout, PageBreak, Paragraph, TableBlock
from yusuan.render.text import render_text

# The seed's T6 合计 row, checked by hand against 江汉区融媒体中心2020预算.txt (表6):
# 合计 343.64 = 人员经费 297.13 + 公用经费 46.51.
T6_TOTAL = ["合计", "", "343.64", "297.13", "46.51"]
STANDARD_KINDS = ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"]


def expected_grid(table: TableBlock) -> list[list[str]]:
    """What a reader must give for ``table``: the header with every spanned cell's text in
    each position it covers, then the body rows as printed."""
    width = table_width(table)
    header = [[""] * width for _ in table.header]
    for span in header_spans(table, width):
        for r in range(span.row, span.row + span.rowspan):
            for c in range(span.column, span.column + span.colspan):
                header[r][c] = span.text
    body = [row + [""] * (width - len(row)) for row in table.rows]
    return header + body


def check_tables_read_back(layout: Layout, document: Document) -> None:
    """Each table of ``layout`` reads back, in order, as its expected grid."""
    blocks = [b for b in layout.blocks if isinstance(b, TableBlock)]
    tables = document.tables()
    assert len(tables) == len(blocks) == 13  # T1-T8 and five performance tables
    for block, table in zip(blocks, tables, strict=True):
        assert table.texts() == expected_grid(block), block.title


def t6_grid(document: Document) -> list[list[str]]:
    [t6] = [t for t in document.tables() if t.texts()[0][:2] == ["经济科目编码", "经济科目名称"]]
    return t6.texts()


def table_facts(disclosure: Disclosure) -> dict[str, Any]:
    """What extraction recognised, without locations: per table its title, unit, columns,
    note and every row's label, code, key and amounts."""
    return {
        kind.value: (
            table.title,
            table.unit_name,
            table.columns,
            table.note,
            [
                (
                    r.label,
                    r.code,
                    r.name,
                    r.key,
                    r.section,
                    {k: c.value for k, c in r.cells.items()},
                )
                for r in table.rows
            ],
        )
        for kind, table in disclosure.tables.items()
    }


def narrative_facts(disclosure: Disclosure) -> list[tuple[Any, ...]]:
    return [
        (f.key, f.name, f.amount, f.last_year, f.change, f.growth_rate, f.share)
        for f in disclosure.narrative
    ]


def text_rendering_extracted(layout: Layout, directory: Path) -> Disclosure:
    """``layout`` rendered as text (what ``render`` audits) and extracted: the reference."""
    path = directory / "seed.txt"
    path.write_bytes(render_text(layout))
    return load(path)


@pytest.fixture(scope="module")
def text_disclosure(seed_layout: Layout, tmp_path_factory: pytest.TempPathFactory) -> Disclosure:
    return text_rendering_extracted(seed_layout, tmp_path_factory.mktemp("text"))


@pytest.fixture(scope="module")
def docx_path(seed_layout: Layout, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "seed.docx"
    path.write_bytes(render_docx(seed_layout))
    return path


@pytest.fixture(scope="module")
def read_back(docx_path: Path) -> Document:
    return read_document(docx_path)


@pytest.fixture(scope="module")
def report(docx_path: Path) -> AuditReport:
    return audit_file(docx_path)


@pytest.fixture(scope="module")
def word(docx_path: Path) -> Any:
    return docx.Document(str(docx_path))


def test_t6_total_row_reads_back(read_back: Document) -> None:
    assert read_back.format == "docx"
    assert T6_TOTAL in t6_grid(read_back)


def test_t6_header_cells_are_merged(read_back: Document) -> None:
    [t6] = [t for t in read_back.tables() if t.texts()[0][:2] == ["经济科目编码", "经济科目名称"]]
    assert t6.texts()[:2] == [
        ["经济科目编码", "经济科目名称", "基本支出", "基本支出", "基本支出"],
        ["经济科目编码", "经济科目名称", "合计", "人员经费", "公用经费"],
    ]
    spanned = [[cell.spanned for cell in row] for row in t6.rows[:2]]
    assert spanned == [[False, False, False, True, True], [True, True, False, False, False]]


def test_every_table_reads_back_as_printed(seed_layout: Layout, read_back: Document) -> None:
    check_tables_read_back(seed_layout, read_back)


def test_every_body_row_appears_in_a_grid(seed_layout: Layout, read_back: Document) -> None:
    rows = {tuple(row) for table in read_back.tables() for row in table.texts()}
    for block in seed_layout.blocks:
        if isinstance(block, TableBlock):
            width = table_width(block)
            for row in block.rows:
                assert tuple(row + [""] * (width - len(row))) in rows


def test_performance_indicator_levels_are_merged_vertically(read_back: Document) -> None:
    overall = next(t for t in read_back.tables() if t.texts()[0][0] == "一级指标")
    # 项目产出 heads 14 rows of the overall table; only the first is not a merge copy
    column = [row[0] for row in overall.rows[1:15]]
    assert [cell.text for cell in column] == ["项目产出"] * 14
    assert [cell.spanned for cell in column] == [False] + [True] * 13


def test_headings_keep_their_levels(seed_layout: Layout, read_back: Document) -> None:
    headings = [(b.text, b.level) for b in read_back.blocks if isinstance(b, ReadHeading)]
    assert headings[:3] == [
        ("第一部分 部门预算公开说明", 1),
        ("一、基本情况", 2),
        ("（一）主要职责", 3),
    ]
    assert ("第四部分 预算公开报表", 1) in headings


def test_title_and_contents_come_first(seed_layout: Layout, read_back: Document) -> None:
    texts = [
        b.text for b in read_back.blocks[: 2 + len(seed_layout.toc)] if not isinstance(b, Table)
    ]
    assert texts == [seed_layout.title, "目 录", *seed_layout.toc]


def test_audit_finds_no_error(report: AuditReport) -> None:
    assert report.stats.errors == 0
    assert not [f for f in report.findings if f.code.startswith(("H", "X", "N"))]


def test_same_tables_recognised_as_text(docx_path: Path, text_disclosure: Disclosure) -> None:
    disclosure = load(docx_path)
    assert [k.value for k in disclosure.tables] == STANDARD_KINDS
    assert table_facts(disclosure) == table_facts(text_disclosure)
    assert len(disclosure.performance) == len(text_disclosure.performance) == 5
    assert narrative_facts(disclosure) == narrative_facts(text_disclosure)
    assert len(disclosure.narrative) == 32


def test_page_is_official_a4(word: Any) -> None:
    first = word.sections[0]
    sizes = [first.page_width, first.page_height, first.top_margin, first.bottom_margin]
    sizes += [first.left_margin, first.right_margin]
    assert [round(size.cm, 2) for size in sizes] == [21.0, 29.7, 3.7, 3.5, 2.8, 2.6]
    orientations = [s.orientation for s in word.sections]
    assert WD_ORIENT.LANDSCAPE in orientations  # T2 has 12 columns


def test_official_fonts(word: Any) -> None:
    def east_asia(style: str) -> str:
        fonts = word.styles[style].element.rPr.find(qn("w:rFonts"))
        return str(fonts.get(qn("w:eastAsia")))

    assert east_asia("Normal") == "仿宋_GB2312"
    assert east_asia("Heading 1") == east_asia("Heading 2") == "黑体"
    assert east_asia("Heading 3") == "楷体_GB2312"
    assert word.styles["Normal"].font.size.pt == 16  # 三号
    indent = word.styles["Normal"].element.pPr.find(qn("w:ind"))
    assert indent.get(qn("w:firstLineChars")) == "200"


def test_amounts_are_right_aligned(word: Any) -> None:
    t6 = next(t for t in word.tables if t.cell(0, 0).text == "经济科目编码")
    total = t6.rows[2].cells
    assert [c.text for c in total] == T6_TOTAL
    assert total[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert total[0].paragraphs[0].alignment != WD_ALIGN_PARAGRAPH.RIGHT


def test_charts_are_pictures(word: Any, seed_layout: Layout) -> None:
    from yusuan.render.charts import SystemDependencyError, cjk_font_family

    try:
        cjk_font_family()
    except SystemDependencyError:
        pytest.skip("no CJK font: charts are left out")
    assert len(word.inline_shapes) == 3


def test_small_layout_without_charts_or_rows(tmp_path: Path) -> None:
    empty = TableBlock(
        kind="T8",
        title="2020 年政府性基金预算支出表",
        unit_line="单位：万元",
        header=[],
        rows=[],
        note="注：本部门无政府性基金预算财政拨款支出，故本表无数据。",
    )
    layout = Layout(
        title="测试 2020 年部门预算",
        toc=["第一部分 部门预算公开说明"],
        blocks=[Heading("第一部分 部门预算公开说明", 1), Paragraph("正文。"), PageBreak(), empty],
        department="测试",
        fiscal_year=2020,
    )
    path = tmp_path / "small.docx"
    path.write_bytes(render_docx(layout))
    document = read_document(path)
    assert document.tables() == []
    texts = [b.text for b in document.blocks if not isinstance(b, Table)]
    assert texts[-3:] == [empty.title, "单位：万元", empty.note]
