"""Where a table's header cells sit in its grid: what the DOCX and XLSX renderers merge."""

from __future__ import annotations

from dataclasses import dataclass

from yusuan.render.layout import TableBlock


@dataclass(frozen=True)
class HeaderSpan:
    """A header cell placed in the grid: 0-based ``row`` and ``column`` of its top-left
    position, how many rows and columns it covers, its text."""

    row: int
    column: int
    rowspan: int
    colspan: int
    text: str


def table_width(table: TableBlock) -> int:
    """Number of grid columns: the widest of the first header row and the body rows."""
    header_width = sum(cell.colspan for cell in table.header[0]) if table.header else 0
    return max([header_width, 1, *(len(row) for row in table.rows)])


def header_spans(table: TableBlock, width: int) -> list[HeaderSpan]:
    """The header cells of ``table`` placed as :func:`yusuan.render.text.header_grid` places
    them (left to right, skipping positions a cell from a row above already covers),
    clipped to ``width`` columns and to the header rows."""
    taken = [[False] * width for _ in table.header]
    spans: list[HeaderSpan] = []
    for r, row in enumerate(table.header):
        c = 0
        for cell in row:
            while c < width and taken[r][c]:
                c += 1
            if c >= width:
                break
            rowspan = min(cell.rowspan, len(table.header) - r)
            colspan = min(cell.colspan, width - c)
            for dr in range(rowspan):
                for dc in range(colspan):
                    taken[r + dr][c + dc] = True
            spans.append(HeaderSpan(r, c, rowspan, colspan, cell.text))
            c += colspan
    return spans
