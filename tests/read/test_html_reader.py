"""HTML reader: charset detection, spans, headings/paragraphs, layout tables, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.read.test_docx_reader import T6_SPANNED, T6_TEXTS
from yusuan.read import Heading, Paragraph, ReadError, Table, read_document
from yusuan.read.html_reader import read_html

T6_TABLE = """<table border="1" cellspacing="0">
<tr><td rowspan="2">经济科目编码</td><td rowspan="2">经济科目名称</td><td colspan="3">基本支出</td></tr>
<tr><td>小计</td><td>人员经费</td><td>公用经费</td></tr>
<tr><td>合计</td><td></td><td>343.64</td><td>297.13</td><td>46.51</td></tr>
<tr><td>301</td><td>工资福利支出</td><td>257.24</td><td>257.24</td><td>&nbsp;</td></tr>
<tr><td>30101</td><td><span style="font-size:12px">基本工资</span></td><td>51.92</td><td>51.92</td><td></td></tr>
</table>"""

# A page as a district site publishes it: GB2312 declared in http-equiv, a script, an
# aligned unit line, a note after the table. Line numbers: <h2> is on line 6, the unit on 7.
T6_PAGE = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>部门预算公开</title><style>td {{ font-size: 12px }}</style></head>
<body>
<script type="text/javascript">document.write("<p>不是正文</p>");</script>
<h2>2020年一般公共预算基本支出表</h2>
<p align="right">单位：万元</p>
{T6_TABLE}
<p>注：本表为基本支出。</p>
</body></html>"""


def build_t6_html(path: Path, *, encoding: str = "gbk") -> Path:
    path.write_bytes(T6_PAGE.encode(encoding))
    return path


def test_gbk_page_is_decoded_from_its_meta_charset(tmp_path: Path) -> None:
    document = read_html(build_t6_html(tmp_path / "t6.html"))
    assert document.encoding == "gb18030"
    assert document.tables()[0].texts() == T6_TEXTS


def test_rowspan_and_colspan_are_resolved(tmp_path: Path) -> None:
    [table] = read_html(build_t6_html(tmp_path / "t6.html")).tables()
    assert [[cell.spanned for cell in row] for row in table.rows] == T6_SPANNED


def test_blocks_in_order_with_script_and_head_dropped(tmp_path: Path) -> None:
    document = read_html(build_t6_html(tmp_path / "t6.html"))
    heading, unit, table, note = document.blocks
    assert isinstance(heading, Heading)
    assert (heading.text, heading.level, heading.location.line) == (
        "2020年一般公共预算基本支出表",
        2,
        6,
    )
    assert isinstance(unit, Paragraph)
    assert (unit.text, unit.location.line) == ("单位：万元", 7)
    assert isinstance(table, Table) and table.location.table == 1
    assert isinstance(note, Paragraph) and note.text == "注：本表为基本支出。"
    assert note.location.line == 15  # after the 7 lines of the table (8–14)


def test_cell_locations_give_table_number_and_row(tmp_path: Path) -> None:
    path = build_t6_html(tmp_path / "t6.html")
    [table] = read_html(path).tables()
    total = table.rows[2][4]
    assert total.text == "46.51"
    assert (total.location.file, total.location.table, total.location.row) == (str(path), 1, 3)


@pytest.mark.parametrize(
    "data",
    [
        "\ufeff<html><body><table><tr><td>部门</td><td>预算</td></tr></table></body></html>".encode(),
        b'<meta charset="utf-8"><table><tr><td>\xe9\x83\xa8\xe9\x97\xa8</td>'
        b"<td>\xe9\xa2\x84\xe7\xae\x97</td></tr></table>",
        "<table><tr><td>部门</td><td>预算</td></tr></table>".encode("gb18030"),
    ],
    ids=["utf8-bom", "meta-utf8", "undeclared-gbk"],
)
def test_encodings(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    assert read_html(path).tables()[0].texts() == [["部门", "预算"]]


def test_declared_utf8_but_gbk_bytes_falls_back_to_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    page = (
        '<meta charset="utf-8"><p>单位：万元</p><table><tr><td>合计</td><td>1.00</td></tr></table>'
    )
    path.write_bytes(page.encode("gbk"))
    document = read_html(path)
    assert document.encoding == "gb18030"
    assert document.blocks[0].text == "单位：万元"  # type: ignore[union-attr]


def test_layout_table_is_read_as_container(tmp_path: Path) -> None:
    page = f"""<html><body><table width="960"><tr><td>
<div class="title">江汉区融媒体中心2020年部门预算</div>
{T6_TABLE}
</td></tr></table></body></html>"""
    path = tmp_path / "layout.html"
    path.write_text(page, encoding="utf-8")
    document = read_html(path)
    assert [block.kind for block in document.blocks] == ["paragraph", "table"]
    assert document.blocks[0].text == "江汉区融媒体中心2020年部门预算"  # type: ignore[union-attr]
    assert document.tables()[0].texts() == T6_TEXTS
    assert document.tables()[0].location.table == 1


def test_br_splits_paragraphs_and_cell_paragraphs_join_with_newline(tmp_path: Path) -> None:
    page = """<html><body><div>一、部门基本情况<br/>本部门共有  3 个单位。</div>
<table><tr><td><p>基本</p><p>支出</p></td><td>人员<br>经费</td></tr>
<tr><td>1</td></tr></table></body></html>"""
    path = tmp_path / "br.html"
    path.write_text(page, encoding="utf-8")
    document = read_html(path)
    assert [block.text for block in document.blocks[:2]] == [  # type: ignore[union-attr]
        "一、部门基本情况",
        "本部门共有 3 个单位。",
    ]
    assert document.tables()[0].texts() == [["基本\n支出", "人员\n经费"], ["1", ""]]


def test_rowspan_past_the_last_row_is_cut(tmp_path: Path) -> None:
    page = '<table><tr><td rowspan="5">合计</td><td>1</td></tr><tr><td>2</td></tr></table>'
    path = tmp_path / "span.html"
    path.write_text(page, encoding="utf-8")
    [table] = read_html(path).tables()
    assert table.texts() == [["合计", "1"], ["合计", "2"]]
    assert [[cell.spanned for cell in row] for row in table.rows] == [[False, False], [True, False]]


def test_read_document_dispatches_html(tmp_path: Path) -> None:
    document = read_document(build_t6_html(tmp_path / "t6.html"))
    assert document.format == "html"
    assert document.tables()[0].texts() == T6_TEXTS


def test_page_without_table_is_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "通知.html"
    path.write_text("<html><body><p>预算公开附件见下方链接</p></body></html>", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert str(caught.value).startswith(str(path))
    assert "网页中没有表格" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "problem"), [(None, "文件不存在"), (b"  \n", "文件为空")], ids=["missing", "empty"]
)
def test_missing_or_empty_page(tmp_path: Path, content: bytes | None, problem: str) -> None:
    path = tmp_path / "预算.html"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_html(path)
    assert str(caught.value).startswith(str(path))
    assert problem in str(caught.value)


def test_caption_becomes_a_paragraph_before_the_table(tmp_path: Path) -> None:
    page = "<table><caption>表6 一般公共预算基本支出表</caption><tr><td>合计</td><td>343.64</td></tr></table>"
    path = tmp_path / "caption.html"
    path.write_text(page, encoding="utf-8")
    caption, table = read_html(path).blocks
    assert isinstance(caption, Paragraph) and caption.text == "表6 一般公共预算基本支出表"
    assert isinstance(table, Table) and table.texts() == [["合计", "343.64"]]
