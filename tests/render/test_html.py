"""HTML rendering of the seed layout, read back with yusuan's own HTML reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from yusuan.read import Document, read_document
from yusuan.read.document import Heading as ReadHeading
from yusuan.read.document import Paragraph as ReadParagraph
from yusuan.render.html import _vertical_spans, render_html
from yusuan.render.layout import HeaderCell, Heading, Layout, Paragraph, TableBlock


@pytest.fixture(scope="module")
def html(seed_layout: Layout, cjk_font: str) -> bytes:
    return render_html(seed_layout)


@pytest.fixture(scope="module")
def read_back(html: bytes, tmp_path_factory: pytest.TempPathFactory) -> Document:
    path: Path = tmp_path_factory.mktemp("html") / "disclosure.html"
    path.write_bytes(html)
    return read_document(path)


def _expanded(header: list[list[HeaderCell]]) -> list[list[str]]:
    """Header rows as a grid, each spanned cell repeated in every position it covers."""
    grid: list[dict[int, str]] = [{} for _ in header]
    for r, row in enumerate(header):
        column = 0
        for cell in row:
            while column in grid[r]:
                column += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    grid[r + dr][column + dc] = cell.text
            column += cell.colspan
    return [[row[c] for c in sorted(row)] for row in grid]


def test_self_contained(html: bytes) -> None:
    text = html.decode("utf-8")
    assert '<meta charset="utf-8">' in text
    for external in ("<link", "<script", "src=", "@import", "url(http"):
        assert external not in text
    assert text.count("<svg") == 3
    assert "break-before: page" in text and "size: A4" in text


def test_tables_read_back_as_the_layout_grids(seed_layout: Layout, read_back: Document) -> None:
    tables = [b for b in seed_layout.blocks if isinstance(b, TableBlock)]
    grids = [t.texts() for t in read_back.tables()]
    assert len(grids) == len(tables) == 13
    for table, grid in zip(tables, grids, strict=True):
        assert grid == _expanded(table.header) + table.rows, table.title


def test_t6_header_spans_and_total_row(read_back: Document) -> None:
    t6 = read_back.tables()[5].texts()
    assert t6[0] == ["经济科目编码", "经济科目名称", "基本支出", "基本支出", "基本支出"]
    assert t6[1] == ["经济科目编码", "经济科目名称", "合计", "人员经费", "公用经费"]
    assert t6[2] == ["合计", "", "343.64", "297.13", "46.51"]


def test_performance_levels_are_merged_but_read_back_whole(read_back: Document) -> None:
    overall = read_back.tables()[8]
    assert overall.texts()[1][:3] == ["项目产出", "产出数量", "全年发布“两江交汇”原创微博"]
    assert overall.texts()[9][:2] == ["项目产出", "产出质量"]
    assert [cell.spanned for cell in overall.rows[2][:3]] == [True, True, False]


def test_paragraphs_and_headings_read_back_in_order(
    seed_layout: Layout, read_back: Document
) -> None:
    blocks = [b for b in read_back.blocks if isinstance(b, ReadParagraph | ReadHeading)]
    # the body starts at the first part heading (the table of contents lists it as text)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, ReadHeading) and b.level == 2
                 and b.text == "第一部分 部门预算公开说明")  # fmt: skip
    remaining = iter((b.text, isinstance(b, ReadHeading)) for b in blocks[start:])
    expected = [
        (b.text, isinstance(b, Heading))
        for b in seed_layout.blocks
        if isinstance(b, Paragraph | Heading)
    ]
    assert all(item in remaining for item in expected)  # a subsequence, in order
    assert (
        "2020 年部门总预算 521.05 万元，比 2019 年预算 472.73 万元增加 48.32 万元，增长 10.22%，"
        "变动的主要原因是项目经费增加，今年宣传项目新增向学习强国供稿任务。",
        False,
    ) in expected
    [title] = [b for b in blocks if isinstance(b, ReadHeading) and b.level == 1]
    assert title.text == "江汉区融媒体中心 2020 年部门预算"


def test_each_table_is_preceded_by_title_and_unit_lines(read_back: Document) -> None:
    blocks = read_back.blocks
    t6 = read_back.tables()[5]
    index = blocks.index(t6)
    before = [b.text for b in blocks[index - 3 : index] if isinstance(b, ReadParagraph)]
    assert before == ["2020 年一般公共预算基本支出表", "单位名称：区融媒体中心", "单位：万元"]
    t8 = read_back.tables()[7]
    after = blocks[blocks.index(t8) + 1]
    assert isinstance(after, ReadParagraph)
    assert after.text == "注：本部门无政府性基金预算财政拨款支出，故本表无数据。"


def test_project_table_preamble(read_back: Document) -> None:
    blocks = read_back.blocks
    first_project = read_back.tables()[9]
    index = blocks.index(first_project)
    before = [b.text for b in blocks[index - 4 : index] if isinstance(b, ReadParagraph)]
    assert before == [
        "2020 年江汉网络自媒体宣传项目绩效目标表",
        "项目名称：江汉网络自媒体宣传",
        "项目金额：49.00 万元",
        "单位名称：区融媒体中心",
    ]


def test_table_of_contents_links_to_tables(html: bytes, seed_layout: Layout) -> None:
    text = html.decode("utf-8")
    assert '<a href="#table-6">表 6. 2020 年一般公共预算基本支出表</a>' in text
    assert 'id="table-6"' in text
    assert len(seed_layout.toc) == text.count("<li class=")


def test_numeric_columns_right_aligned_and_text_escaped() -> None:
    table = TableBlock(
        kind="T7",
        title="<b>表</b>",
        unit_line="单位：万元",
        header=[[HeaderCell("项目"), HeaderCell("本年预算数")]],
        rows=[["合计", "3.00"], ["a & b", ""]],
        numeric={1},
    )
    text = render_html(Layout("标题", [], [table], "部门", 2020), charts=False).decode()
    assert "&lt;b&gt;表&lt;/b&gt;" in text and "a &amp; b" in text
    assert '<td class="total">合计</td>' in text
    assert '<td class="num total">3.00</td>' in text
    assert '<td class="num"></td>' in text


def test_vertical_spans_stay_inside_the_group_on_the_left() -> None:
    rows = [["甲", "数量"], ["甲", "数量"], ["乙", "数量"], ["乙", ""], ["乙", ""]]
    assert _vertical_spans(rows, 2) == {
        (0, 0): 2, (1, 0): 0, (2, 0): 3, (3, 0): 0, (4, 0): 0, (0, 1): 2, (1, 1): 0,
    }  # fmt: skip
