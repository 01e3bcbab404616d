"""PDF reader: real corpus tables (values checked against the rendered pages) and bad input.

The expected cells below were read off page images rendered with pypdfium2, not copied from
the reader's output.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from yusuan.read import Document, Paragraph, ReadError, Table, read_document
from yusuan.read.pdf import PdfReader
from yusuan.read.pdf_backend import Char
from yusuan.read.pdf_lines import Segment, cell_text
from yusuan.read.pdf_paragraphs import TextBlock, continues, document_right_margin

_CACHE: dict[str, Document] = {}


def _read(shared_dir: Path, name: str) -> Document:
    if name not in _CACHE:
        _CACHE[name] = read_document(shared_dir / "corpus" / "real" / name)
    return _CACHE[name]


def _table_starting_with(document: Document, page: int, first_text: str) -> Table:
    for table in document.tables():
        if table.location.page == page and table.rows[0][0].text == first_text:
            return table
    raise AssertionError(f"no table on page {page} starting with {first_text}")


# --- Jiangsu procuratorate 2019, 公开01表 收支预算总表 (page 14, ruled, merged headers) -----


def test_jiangsu_summary_table_cells(shared_dir: Path) -> None:
    document = _read(shared_dir, "jiangsu_procuratorate_2019_budget.pdf")
    table = _table_starting_with(document, 14, "收入")
    texts = table.texts()
    assert table.n_columns == 6
    assert texts[0] == ["收入", "收入", "支出", "支出", "支出", "支出"]
    assert [c.spanned for c in table.rows[0]] == [False, True, False, True, True, True]
    assert texts[1][:5] == ["项目名称", "金额", "功能分类", "功能分类", "支出用途"]
    assert texts[2][2:] == ["功能科目名称", "金额", "项目名称", "金额"]
    assert texts[3] == [
        "一、财政拨款",
        "24,169.74",
        "一、一般公共服务支出",
        "",
        "一、基本支出",
        "15,844.04",
    ]
    # a label wrapped over two lines in its cell is one label
    assert texts[5] == [
        "2.政府性基金预算",
        "",
        "三、国防支出",
        "",
        "三、单位预留机动经费",
        "3,990.40",
    ]
    assert texts[6][:4] == ["二、财政专户管理资金", "", "四、公共安全支出", "16,593.12"]
    assert ["十八、住房保障支出", "5,686.35"] in [row[2:4] for row in texts]
    assert texts[-1] == ["收入合计", "24,169.74", "支出合计", "支出合计", "支出合计", "24,169.74"]
    assert [c.spanned for c in table.rows[-1]] == [False, False, False, True, True, False]
    assert all(cell.location.page == 14 for row in table.rows for cell in row)
    x0, top, x1, bottom = table.rows[3][1].location.bbox or (0, 0, 0, 0)
    assert 0 < x0 < x1 < 595 and 0 < top < bottom < 842


def test_jiangsu_titles_are_paragraphs_and_page_numbers_are_dropped(shared_dir: Path) -> None:
    document = _read(shared_dir, "jiangsu_procuratorate_2019_budget.pdf")
    on_14 = [b.text for b in document.blocks if isinstance(b, Paragraph) and b.location.page == 14]
    assert on_14 == [
        "第二部分 2019年度部门预算表",
        "公开01表",
        "收支预算总表",
        # the PDF prints a space glyph of its own after the colon (pdfminer: ' ' at x 106.5)
        "部门： 江苏省人民检察院",
        "单位：万元",
    ]
    texts = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert not any(text.strip().isdigit() for text in texts)
    assert len(document.tables()) == 12  # 公开01–12表


def test_jiangsu_paragraph_continues_across_page_break(shared_dir: Path) -> None:
    document = _read(shared_dir, "jiangsu_procuratorate_2019_budget.pdf")
    # page 3 ends "（五）……检察院的检察长，协同设区市委管理和考核设区市人民检察院的副检"
    # and page 5 starts "察长。"; the sentence is one paragraph starting on page 4.
    [paragraph] = [
        b for b in document.blocks if isinstance(b, Paragraph) and "协同设区市委管理" in b.text
    ]
    assert "设区市人民检察院的副检察长。" in paragraph.text
    assert paragraph.location.page == 4


# --- Southwest University 2021: a table continued on the next page ----------------------


def test_swu_summary_table_joined_across_pages(shared_dir: Path) -> None:
    document = _read(shared_dir, "chongqing_swu_2021_budget.pdf")
    table = _table_starting_with(document, 6, "收 入")
    texts = table.texts()
    assert texts[1] == ["项目", "预算数", "项目", "预算数"]
    assert texts[2] == ["一、财政拨款", "216,552.53", "一、教育支出", "398,593.09"]
    assert texts[6] == ["其中：捐赠收入", "500.00", "", ""]
    assert texts[9] == ["上年结转", "81,714.17", "", ""]
    assert texts[10] == ["收入总计", "490,808.40", "支出总计", "490,808.40"]
    assert table.rows[9][0].location.page == 6
    assert table.rows[10][0].location.page == 7
    assert len(texts) == 11


# --- Shanghai Putuo Wanli street 2024 (landscape, 元): a table over four pages -------------


def test_shanghai_income_table_spans_five_pages(shared_dir: Path) -> None:
    document = _read(shared_dir, "shanghai-putuo_wanli-street_2024_budget.pdf")
    table = _table_starting_with(document, 11, "项目")
    texts = table.texts()
    assert texts[2][:4] == ["类", "款", "项", "功能分类科目名称"]
    first_on_12 = next(row for row in table.rows if row[0].location.page == 12)
    assert [c.text for c in first_on_12] == [
        "201", "38", "02", "一般行政管理事务", "135,200", "135,200", "0", "0", "0",
    ]  # fmt: skip
    assert ["208", "05", "01", "行政单位离退休", "243,120"] in [row[:5] for row in texts]
    # p15 holds only the 合计 row, its label spanning the four code/name columns
    assert {row[0].location.page for row in table.rows} == {11, 12, 13, 14, 15}
    assert texts[-1] == ["合计"] * 4 + ["156,211,123", "156,211,123", "0", "0", "0"]
    assert [c.spanned for c in table.rows[-1][:5]] == [False, True, True, True, False]
    assert sum(1 for row in texts if row[0] == "类") == 1  # no header rows repeated
    assert not any(t.location.page == 15 for t in document.tables() if t is not table)


# --- Jiangsu high court 2018: rows cut off the ruled box by a page break ------------------


def test_highcourt_open_rows_join_their_tables(shared_dir: Path) -> None:
    document = _read(shared_dir, "jiangsu_highcourt_2018_budget.pdf")
    summary = _table_starting_with(document, 9, "收入")
    texts = summary.texts()
    # p10 opens with a row whose top rule is on p9: 十八、住房保障支出 | 4,716.51
    [row] = [r for r in summary.rows if r[2].text == "十八、住房保障支出"]
    assert [c.text for c in row][2:4] == ["十八、住房保障支出", "4,716.51"]
    assert row[2].location.page == 10
    assert texts[-1] == ["收入合计", "33,172.15", "支出合计", "支出合计", "支出合计", "33,172.15"]
    basic = _table_starting_with(document, 11, "科目编码")
    assert ["30108", "机关事业单位基本养老保险缴费", "1,326.81"] in basic.texts()
    paragraphs = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert "1,326.81" not in paragraphs and "4,716.51" not in paragraphs
    # 财政拨款收支预算总表: only its 收入|支出 header row is on p10, the rest on p11
    grant = _table_starting_with(document, 10, "收入")
    assert grant.n_columns == 4
    assert grant.texts()[0] == ["收入", "收入", "支出", "支出"]
    assert grant.texts()[-1] == ["收入合计", "33,172.15", "支出合计", "33,172.15"]


# --- SWU final accounts: landscape page numbers between table parts ----------------------


@pytest.mark.parametrize(
    ("name", "housing", "total"),
    [
        ("chongqing_swu_2023_final.pdf", "16,278.27", "569,496.54"),
        ("chongqing_swu_2024_final.pdf", "16,151.67", "609,139.01"),
    ],
)
def test_swu_final_summary_joined_and_page_numbers_dropped(
    shared_dir: Path, name: str, housing: str, total: str
) -> None:
    document = _read(shared_dir, name)
    table = _table_starting_with(document, 8, "收入")
    texts = table.texts()
    assert ["", "", "十九、住房保障支出", housing] in texts
    assert texts[-1] == ["合计", total, "合计", total]
    assert {row[0].location.page for row in table.rows} == {8, 9}
    paragraphs = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert not any(text.isdigit() for text in paragraphs)


# --- character normalisation reaches cell text ------------------------------------------


def test_cell_text_normalises_kangxi_radicals() -> None:
    chars = [
        Char(text, 10.0 + 10 * i, 100.0, 20.0 + 10 * i, 110.0, 10.0)
        for i, text in enumerate("⽀出部⻔")
    ]
    assert cell_text(chars) == "支出部门"


# --- bad input --------------------------------------------------------------------------


def _pdf_bytes(objects: list[bytes], trailer: bytes = b"") -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"


def _expect_error(path: Path, fragment: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert str(path) in str(caught.value)
    assert fragment in str(caught.value)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    _expect_error(path, "文件为空")
    with pytest.raises(ReadError, match="文件为空"):
        PdfReader().read(path)


def test_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pa")
    _expect_error(path, "PDF 文件已损坏")


def test_truncated_real_file(tmp_path: Path, shared_dir: Path) -> None:
    data = (shared_dir / "corpus" / "real" / "jiangsu_procuratorate_2019_budget.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[:2000])
    _expect_error(path, "PDF")


def test_zero_page_pdf(tmp_path: Path) -> None:
    path = tmp_path / "zero.pdf"
    path.write_bytes(_pdf_bytes([_CATALOG, b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    _expect_error(path, "没有任何页面")


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"11" * 32, b"22" * 32)
    file_id = b"<00112233445566778899aabbccddeeff>"
    path.write_bytes(
        _pdf_bytes(
            [
                _CATALOG,
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                encrypt,
            ],
            b"/Encrypt 4 0 R /ID [%s %s] " % (file_id, file_id),
        )
    )
    _expect_error(path, "已加密")


def _write_pdf(path: Path, pages: list[list[tuple[str, float, float]]]) -> None:
    """A PDF whose pages carry the given (text, x, y) Helvetica strings; [] is a blank page."""
    document = pdfium.PdfDocument.new()
    for texts in pages:
        page = document.new_page(595, 842)
        for text, x, y in texts:
            obj = pdfium_c.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", 12.0)
            wide = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(wide, ctypes.POINTER(ctypes.c_ushort)))
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    document.save(str(path))


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    _write_pdf(path, [[], []])
    _expect_error(path, "没有文字层")


def test_pages_without_text_are_named_and_page_numbers_dropped(tmp_path: Path) -> None:
    path = tmp_path / "partial.pdf"
    _write_pdf(path, [[("Budget 2019", 72, 700), ("1", 297, 40)], [], [("Notes", 72, 700)]])
    document = read_document(path)
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)] == ["Budget 2019", "Notes"]
    assert [b.location.page for b in document.blocks] == [1, 3]
    assert any("第2页没有文字层" in note for note in document.notes)


def test_shanghai_2025_expenditure_total_row_alone_on_last_page(shared_dir: Path) -> None:
    document = _read(shared_dir, "shanghai-putuo_wanli-street_2025_budget.pdf")
    table = _table_starting_with(document, 14, "项目")
    assert table.texts()[-1] == ["合计"] * 4 + ["189,767,551", "101,341,746", "88,425,805"]
    assert table.rows[-1][0].location.page == 18
    assert not any(t.location.page == 18 for t in document.tables())


# --- PDFs printed by headless Chromium (the yusuan PDF renderer) ---------------------------

_LONG = (
    "按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理，"
    "变动的主要原因是项目经费增加，今年宣传项目新增向学习强国供稿任务，"
    "各项支出严格按照预算执行，厉行节约，严控一般性支出。"
)
_TAIL = "部门预算支出主要用于文化旅游体育与传媒支出和社会保障支出。"


def _chromium_pdf(tmp_path: Path, body: str) -> Path:
    """``body`` (HTML) printed to PDF by the renderer yusuan uses (skips without Chromium)."""
    from yusuan.render import pdf

    if pdf._find(pdf.CHROMIUM_NAMES) is None:
        pytest.skip("headless Chromium is not installed (Debian package chromium)")
    html = (
        '<!doctype html><html><head><meta charset="utf-8"><style>'
        "@page { size: A4; margin: 25mm; }"
        "body { font-family: 'Noto Serif CJK SC', serif; font-size: 16px; }"
        "p { width: 20em; margin: 0 0 1em 0; text-indent: 2em; text-align: left; }"
        "p.line { text-indent: 0; }"
        f"</style></head><body>{body}</body></html>"
    )
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf.html_to_pdf(html.encode("utf-8")))
    return path


def _paragraphs(path: Path) -> list[tuple[int | None, str]]:
    document = read_document(path)
    return [(b.location.page, b.text) for b in document.blocks if isinstance(b, Paragraph)]


def test_printed_spaces_are_kept_and_numbers_stay_whole(tmp_path: Path) -> None:
    # Chromium shows each glyph on its own, so PDFium drops the ink-less space glyphs and
    # generates spaces of its own wherever glyphs stand apart.
    path = _chromium_pdf(
        tmp_path,
        '<p class="line">全年发布原创微博 550 条</p>'
        '<p class="line">2020 年收入 24,169.74 万元</p>'
        '<p class="line">1. 建立联动制度； 2. 重大舆情发生后处置</p>'
        '<p class="line" style="letter-spacing: 0.4em">收入支出</p>',
    )
    assert _paragraphs(path) == [
        (1, "全年发布原创微博 550 条"),
        (1, "2020 年收入 24,169.74 万元"),
        (1, "1. 建立联动制度； 2. 重大舆情发生后处置"),
        # letter-spaced without space glyphs: no space appears between the characters
        (1, "收入支出"),
    ]


def test_paragraph_with_one_full_line_on_its_page_is_not_split(tmp_path: Path) -> None:
    # Page 2 holds one paragraph of two lines: only its first line reaches the right margin,
    # so the page alone does not show where the text block ends; page 1's prose does.
    path = _chromium_pdf(tmp_path, f'<p>{_LONG}</p><p style="break-before: page">{_TAIL}</p>')
    assert _paragraphs(path) == [(1, _LONG), (2, _TAIL)]


def _line(text: str, x0: float, x1: float, top: float) -> list[Segment]:
    return [Segment(chars=[], text=text, x0=x0, top=top, x1=x1, bottom=top + 16.0, size=16.0)]


def test_document_right_margin_is_where_most_prose_lines_end() -> None:
    prose = "按照综合预算的原则本部门所有收入"
    lines = [
        _line("收支预算总表", 255.0, 339.5, 100.0),  # a centred title
        _line("注：本表反映部门本年度的总收支情况。", 76.6, 339.0, 120.0),
        _line(prose, 86.2, 533.2, 140.0),
        _line(prose, 62.2, 532.5, 160.0),
        _line(prose, 62.2, 533.4, 180.0),
        _line("短的末行也是正文的一部分。", 62.2, 278.3, 200.0),
    ]
    assert document_right_margin(lines) == 533.4
    assert document_right_margin(lines[:2] + lines[3:]) is None  # two ends are not a margin


def test_centred_title_on_next_page_does_not_continue_a_note() -> None:
    # social-work 2024 final: p5 ends with the table note, p6 starts with a centred title
    note = TextBlock("注：本表反映部门本年度的总收支情况。", 76.6, 685.5, 339.0, 696.0, 10.5)
    note.open_end = True
    title = TextBlock("收入决算表", 390.0, 80.0, 450.0, 95.0, 10.5)
    assert not continues(note, title, left_margin=390.0)
    continuation = TextBlock("目支出177.41万元。", 76.6, 80.0, 300.0, 95.0, 10.5)
    assert continues(note, continuation, left_margin=76.6)


def test_punctuation_stays_on_its_line_beside_a_taller_box(shared_dir: Path) -> None:
    """putuo finance 2024 final p21: a '%' of the next line has a taller box than the CJK
    text; grouping lines by the first box's band used to pull this line's commas into the
    next line ("社会保障和，就业支出"). Checked against the page image."""
    from yusuan.read import Paragraph, read_document

    document = read_document(shared_dir / "corpus/real/shanghai-putuo_finance_2024_final.pdf")
    texts = [
        b.text
        for b in document.blocks
        if isinstance(b, Paragraph) and b.location.page == 21 and "主要用于以下方面" in b.text
    ]
    assert texts[0].startswith(
        "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）"
        "2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；"
        "卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占"
    )
