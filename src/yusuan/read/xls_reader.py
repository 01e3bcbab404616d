"""Reader for Excel 97–2003 workbooks (``.xls``, also WPS ``.et`` saved as XLS), via xlrd.

Works like the XLSX reader (:mod:`yusuan.read.xlsx_reader`): each visible sheet becomes
caption paragraphs and tables, hidden sheets/rows/columns are left out and noted, numbers
keep their displayed text. The workbook is opened with ``formatting_info=True``, which xlrd
needs for merged ranges (``sheet.merged_cells``), number formats and hidden rows/columns.
Formulas are read as the values saved with the file. Locations: ``sheet`` and cell reference.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import xlrd  # type: ignore[import-untyped]

from yusuan.read.cells import clean_text, require_file
from yusuan.read.document import Block, Document
from yusuan.read.errors import ReadError
from yusuan.read.sheet import SheetCell, SheetGrid, column_letter, render_value, sheet_blocks

_EXPECTED = "Excel 97-2003 格式的 XLS 文件"


class XlsReader:
    """Reads an XLS workbook into a :class:`Document` (format ``xls``)."""

    formats = ("xls",)

    def read(self, path: Path) -> Document:
        """Read ``path``. Raises ``ReadError`` for a missing, empty, corrupt or blank file."""
        return read_xls(path)


def read_xls(path: Path) -> Document:
    """Read the workbook at ``path`` into a :class:`Document`.

    Raises ``ReadError`` when xlrd cannot open it (not BIFF, damaged, encrypted) or no
    visible sheet holds any text.
    """
    require_file(path, expected=_EXPECTED)
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=False)
    except Exception as error:  # xlrd raises XLRDError, CompDocError, struct.error, …
        problem = (
            "文件已加密，无法打开 XLS 文件"
            if "encrypted" in str(error).lower()
            else f"无法打开 XLS 文件，文件已损坏或格式不符（{type(error).__name__}）"
        )
        raise ReadError(path, problem, expected=_EXPECTED) from None
    blocks: list[Block] = []
    notes: list[str] = []
    try:
        for sheet in book.sheets():
            if sheet.visibility != 0:
                notes.append(f"工作表“{sheet.name}”是隐藏的，已跳过")
                continue
            grid, hidden = _sheet_grid(book, sheet)
            notes.extend(hidden)
            blocks.extend(sheet_blocks(grid, str(path)))
    finally:
        book.release_resources()
    if not blocks:
        raise ReadError(path, "工作簿中没有任何内容", expected="含有预算报表的工作簿")
    return Document(path=str(path), format="xls", blocks=blocks, notes=notes)


def _sheet_grid(book: Any, sheet: Any) -> tuple[SheetGrid, list[str]]:
    """The sheet's visible cells as displayed, merged ranges copied; notes on what was hidden."""
    merged: dict[tuple[int, int], tuple[int, int]] = {}  # 0-based position -> origin
    for top, bottom, left, right in sheet.merged_cells:  # half-open ranges
        for r in range(top, min(bottom, sheet.nrows)):
            for c in range(left, min(right, sheet.ncols)):
                if (r, c) != (top, left):
                    merged[(r, c)] = (top, left)
    hidden_rows = [
        r for r in range(sheet.nrows) if r in sheet.rowinfo_map and sheet.rowinfo_map[r].hidden
    ]
    hidden_columns = [
        c for c in range(sheet.ncols) if c in sheet.colinfo_map and sheet.colinfo_map[c].hidden
    ]
    columns = [c for c in range(sheet.ncols) if c not in hidden_columns]
    skipped = set(hidden_rows)
    rows: list[list[SheetCell]] = []
    for r in range(sheet.nrows):
        if r in skipped:
            continue
        row: list[SheetCell] = []
        for c in columns:
            origin = merged.get((r, c))
            text = clean_text(_display(book, sheet, *(origin or (r, c))))
            row.append(SheetCell(text, f"{column_letter(c)}{r + 1}", spanned=origin is not None))
        rows.append(row)
    notes: list[str] = []
    if hidden_rows:
        listed = "、".join(str(r + 1) for r in hidden_rows)
        notes.append(f"工作表“{sheet.name}”的隐藏行（第{listed}行）已跳过")
    if hidden_columns:
        listed = "、".join(column_letter(c) for c in hidden_columns)
        notes.append(f"工作表“{sheet.name}”的隐藏列（{listed}列）已跳过")
    return SheetGrid(name=sheet.name, rows=rows), notes


def _display(book: Any, sheet: Any, row: int, column: int) -> str:
    cell = sheet.cell(row, column)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return str(xlrd.error_text_from_code.get(cell.value, "#ERROR"))
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return render_value(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode), None)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return render_value(cell.value, None)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return render_value(cell.value, _number_format(book, cell.xf_index))
    return str(cell.value)


def _number_format(book: Any, xf_index: int | None) -> str | None:
    if xf_index is None or xf_index >= len(book.xf_list):
        return None
    fmt = book.format_map.get(book.xf_list[xf_index].format_key)
    return None if fmt is None else str(fmt.format_str)
