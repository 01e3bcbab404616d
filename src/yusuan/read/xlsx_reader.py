"""Reader for Excel workbooks (``.xlsx``, ``.xlsm``), via openpyxl.

Each visible sheet becomes caption paragraphs and one or more tables (see
:func:`yusuan.read.sheet.sheet_blocks`). The workbook is opened with ``data_only=True``, so
formulas are read as the values Excel last computed and saved, and not in read-only mode,
because merged cell ranges are only available in the normal mode. Hidden sheets, rows and
columns are left out and listed in ``Document.notes``. Numbers keep their displayed text
(``77.00`` under ``0.00``). Locations: ``sheet`` and the cell reference (``表6!C12``).
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import openpyxl

from yusuan.read.cells import clean_text, require_file
from yusuan.read.document import Block, Document
from yusuan.read.errors import ReadError
from yusuan.read.sheet import SheetCell, SheetGrid, column_letter, render_value, sheet_blocks

_EXPECTED = "Excel 2007 及以上版本的 XLSX 文件"


class XlsxReader:
    """Reads an XLSX workbook into a :class:`Document` (format ``xlsx``)."""

    formats = ("xlsx",)

    def read(self, path: Path) -> Document:
        """Read ``path``. Raises ``ReadError`` for a missing, empty, corrupt or blank file."""
        return read_xlsx(path)


def read_xlsx(path: Path) -> Document:
    """Read the workbook at ``path`` into a :class:`Document`.

    Raises ``ReadError`` when openpyxl cannot open it or no visible sheet holds any text.
    """
    require_file(path, expected=_EXPECTED)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported extensions
            workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged packages
        raise ReadError(
            path,
            f"无法打开 XLSX 文件，文件已损坏或格式不符（{type(error).__name__}）",
            expected=_EXPECTED,
        ) from None
    blocks: list[Block] = []
    notes: list[str] = []
    try:
        for sheet in workbook.worksheets:
            if sheet.sheet_state != "visible":
                notes.append(f"工作表“{sheet.title}”是隐藏的，已跳过")
                continue
            grid, hidden = _sheet_grid(sheet)
            notes.extend(hidden)
            blocks.extend(sheet_blocks(grid, str(path)))
    finally:
        workbook.close()
    if not blocks:
        raise ReadError(path, "工作簿中没有任何内容", expected="含有预算报表的工作簿")
    return Document(path=str(path), format="xlsx", blocks=blocks, notes=notes)


def _sheet_grid(sheet: Any) -> tuple[SheetGrid, list[str]]:
    """The sheet's visible cells as displayed, merged ranges copied; and notes on what was
    hidden."""
    n_rows, n_columns = _used_extent(sheet)
    hidden_rows = [r for r in range(1, n_rows + 1) if _row_hidden(sheet, r)]
    hidden_columns = _hidden_columns(sheet, n_columns)
    merged: dict[tuple[int, int], tuple[int, int]] = {}  # position -> origin
    for span in sheet.merged_cells.ranges:
        for r in range(span.min_row, span.max_row + 1):
            for c in range(span.min_col, span.max_col + 1):
                if (r, c) != (span.min_row, span.min_col):
                    merged[(r, c)] = (span.min_row, span.min_col)
    columns = [c for c in range(1, n_columns + 1) if c not in hidden_columns]
    rows: list[list[SheetCell]] = []
    hidden = set(hidden_rows)
    for r in range(1, n_rows + 1):
        if r in hidden:
            continue
        row: list[SheetCell] = []
        for c in columns:
            origin = merged.get((r, c))
            source_cell = sheet.cell(row=origin[0], column=origin[1]) if origin else None
            cell = source_cell or sheet.cell(row=r, column=c)
            text = clean_text(render_value(cell.value, cell.number_format))
            row.append(SheetCell(text, f"{column_letter(c - 1)}{r}", spanned=origin is not None))
        rows.append(row)
    notes: list[str] = []
    if hidden_rows:
        listed = "、".join(str(r) for r in hidden_rows)
        notes.append(f"工作表“{sheet.title}”的隐藏行（第{listed}行）已跳过")
    if hidden_columns:
        listed = "、".join(column_letter(c - 1) for c in sorted(hidden_columns))
        notes.append(f"工作表“{sheet.title}”的隐藏列（{listed}列）已跳过")
    return SheetGrid(name=sheet.title, rows=rows), notes


def _used_extent(sheet: Any) -> tuple[int, int]:
    """Last row and column holding a value or a merged range. ``max_row``/``max_column``
    also count cells that are only formatted, which WPS writes down to row 65536."""
    rows = columns = 0
    for (r, c), cell in sheet._cells.items():  # openpyxl's cell store: (row, column) -> cell
        if cell.value is not None and str(cell.value).strip():
            rows, columns = max(rows, r), max(columns, c)
    for span in sheet.merged_cells.ranges:
        origin = sheet._cells.get((span.min_row, span.min_col))
        if origin is not None and origin.value is not None:
            rows, columns = max(rows, span.max_row), max(columns, span.max_col)
    return rows, columns


def _row_hidden(sheet: Any, row: int) -> bool:
    dimension = sheet.row_dimensions.get(row)
    return bool(dimension is not None and dimension.hidden)


def _hidden_columns(sheet: Any, n_columns: int) -> set[int]:
    hidden: set[int] = set()
    for dimension in sheet.column_dimensions.values():
        if dimension.hidden and dimension.min is not None:
            top = dimension.max if dimension.max is not None else dimension.min
            hidden.update(range(dimension.min, min(top, n_columns) + 1))
    return hidden
