"""Render a :class:`~yusuan.render.layout.Layout` as an Excel workbook (``.xlsx``), via openpyxl.

Sheets: ``说明`` first (the title, then every heading and paragraph of the narrative, one per
row), then one sheet per table: ``表1`` … ``表8`` for the standard tables, ``绩效1`` … for the
performance tables, ``信息1`` … for basic-information tables. Charts are left out: a
workbook is read for its numbers.

A table sheet holds, from the top: the title (merged across the table, bold, centred), the
preamble lines, the 单位名称 line (left) and the 单位 line (right) on one row, the header
rows with their spans as merged cells, the body, and the note. Amounts are written as
numbers: the printed string is read with :class:`~decimal.Decimal` and turned into a float
only when handed to openpyxl, under a number format with the printed decimals and
grouping (``0.00``, or ``#,##0.00`` when the layout prints thousands separators), so every
cell displays exactly as printed; a blank stays an empty cell. Codes and labels stay text.
Header rows are frozen and repeat on every printed page; pages are A4, landscape for
tables of :data:`WIDE_COLUMNS` or more columns, fitted to the page width.

What :mod:`yusuan.read.xlsx_reader` reads back: caption paragraphs (title, preamble,
单位名称, 单位), then one table whose grid (spans resolved) is the header grid of
:func:`yusuan.render.text.header_grid` followed by the body rows as printed, then the note.
"""

from __future__ import annotations

import io
import math
from decimal import Decimal, InvalidOperation

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from yusuan.render.grid import header_spans, table_width
from yusuan.render.layout import Heading, Layout, Paragraph, TableBlock

NOTES_SHEET = "说明"
SHEET_PREFIXES = {"performance": "绩效", "info": "信息"}
WIDE_COLUMNS = 6  # tables this wide print landscape
PORTRAIT_WIDTH = 100  # Excel width units an A4 portrait page holds; wider tables print landscape
TITLE_SIZE, BODY_SIZE = 16, 10
LINE_HEIGHT = 13.5  # points a line of BODY_SIZE text takes in a row
FONT = "宋体"
HEADING_FONT = "黑体"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="F2F2F2")
NOTES_WIDTH = 85  # Excel width units of the 说明 column: an A4 portrait page at 100%
MAX_TEXT_WIDTH = 40  # a text column wraps beyond this width
MIN_WIDTH = 6


def render_xlsx(layout: Layout) -> bytes:
    """``layout`` as the bytes of an ``.xlsx`` workbook. Raises nothing for a well-formed
    layout; an amount column cell that is not a number is written as text."""
    workbook = Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = NOTES_SHEET
    _write_notes(notes, layout)
    counters: dict[str, int] = {}
    for block in layout.blocks:
        if isinstance(block, TableBlock):
            sheet = workbook.create_sheet(_sheet_name(block, counters))
            write_table_sheet(sheet, block)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_name(block: TableBlock, counters: dict[str, int]) -> str:
    """``表6`` for ``T6``; ``绩效1``, ``绩效2`` … for performance tables (31 characters at most)."""
    if block.kind[:1] == "T" and block.kind[1:].isdigit():
        return f"表{block.kind[1:]}"
    prefix = SHEET_PREFIXES.get(block.kind, "表")
    counters[prefix] = counters.get(prefix, 0) + 1
    return f"{prefix}{counters[prefix]}"[:31]


def _write_notes(sheet: Worksheet, layout: Layout) -> None:
    """The title, then each narrative heading and paragraph in its own row of column A,
    wrapped, each row as tall as its lines."""
    sheet.column_dimensions["A"].width = NOTES_WIDTH
    lines: list[tuple[str, Font]] = [(layout.title, Font(name=FONT, size=16, bold=True))]
    for block in layout.blocks:
        if isinstance(block, Heading):
            lines.append((block.text, Font(name=HEADING_FONT, size=12, bold=block.level <= 2)))
        elif isinstance(block, Paragraph):
            lines.append((block.text, Font(name=FONT, size=11)))
    for row, (text, font) in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = font
        centred = row == 1
        cell.alignment = Alignment(
            horizontal="center" if centred else "left", vertical="top", wrap_text=True
        )
        size = font.size or 11
        per_line = NOTES_WIDTH * 11 / size  # width units of text one line holds
        n_lines = max(1, math.ceil(_display_width(text) / per_line))
        sheet.row_dimensions[row].height = n_lines * size * 1.5 + (10 if centred else 2)
    _print_setup(sheet, landscape=False, fit=False)


