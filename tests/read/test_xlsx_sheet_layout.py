"""Splitting a sheet into caption paragraphs and tables (shared by the XLSX and XLS readers)."""

from __future__ import annotations

from yusuan.read import Paragraph, Table
from yusuan.read.sheet import SheetCell, SheetGrid, column_letter, sheet_blocks


def _grid(*rows: list[str]) -> SheetGrid:
    width = max(len(row) for row in rows)
    return SheetGrid(
        name="表7",
        rows=[
            [
                SheetCell(row[c] if c < len(row) else "", f"{column_letter(c)}{r + 1}")
                for c in range(width)
            ]
            for r, row in enumerate(rows)
        ],
    )


def test_department_and_unit_on_one_row_are_two_paragraphs() -> None:
    blocks = sheet_blocks(
        _grid(
            ["表7"],
            ["部门：江汉区融媒体中心", "", "单位：万元"],
            ["项目", "预算数", "上年数"],
            ["公务接待费", "1.50", "2.00"],
        ),
        "t.xlsx",
    )
    texts = [(b.text, b.location.cell) for b in blocks if isinstance(b, Paragraph)]
    assert texts == [("表7", "A1"), ("部门：江汉区融媒体中心", "A2"), ("单位：万元", "C2")]
    [table] = [b for b in blocks if isinstance(b, Table)]
    assert table.texts() == [["项目", "预算数", "上年数"], ["公务接待费", "1.50", "2.00"]]


def test_note_after_table_is_a_paragraph_and_one_cell_rows_stay_in_the_table() -> None:
    blocks = sheet_blocks(
        _grid(
            ["项目", "金额"],
            ["一、项目支出", ""],
            ["网络舆情", "30.00"],
            ["注：本单位无政府性基金预算。", ""],
        ),
        "t.xlsx",
    )
    assert [b.kind for b in blocks] == ["table", "paragraph"]
    assert blocks[0].texts() == [  # type: ignore[union-attr]
        ["项目", "金额"],
        ["一、项目支出", ""],
        ["网络舆情", "30.00"],
    ]
    assert blocks[1].location.describe() == "表7!A4"


def test_blank_row_inside_a_table_does_not_split_it() -> None:
    blocks = sheet_blocks(
        _grid(["项目", "金额"], ["合计", "1.00"], ["", ""], ["工资福利支出", "1.00"]), "t.xlsx"
    )
    [table] = blocks
    assert table.texts() == [["项目", "金额"], ["合计", "1.00"], ["工资福利支出", "1.00"]]  # type: ignore[union-attr]
    assert table.rows[2][0].location.cell == "A4"  # type: ignore[union-attr]
