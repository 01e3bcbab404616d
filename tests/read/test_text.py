"""The text/markdown reader on the seed document and on the variants conversions use."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from yusuan.read import (
    Cell,
    Document,
    Paragraph,
    ReadError,
    SourceLocation,
    Table,
    read_document,
)
from yusuan.read.text import parse_text


def test_seed_blocks_and_tables(seed_document: Document) -> None:
    tables = seed_document.tables()
    # T1..T8, 基本信息表, overall + 4 project performance tables (checked in the seed text)
    assert len(tables) == 14
    assert [t.location.line for t in tables[:8]] == [214, 253, 279, 305, 343, 369, 402, 418]
    assert seed_document.encoding == "utf-8"
    assert seed_document.format == "text"


def test_seed_t6_header_and_row(seed_document: Document) -> None:
    t6 = seed_document.tables()[5]
    assert t6.texts()[0][:3] == ["经济科目编码", "经济科目名称", "基本支出"]
    assert t6.texts()[1][2:5] == ["小计", "人员经费", "公用经费"]
    total = t6.rows[2]
    assert [c.text for c in total[:5]] == ["合计", "", "343.64", "297.13", "46.51"]
    assert total[4].location.line == 371


def test_seed_html_fragments_in_cells(seed_document: Document) -> None:
    info = seed_document.tables()[8]
    cell = next(c for row in info.rows for c in row if c.text.startswith("根据江编发"))
    assert "<p>" not in cell.text
    assert cell.text.count("\n") == 5  # six <p> paragraphs joined by line breaks


def test_list_markers_are_removed(seed_document: Document) -> None:
    item = next(
        b
        for b in seed_document.blocks
        if isinstance(b, Paragraph) and b.text.startswith("2、社会保障和就业支出")
    )
    assert item.list_item
    assert item.text == "2、社会保障和就业支出 50.34 万元；"


def test_markdown_pipe_table_and_heading() -> None:
    doc = parse_text(
        "# 2021 年一般公共预算支出表\n\n单位：万元\n\n"
        "| 功能科目编码 | 功能科目名称 | 总计 |\n| --- | --- | ---: |\n"
        "| 201 | 一般公共服务支出 | 12.00 |\n",
        "x.md",
    )
    heading, unit, table = doc.blocks
    assert heading.kind == "heading" and heading.text == "2021 年一般公共预算支出表"
    assert isinstance(unit, Paragraph) and unit.text == "单位：万元"
    assert isinstance(table, Table)
    assert table.texts() == [
        ["功能科目编码", "功能科目名称", "总计"],
        ["201", "一般公共服务支出", "12.00"],
    ]
    assert table.rows[1][2].location.line == 7


def test_ragged_rows_are_padded() -> None:
    doc = parse_text("a\tb\tc\n1\t2\n", "x.txt")
    table = doc.tables()[0]
    assert table.texts() == [["a", "b", "c"], ["1", "2", ""]]


@pytest.mark.parametrize(
    ("encoding", "data_prefix"), [("utf-8-sig", b"\xef\xbb\xbf"), ("gb18030", b"")]
)
def test_encodings_detected(tmp_path: Path, encoding: str, data_prefix: bytes) -> None:
    text = "2020 年部门收支预算总表\n单位：万元\n项目\t预算数\n本年收入合计\t521.05\n"
    path = tmp_path / "doc.txt"
    raw = text.encode("gb18030") if encoding == "gb18030" else text.encode("utf-8")
    path.write_bytes(data_prefix + raw)
    doc = read_document(path)
    assert doc.encoding == encoding
    assert doc.tables()[0].texts()[1] == ["本年收入合计", "521.05"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "文件为空"),
        (b"  \n\n", "文件为空"),
        (b"\x00\x01\x02\x03binary\x00junk", "二进制"),
        (bytes(range(0x80, 0x100)) * 4, "无法解码"),
    ],
)
def test_bad_text_input_raises_clear_error(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert problem in caught.value.message
    assert str(path) in caught.value.message
    assert path.read_bytes() == content  # the input is never modified


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="文件不存在"):
        read_document(tmp_path / "nope.txt")


def test_cells_locations_and_paragraphs_equal_their_twins(seed_document: Document) -> None:
    cell = seed_document.tables()[5].rows[2][4]  # T6 合计 公用经费, line 371
    where = SourceLocation(file=cell.location.file, line=371)
    assert cell.location == where and hash(cell.location) == hash(where)
    assert TypeAdapter(SourceLocation).dump_python(cell.location) == {
        "file": cell.location.file,
        "line": 371,
        "page": None,
        "bbox": None,
        "sheet": None,
        "cell": None,
        "table": None,
        "row": None,
        "paragraph": None,
    }
    assert replace(cell.location, page=3) == SourceLocation(cell.location.file, 371, 3)
    assert cell == Cell("46.51", where) and hash(cell) == hash(Cell("46.51", where))
    assert cell == Cell(text="46.51", location=where, spanned=False)
    item = next(
        b for b in seed_document.blocks if isinstance(b, Paragraph) and b.text.startswith("2、")
    )
    built = Paragraph("2、社会保障和就业支出 50.34 万元；", item.location, list_item=True)
    assert item == built and hash(item) == hash(built) and item.kind == "paragraph"
