"""DOCX reader: body order, headings, merged cells, locations, bad input."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement

from yusuan.read import Heading, Paragraph, ReadError, Table, read_document
from yusuan.read.docx_reader import read_docx

# The seed's T6 (2020 年一般公共预算基本支出表), first rows, as the grid every reader must give:
# 基本支出 spans three columns, 经济科目编码/名称 span two rows.
T6_TEXTS = [
    ["经济科目编码", "经济科目名称", "基本支出", "基本支出", "基本支出"],
    ["经济科目编码", "经济科目名称", "小计", "人员经费", "公用经费"],
    ["合计", "", "343.64", "297.13", "46.51"],
    ["301", "工资福利支出", "257.24", "257.24", ""],
    ["30101", "基本工资", "51.92", "51.92", ""],
]
T6_SPANNED = [
    [False, False, False, True, True],
    [True, True, False, False, False],
    [False] * 5,
    [False] * 5,
    [False] * 5,
]
T6_BODY = [
    ["合计", "", "343.64", "297.13", "46.51"],
    ["301", "工资福利支出", "257.24", "257.24", ""],
    ["30101", "基本工资", "51.92", "51.92", ""],
]


def add_t6_table(word: docx.document.Document) -> None:
    table = word.add_table(rows=5, cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "经济科目编码"
    table.cell(0, 1).merge(table.cell(1, 1)).text = "经济科目名称"
    table.cell(0, 2).merge(table.cell(0, 4)).text = "基本支出"
    for column, text in enumerate(["小计", "人员经费", "公用经费"], start=2):
        table.cell(1, column).text = text
    for row, values in enumerate(T6_BODY, start=2):
        for column, text in enumerate(values):
            table.cell(row, column).text = text


def build_t6_docx(path: Path) -> Path:
    """A DOCX with a heading, the unit line, the T6 table and a note, in that order."""
    word = docx.Document()
    word.add_heading("2020年一般公共预算基本支出表", level=2)
    word.add_paragraph("单位：万元")
    add_t6_table(word)
    word.add_paragraph("注：本表为基本支出。", style="List Bullet")
    word.save(str(path))
    return path


def test_t6_grid_resolves_grid_span_and_vertical_merge(tmp_path: Path) -> None:
    document = read_docx(build_t6_docx(tmp_path / "t6.docx"))
    [table] = document.tables()
    assert table.texts() == T6_TEXTS
    assert [[cell.spanned for cell in row] for row in table.rows] == T6_SPANNED


def test_blocks_in_body_order_with_heading_level_and_list_item(tmp_path: Path) -> None:
    document = read_docx(build_t6_docx(tmp_path / "t6.docx"))
    heading, unit, table, note = document.blocks
    assert isinstance(heading, Heading)
    assert (heading.text, heading.level) == ("2020年一般公共预算基本支出表", 2)
    assert isinstance(unit, Paragraph) and unit.text == "单位：万元" and not unit.list_item
    assert isinstance(table, Table)
    assert isinstance(note, Paragraph) and note.text == "注：本表为基本支出。" and note.list_item
    assert document.format == "docx"


def test_locations_give_table_number_and_row(tmp_path: Path) -> None:
    path = build_t6_docx(tmp_path / "t6.docx")
    document = read_docx(path)
    [table] = document.tables()
    total = table.rows[2][2]
    assert total.text == "343.64"
    assert (total.location.file, total.location.table, total.location.row) == (str(path), 1, 3)
    assert total.location.describe() == "第1个表格 第3行"
    assert table.location.table == 1
    unit = document.blocks[1]
    assert unit.location.paragraph == 2
    assert unit.location.describe() == "第2段"


def test_tables_are_numbered_in_body_order(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("表5")
    first = word.add_table(rows=1, cols=2)
    first.cell(0, 0).text, first.cell(0, 1).text = "科目", "金额"
    word.add_paragraph("表6")
    add_t6_table(word)
    word.save(str(tmp_path / "two.docx"))
    blocks = read_docx(tmp_path / "two.docx").blocks
    assert [block.kind for block in blocks] == ["paragraph", "table", "paragraph", "table"]
    assert [block.location.table for block in blocks if isinstance(block, Table)] == [1, 2]
    assert blocks[3].rows[4][1].location.row == 5  # type: ignore[union-attr]
    assert blocks[3].rows[4][1].text == "基本工资"  # type: ignore[union-attr]


def test_chinese_heading_style_name_and_outline_level(tmp_path: Path) -> None:
    word = docx.Document()
    word.styles.add_style("标题 3", WD_STYLE_TYPE.PARAGRAPH)
    outlined = word.styles.add_style("一级标题", WD_STYLE_TYPE.PARAGRAPH)
    outline = OxmlElement("w:outlineLvl")
    outline.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "0")
    outlined.element.get_or_add_pPr().append(outline)
    word.add_paragraph("（一）收入预算", style="标题 3")
    word.add_paragraph("一、部门基本情况", style="一级标题")
    word.add_paragraph("正文")
    word.save(str(tmp_path / "headings.docx"))
    blocks = read_docx(tmp_path / "headings.docx").blocks
    assert [(b.kind, b.text, getattr(b, "level", None)) for b in blocks] == [
        ("heading", "（一）收入预算", 3),
        ("heading", "一、部门基本情况", 1),
        ("paragraph", "正文", None),
    ]


def test_paragraph_inside_content_control_is_read_in_place(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("前")
    inner = word.add_paragraph("控件内的段落")
    word.add_paragraph("后")
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(content)
    inner._p.addprevious(sdt)
    content.append(inner._p)
    word.save(str(tmp_path / "sdt.docx"))
    texts = [block.text for block in read_docx(tmp_path / "sdt.docx").blocks]  # type: ignore[union-attr]
    assert texts == ["前", "控件内的段落", "后"]


def test_radical_code_points_are_normalised(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("基本⽀出")  # U+2F40 KANGXI RADICAL BRANCH, as some converters emit
    table = word.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "部⻔"  # U+2ED4 CJK RADICAL C-SIMPLIFIED GATE
    word.save(str(tmp_path / "radicals.docx"))
    document = read_docx(tmp_path / "radicals.docx")
    assert document.blocks[0].text == "基本支出"  # type: ignore[union-attr]
    assert document.tables()[0].texts() == [["部门"]]


def test_read_document_dispatches_docx(tmp_path: Path) -> None:
    document = read_document(build_t6_docx(tmp_path / "t6.docx"))
    assert document.format == "docx"
    assert document.tables()[0].texts() == T6_TEXTS


def test_corrupt_docx_is_a_read_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "坏文件.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<not xml")
    with pytest.raises(ReadError) as caught:
        read_docx(path)
    assert str(path) in str(caught.value)
    assert "无法打开 DOCX 文件" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "problem"), [(None, "文件不存在"), (b"", "文件为空")], ids=["missing", "empty"]
)
def test_missing_or_empty_docx(tmp_path: Path, content: bytes | None, problem: str) -> None:
    path = tmp_path / "预算.docx"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_docx(path)
    assert str(caught.value).startswith(str(path))
    assert problem in str(caught.value)