def write_table_sheet(sheet: Worksheet, table: TableBlock) -> None:
    """Lay ``table`` out on ``sheet`` (see the module docstring)."""
    width = table_width(table)
    last = get_column_letter(width)
    row = 1
    title = sheet.cell(row=row, column=1, value=table.title)
    title.font = Font(name=FONT, size=TITLE_SIZE, bold=True)
    title.alignment = Alignment(horizontal="center", vertical="center")
    sheet.merge_cells(f"A{row}:{last}{row}")
    sheet.row_dimensions[row].height = 30
    row += 1
    for line in table.preamble:
        _caption(sheet, row, 1, line)
        sheet.merge_cells(f"A{row}:{last}{row}")
        row += 1
    if table.unit_name_line or table.unit_line:
        if table.unit_name_line:
            _caption(sheet, row, 1, table.unit_name_line)
            if width > 2:
                sheet.merge_cells(f"A{row}:{get_column_letter(width - 1)}{row}")
        if table.unit_line:
            unit = _caption(sheet, row, width if table.unit_name_line else 1, table.unit_line)
            unit.alignment = Alignment(horizontal="right" if table.unit_name_line else "left")
        row += 1
    first_header = row
    for r in range(len(table.header)):
        for c in range(1, width + 1):
            cell = sheet.cell(row=row + r, column=c)
            cell.border, cell.fill = BORDER, HEADER_FILL
            cell.font = Font(name=FONT, size=BODY_SIZE, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for span in header_spans(table, width):
        top, left = row + span.row, span.column + 1
        sheet.cell(row=top, column=left, value=span.text)
        if span.rowspan > 1 or span.colspan > 1:
            sheet.merge_cells(
                start_row=top,
                start_column=left,
                end_row=top + span.rowspan - 1,
                end_column=left + span.colspan - 1,
            )
    row += len(table.header)
    first_body = row
    for values in table.rows:
        for c in range(width):
            text = values[c] if c < len(values) else ""
            _body_cell(sheet, row, c + 1, text, numeric=c in table.numeric)
        row += 1
    if table.note:
        _caption(sheet, row, 1, table.note)
        sheet.merge_cells(f"A{row}:{last}{row}")
    total_width = _column_widths(sheet, table, width)
    _row_heights(sheet, table, first_header, width)
    if table.header:
        sheet.freeze_panes = f"A{first_body}"
        sheet.print_title_rows = f"{first_header}:{first_body - 1}"
    _print_setup(sheet, landscape=width >= WIDE_COLUMNS or total_width > PORTRAIT_WIDTH)


def _caption(sheet: Worksheet, row: int, column: int, text: str) -> Cell:
    cell = sheet.cell(row=row, column=column, value=text)
    cell.font = Font(name=FONT, size=BODY_SIZE)
    return cell


def _body_cell(sheet: Worksheet, row: int, column: int, text: str, *, numeric: bool) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=BODY_SIZE)
    amount = _amount(text) if numeric else None
    if amount is not None:
        cell.value = float(amount)  # the openpyxl boundary: the Decimal was read as printed
        cell.number_format = number_format(text)
        cell.alignment = Alignment(horizontal="right", vertical="center")
    elif text:
        cell.value = text
        cell.number_format = "@"
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def _amount(text: str) -> Decimal | None:
    cleaned = text.replace(",", "").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def number_format(printed: str) -> str:
    """The Excel number format that displays a number exactly as ``printed``:
    ``"343.64"`` → ``0.00``, ``"1,234.5"`` → ``#,##0.0``, ``"12"`` → ``0``."""
    _, _, decimals = printed.strip().partition(".")
    whole = "#,##0" if "," in printed else "0"
    return f"{whole}.{'0' * len(decimals)}" if decimals else whole


def _column_widths(sheet: Worksheet, table: TableBlock, width: int) -> float:
    """Each column as wide as its longest body text (CJK characters count double), text
    columns capped at :data:`MAX_TEXT_WIDTH` (they wrap), a header wrapping after four
    characters; all widened together when the title would not fit. Returns the total width
    (Excel width units)."""
    widest = [MIN_WIDTH] * width
    for values in table.rows:
        for c, text in enumerate(values[:width]):
            widest[c] = max(widest[c], _display_width(text) + 2)
    for span in header_spans(table, width):
        if span.colspan == 1:
            widest[span.column] = max(widest[span.column], _display_width(span.text[:4]) + 2)
    shown = [
        float(chars if c in table.numeric else min(chars, MAX_TEXT_WIDTH))
        for c, chars in enumerate(widest)
    ]
    title = _display_width(table.title) * TITLE_SIZE / BODY_SIZE + 4
    if sum(shown) < title:  # a narrow table still shows its whole title
        shown = [w * title / sum(shown) for w in shown]
    for c, chars in enumerate(shown):
        sheet.column_dimensions[get_column_letter(c + 1)].width = round(chars, 1)
    return sum(shown)


def _row_heights(sheet: Worksheet, table: TableBlock, first_header: int, width: int) -> None:
    """Set the height of header and body rows whose text wraps (spreadsheet programs do not
    all fit wrapped rows on opening): enough lines for the longest cell of the row."""
    widths = [
        sheet.column_dimensions[get_column_letter(c + 1)].width or MIN_WIDTH for c in range(width)
    ]
    header_lines = [1] * len(table.header)
    for span in header_spans(table, width):
        room = sum(widths[span.column : span.column + span.colspan]) - 1
        lines = math.ceil(_display_width(span.text) / max(room, 1))
        row = span.row + span.rowspan - 1  # a row-spanning header has all its rows' height
        header_lines[row] = max(header_lines[row], lines - span.rowspan + 1)
    body_lines = [
        max(
            [1]
            + [
                math.ceil(_display_width(t) / max(widths[c] - 1, 1))
                for c, t in enumerate(values[:width])
            ]
        )
        for values in table.rows
    ]
    for offset, lines in enumerate(header_lines + body_lines):
        if lines > 1:
            sheet.row_dimensions[first_header + offset].height = lines * LINE_HEIGHT + 3


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _print_setup(sheet: Worksheet, *, landscape: bool, fit: bool = True) -> None:
    """A4, centred, page numbers in the footer; ``fit`` scales the columns to the page
    width."""
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if landscape else "portrait"
    if fit:
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.6
    sheet.page_margins.top, sheet.page_margins.bottom = 0.8, 0.8
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
