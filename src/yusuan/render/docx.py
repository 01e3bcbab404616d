"""Render a :class:`~yusuan.render.layout.Layout` as a Word document (``.docx``), via python-docx.

The page follows the usual official-document conventions (GB/T 9704 公文格式): A4, margins
top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm; the title in 宋体 bold 二号 centred;
part headings (第一部分) 黑体 三号 centred, 一、 headings 黑体 三号, （一） headings 楷体 三号;
body text 仿宋_GB2312 三号 with a two-character first-line indent and a fixed 28 pt line
pitch; digits and Latin letters in Times New Roman; the page number centred in the footer
as ``— 1 —`` (none on the cover). A cover page with the title is followed by the 目录 page.

Each run of blocks between two :class:`~yusuan.render.layout.PageBreak` blocks is one page
(or several); a page that holds a table of :data:`WIDE_COLUMNS` or more columns is laid out
in landscape, in its own section. Tables: title centred bold above, then the preamble, the
单位名称 and 单位 lines, then a bordered grid ("Table Grid") whose header rows keep their
row and column spans as merged cells and repeat on every page, amount columns right-aligned;
the note below.

Structure (what :mod:`yusuan.read.docx_reader` reads back): layout headings use the styles
``Heading 1``–``Heading 3`` (restyled), so they read back as headings of the same level;
the title, the 目录 lines, paragraphs and the lines around tables are plain paragraphs with
exactly the layout's text; each table is one Word table with the header grid of
:func:`yusuan.render.text.header_grid` once spans are resolved.

Charts are PNG pictures from :func:`yusuan.render.charts.chart_png` with their title as a
caption below; without matplotlib or a CJK font they are left out with a warning, since the
document is complete without them.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

from docx import Document as new_document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as WordParagraph

from yusuan.render.grid import header_spans, table_width
from yusuan.render.layout import (
    Block,
    Chart,
    Heading,
    Layout,
    PageBreak,
    Paragraph,
    TableBlock,
)

# --- page -------------------------------------------------------------------------------
A4_WIDTH, A4_HEIGHT = Cm(21.0), Cm(29.7)
PORTRAIT_MARGINS = {"top": Cm(3.7), "bottom": Cm(3.5), "left": Cm(2.8), "right": Cm(2.6)}
LANDSCAPE_MARGINS = {"top": Cm(2.5), "bottom": Cm(2.2), "left": Cm(2.5), "right": Cm(2.5)}
FOOTER_DISTANCE = Cm(2.2)
WIDE_COLUMNS = 6  # a page holding a table this wide is landscape

# --- fonts ------------------------------------------------------------------------------
LATIN = "Times New Roman"
SONG = "宋体"
HEI = "黑体"
KAI = "楷体_GB2312"
FANGSONG = "仿宋_GB2312"
SIZE_2 = Pt(22)  # 二号
SIZE_3 = Pt(16)  # 三号
SIZE_4 = Pt(14)  # 四号
SIZE_5 = Pt(10.5)  # 五号
SIZE_SMALL_5 = Pt(9)  # 小五
LINE_PITCH = Pt(28)  # fixed line pitch of the body, about 22 lines a page
NO_SPACE = Pt(0)
TOC_PITCH = Pt(22)
CHART_WIDTH = Cm(15)
SMALL_FONT_COLUMNS = 9  # tables this wide are set in 小五
HEADER_WRAP = 4  # characters a wrapping text cell keeps per line at least
CELL_PADDING = Cm(0.5)  # left + right cell margins of "Table Grid", with some air
ROW_HEIGHT, ROW_HEIGHT_SMALL = Cm(0.6), Cm(0.5)  # least height of a body row
MERGED_COLUMNS = {"performance": 2}  # leading columns whose repeated cells are merged

# Style names (the heading styles are Word's built-in ones, so readers see headings).
TITLE_STYLE = "Disclosure Title"
TOC_TITLE_STYLE = "TOC Caption"
TOC_STYLE = "TOC Entry"
TABLE_TITLE_STYLE = "Table Title"
TABLE_LINE_STYLE = "Table Line"
TABLE_TEXT_STYLE = "Table Text"
TABLE_NOTE_STYLE = "Table Note"
CAPTION_STYLE = "Chart Caption"
HEADING_STYLES = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
STYLE_IDS = {name: name.replace(" ", "") for name in HEADING_STYLES.values()}


def render_docx(layout: Layout) -> bytes:
    """``layout`` as the bytes of a ``.docx`` file.

    Never raises for a well-formed layout; a chart that cannot be drawn (no matplotlib, no
    CJK font) is left out with a ``UserWarning``.
    """
    word = new_document()
    _define_styles(word)
    _set_page(word.sections[0], landscape=False)
    _add_page_number(word)
    word.core_properties.title = layout.title
    word.core_properties.author = layout.department
    word.core_properties.language = "zh-CN"
    writer = _Writer(word)
    writer.cover(layout)
    writer.contents(layout.toc)
    for page in _pages(layout.blocks):
        writer.start_page(landscape=_is_wide(page))
        for block in page:
            writer.block(block)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _pages(blocks: Sequence[Block]) -> Iterator[list[Block]]:
    """The blocks between page breaks; empty pages (a trailing break) are dropped."""
    page: list[Block] = []
    for block in blocks:
        if isinstance(block, PageBreak):
            if page:
                yield page
            page = []
        else:
            page.append(block)
    if page:
        yield page


def _is_wide(page: Sequence[Block]) -> bool:
    return any(isinstance(b, TableBlock) and table_width(b) >= WIDE_COLUMNS for b in page)


# --- the writer -------------------------------------------------------------------------


class _Writer:
    """Appends blocks to ``word``, starting pages and landscape sections as asked."""

    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self.landscape = False
        self.break_before = False  # the next paragraph starts a new page
        self.started = False

    # pages and sections
    def start_page(self, *, landscape: bool) -> None:
        if landscape != self.landscape:
            section = self.word.add_section(WD_SECTION.NEW_PAGE)
            _set_page(section, landscape=landscape)
            self.landscape = landscape
            self.break_before = False
        else:
            self.break_before = True

    def paragraph(self, text: str, style: str) -> WordParagraph:
        paragraph = self.word.add_paragraph(text)
        _apply_style(paragraph, style)
        if self.break_before:
            paragraph.paragraph_format.page_break_before = True
            self.break_before = False
        return paragraph

    # fixed parts
    def cover(self, layout: Layout) -> None:
        for _ in range(4):  # the title sits in the upper third of the cover
            self.paragraph("", TITLE_STYLE)
        self.paragraph(layout.title, TITLE_STYLE)

    def contents(self, toc: list[str]) -> None:
        self.break_before = True
        self.paragraph("目 录", TOC_TITLE_STYLE)
        for entry in toc:
            paragraph = self.paragraph(entry, TOC_STYLE)
            if entry.startswith("第") and "部分" in entry[:6]:
                for run in paragraph.runs:
                    run.bold = True
            else:
                paragraph.paragraph_format.left_indent = Pt(28)

    # blocks
    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self.paragraph(block.text, HEADING_STYLES.get(block.level, HEADING_STYLES[3]))
        elif isinstance(block, Paragraph):
            self.paragraph(block.text, "Normal")
        elif isinstance(block, TableBlock):
            self.table(block)
        elif isinstance(block, Chart):
            self.chart(block)

    def table(self, block: TableBlock) -> None:
        self.paragraph(block.title, TABLE_TITLE_STYLE)
        for line in block.preamble:
            self.paragraph(line, TABLE_LINE_STYLE)
        if block.unit_name_line:
            self.paragraph(block.unit_name_line, TABLE_LINE_STYLE)
        if block.unit_line:
            unit = self.paragraph(block.unit_line, TABLE_LINE_STYLE)
            unit.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.break_before = False  # a table never starts a page by itself
        if block.header or block.rows:
            _write_table(self.word, block, self._usable_width())
        if block.note:
            self.paragraph(block.note, TABLE_NOTE_STYLE)

    def chart(self, chart: Chart) -> None:
        try:
            from yusuan.render.charts import SystemDependencyError, chart_png
        except ImportError:  # pragma: no cover - matplotlib is a dependency
            warnings.warn("未安装 matplotlib，DOCX 中省略图表", stacklevel=2)
            return
        try:
            png = chart_png(chart)
        except (SystemDependencyError, ImportError) as error:
            warnings.warn(f"DOCX 中省略图表“{chart.title}”：{error}", stacklevel=2)
            return
        picture = self.paragraph("", CAPTION_STYLE)
        picture.paragraph_format.keep_with_next = True
        picture.add_run().add_picture(io.BytesIO(png), width=CHART_WIDTH)
        self.paragraph(chart.title, CAPTION_STYLE)

    def _usable_width(self) -> Length:
        section = self.word.sections[-1]
        width = (section.page_width or A4_WIDTH) - (section.left_margin or 0)
        return Length(width - (section.right_margin or 0))


# --- tables -----------------------------------------------------------------------------


def _write_table(word: WordDocument, block: TableBlock, usable: Length) -> None:
    width = table_width(block)
    n_header = len(block.header)
    table = word.add_table(rows=n_header + len(block.rows), cols=width)
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    small = width >= SMALL_FONT_COLUMNS
    widths = _column_widths(block, width, usable)
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = column_width
    rows = table.rows
    for r in range(n_header):
        _repeat_as_header(rows[r]._tr)
    header_cells = [rows[r].cells for r in range(n_header)]
    for span in header_spans(block, width):
        cell = header_cells[span.row][span.column]
        if span.rowspan > 1 or span.colspan > 1:
            corner = header_cells[span.row + span.rowspan - 1][span.column + span.colspan - 1]
            cell = cell.merge(corner)
        _fill(cell.paragraphs[0], span.text, WD_ALIGN_PARAGRAPH.CENTER, bold=True, small=small)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    merged = _repeated_runs(block)
    covered = {(r, c) for r, c, length in merged for r in range(r + 1, r + length)}
    height = ROW_HEIGHT_SMALL if small else ROW_HEIGHT
    for r, (values, row) in enumerate(zip(block.rows, rows[n_header:], strict=True)):
        _keep_row_together(row._tr)
        row.height, row.height_rule = height, WD_ROW_HEIGHT_RULE.AT_LEAST
        for column, cell in enumerate(row.cells):
            text = (
                "" if (r, column) in covered else (values[column] if column < len(values) else "")
            )
            align = WD_ALIGN_PARAGRAPH.RIGHT if column in block.numeric else None
            _fill(cell.paragraphs[0], text, align, bold=False, small=small)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    body = rows[n_header:]
    for r, column, length in merged:
        body[r].cells[column].merge(body[r + length - 1].cells[column])
    for row in rows:
        for cell, column_width in zip(row.cells, widths, strict=True):
            cell.width = column_width


def _repeated_runs(block: TableBlock) -> list[tuple[int, int, int]]:
    """``(first row, column, length)`` of the runs of equal cells to merge vertically: the
    一级指标 and 二级指标 columns of a performance table, as published tables print them
    (a 二级指标 run never crosses a change of 一级指标)."""
    columns = MERGED_COLUMNS.get(block.kind, 0)
    runs: list[tuple[int, int, int]] = []
    for column in range(columns):
        start = 0
        for r in range(1, len(block.rows) + 1):
            same = r < len(block.rows) and all(
                block.rows[r][c] == block.rows[r - 1][c] for c in range(column + 1)
            )
            if not same:
                if r - start > 1 and block.rows[start][column]:
                    runs.append((start, column, r - start))
                start = r
    return runs


def _apply_style(paragraph: WordParagraph, name: str) -> None:
    """Give ``paragraph`` the paragraph style ``name`` by its id. (python-docx's
    ``paragraph.style = name`` looks the default style up on every call, which makes a
    table of a few hundred cells take seconds.)"""
    if name != "Normal":
        paragraph._p.get_or_add_pPr().style = STYLE_IDS.get(name, name.replace(" ", ""))


def _fill(paragraph: WordParagraph, text: str, align: Any, *, bold: bool, small: bool) -> None:
    _apply_style(paragraph, TABLE_TEXT_STYLE)
    if align is not None:
        paragraph.alignment = align
    if not text:
        return
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    if small:
        run.font.size = SIZE_SMALL_5


def _column_widths(block: TableBlock, width: int, usable: Length) -> list[Length]:
    """Column widths filling ``usable``: each column as wide as its longest body text on
    one line (a header cell wraps after :data:`HEADER_WRAP` characters); when that is too
    wide, the widest columns of Chinese text give up width (down to :data:`HEADER_WRAP`
    characters) so amounts and codes never wrap; when narrower, every column grows in
    proportion."""
    size = (SIZE_SMALL_5 if width >= SMALL_FONT_COLUMNS else SIZE_5).pt
    natural = [0.0] * width
    for row in block.rows:
        for c, text in enumerate(row[:width]):
            natural[c] = max(natural[c], _text_points(text, size))
    for span in header_spans(block, width):
        if span.colspan == 1:
            shown = _text_points(span.text[:HEADER_WRAP], size)
            natural[span.column] = max(natural[span.column], shown)
    natural = [max(n, 2 * size) + CELL_PADDING.pt for n in natural]
    wrapping = [
        c not in block.numeric and any(_has_cjk(row[c]) for row in block.rows if c < len(row))
        for c in range(width)
    ]  # amounts and codes stay on one line
    floor = [
        min(n, HEADER_WRAP * size + CELL_PADDING.pt) if wraps else n
        for n, wraps in zip(natural, wrapping, strict=True)
    ]
    room = usable.pt
    if sum(natural) > room:
        natural = _cap_widest(natural, floor, room)
    total = sum(natural)
    return [Pt(n * room / total) for n in natural]


def _cap_widest(natural: list[float], floor: list[float], room: float) -> list[float]:
    """Narrow the widest columns to a common cap (never below their floor) so the widths
    add up to ``room``; the narrow columns keep their width. When even the floors do not
    fit, the floors are returned (the caller scales them)."""

    def fitted(cap: float) -> list[float]:
        return [max(f, min(n, cap)) for n, f in zip(natural, floor, strict=True)]

    low, high = 0.0, max(natural)
    if sum(fitted(low)) >= room:
        return fitted(low)
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if sum(fitted(middle)) < room else (low, middle)
    return fitted(low)


def _has_cjk(text: str) -> bool:
    return any(ord(ch) > 0x2E7F for ch in text)


def _text_points(text: str, size: float) -> float:
    """Printed width of ``text`` on one line in points: CJK characters are square, digits
    and Latin letters about half as wide."""
    return sum(size if ord(ch) > 0x2E7F else 0.62 * size for ch in text)


def _repeat_as_header(tr: Any) -> None:
    tr_pr = tr.get_or_add_trPr()
    for name in ("w:cantSplit", "w:tblHeader"):
        element = OxmlElement(name)
        tr_pr.append(element)


def _keep_row_together(tr: Any) -> None:
    tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


# --- page setup -------------------------------------------------------------------------


def _set_page(section: Any, *, landscape: bool) -> None:
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = A4_HEIGHT, A4_WIDTH
        margins = LANDSCAPE_MARGINS
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = A4_WIDTH, A4_HEIGHT
        margins = PORTRAIT_MARGINS
    section.top_margin = margins["top"]
    section.bottom_margin = margins["bottom"]
    section.left_margin = margins["left"]
    section.right_margin = margins["right"]
    section.footer_distance = Cm(1.2) if landscape else FOOTER_DISTANCE


def _add_page_number(word: WordDocument) -> None:
    """``— PAGE —`` centred in the footer (later sections link to this footer)."""
    word.sections[0].different_first_page_header_footer = True  # no number on the cover
    paragraph = word.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1")):
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == "PAGE":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = " PAGE "
            run._r.append(instruction)
        else:
            shown = OxmlElement("w:t")
            shown.text = text
            run._r.append(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)
    paragraph.add_run(" —")
    for each in paragraph.runs:
        _set_fonts(each._r.get_or_add_rPr(), SONG)
        each.font.size = SIZE_4


# --- styles -----------------------------------------------------------------------------


def _define_styles(word: WordDocument) -> None:
    styles = word.styles
    normal = styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    _style_font(normal, FANGSONG, SIZE_3)
    _style_paragraph(
        normal, first_line_chars=2, size=SIZE_3, pitch=LINE_PITCH, align=WD_ALIGN_PARAGRAPH.JUSTIFY
    )
    _fix_document_defaults(word)

    for level, name in HEADING_STYLES.items():
        heading = styles[name]
        assert isinstance(heading, ParagraphStyle)
        font = {1: HEI, 2: HEI, 3: KAI}[level]
        _style_font(heading, font, SIZE_3, bold=False)
        heading.font.italic = False
        heading.font.color.rgb = RGBColor(0, 0, 0)
        _style_paragraph(
            heading,
            first_line_chars=0 if level == 1 else 2,
            size=SIZE_3,
            pitch=LINE_PITCH,
            align=WD_ALIGN_PARAGRAPH.CENTER if level == 1 else None,
            before=Pt(14) if level == 1 else Pt(0),
            after=Pt(14) if level == 1 else Pt(0),
        )
        heading.paragraph_format.keep_with_next = True

    def add(name: str, font: str, size: Length, **paragraph: Any) -> ParagraphStyle:
        bold = paragraph.pop("bold", False)
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        assert isinstance(style, ParagraphStyle)
        style.base_style = normal
        style.quick_style = True
        _style_font(style, font, size, bold=bold)
        _style_paragraph(style, size=size, **paragraph)
        return style

    add(TITLE_STYLE, SONG, SIZE_2, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, pitch=Pt(40))
    add(TOC_TITLE_STYLE, HEI, Pt(18), align=WD_ALIGN_PARAGRAPH.CENTER, after=Pt(12))
    add(TOC_STYLE, FANGSONG, SIZE_4, pitch=TOC_PITCH)  # the whole 目录 on one page
    table_title = add(
        TABLE_TITLE_STYLE, SONG, Pt(18), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=Pt(6)
    )
    table_title.paragraph_format.keep_with_next = True
    add(TABLE_LINE_STYLE, SONG, SIZE_5).paragraph_format.keep_with_next = True
    add(TABLE_TEXT_STYLE, SONG, SIZE_5)
    add(TABLE_NOTE_STYLE, SONG, SIZE_5, before=Pt(4))
    add(CAPTION_STYLE, SONG, SIZE_5, align=WD_ALIGN_PARAGRAPH.CENTER, after=Pt(6))


def _style_font(style: ParagraphStyle, east_asia: str, size: Length, *, bold: bool = False) -> None:
    style.font.size = size
    style.font.bold = bold
    _set_fonts(style.element.get_or_add_rPr(), east_asia)


def _style_paragraph(
    style: ParagraphStyle,
    *,
    size: Length,
    first_line_chars: int = 0,
    pitch: Length | None = None,
    align: Any = None,
    before: Length = NO_SPACE,
    after: Length = NO_SPACE,
) -> None:
    """Spacing, alignment and a first-line indent of ``first_line_chars`` characters
    (``w:firstLineChars`` for Word, the same length in points for other programs)."""
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = before, after
    if pitch is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = pitch
    else:
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if align is not None:
        fmt.alignment = align
    fmt.first_line_indent = Pt(size.pt * first_line_chars) if first_line_chars else Pt(0)
    p_pr = style.element.get_or_add_pPr()
    indent = p_pr.find(qn("w:ind"))
    if indent is not None:
        indent.set(qn("w:firstLineChars"), str(first_line_chars * 100))


def _set_fonts(r_pr: Any, east_asia: str) -> None:
    """Latin text in Times New Roman, CJK text in ``east_asia``; theme fonts removed (a theme
    font attribute wins over a named one)."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    fonts.set(qn("w:ascii"), LATIN)
    fonts.set(qn("w:hAnsi"), LATIN)
    fonts.set(qn("w:cs"), LATIN)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:hint"), "eastAsia")
    language = r_pr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        r_pr.append(language)
    language.set(qn("w:eastAsia"), "zh-CN")


def _fix_document_defaults(word: WordDocument) -> None:
    """The template's document defaults name theme fonts; name ours instead."""
    defaults = word.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    r_pr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if r_pr is not None:
        _set_fonts(r_pr, FANGSONG)
