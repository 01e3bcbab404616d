"""Find tables printed without ruling lines: text lines laid out in aligned columns.

Some disclosures print a table as plain text, one row per line, columns kept apart by
white space only (``工资福利支出      1,326.81      1,326.81``). Such lines are split into
several segments by :func:`yusuan.read.pdf_lines.split_segments`. A run of at least
:data:`MIN_ROWS` consecutive multi-segment lines holding at least :data:`MIN_AMOUNTS`
amount-like cells is taken as a table:

1. column bands are the unions of the overlapping x-ranges of the segments of the lines
   that hold an amount (left-aligned labels share their left edge, right-aligned amounts
   their right edge, so each column's segments overlap one another);
2. every line of the run is one row; each segment goes to the band it overlaps most, or is
   spread over the bands it covers (a header over two columns), copies ``spanned``;
3. header lines directly above the first amount line whose segments fall inside the bands
   join the table.

The result is a :class:`yusuan.read.pdf_tables.Grid`, so unruled tables flow through the
same assembly (continuation across pages, locations) as ruled ones.
"""

from __future__ import annotations

import itertools
import re

from yusuan.read.pdf_lines import Segment
from yusuan.read.pdf_tables import Grid, GridCell

#: Fewest lines an unruled table has.
MIN_ROWS = 3
#: Fewest amounts (with a decimal point, a thousands separator or three digits) it holds.
MIN_AMOUNTS = 3
#: Two lines further apart than this many font sizes are not rows of one table.
ROW_GAP = 2.5

_AMOUNT = re.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
_LABEL_LINE = re.compile(r"^(?:单位|部门|编制(?:部门|单位)|金额单位)[:：]")


def is_amount(text: str) -> bool:
    """True for a printed number cell: ``1,326.81``, ``0``, ``-12.5``, ``3.2%``."""
    return bool(_AMOUNT.match(text.replace(" ", "")))


def _strong_amount(text: str) -> bool:
    compact = text.replace(" ", "")
    digits = sum(char.isdigit() for char in compact)
    return is_amount(compact) and ("," in compact or "." in compact or digits >= 3)


def find_unruled(lines: list[list[Segment]]) -> tuple[list[Grid], list[list[Segment]]]:
    """Unruled tables among ``lines`` (a page's body lines outside ruled tables, top to
    bottom, each a list of segments left to right). Returns the tables found and the lines
    left over for paragraphs."""
    grids: list[Grid] = []
    rest: list[list[Segment]] = []
    index = 0
    while index < len(lines):
        end = _run_end(lines, index)
        run = lines[index:end]
        grid = _table(run) if end - index >= MIN_ROWS else None
        if grid is None:
            rest.append(lines[index])
            index += 1
            continue
        grids.append(grid)
        index = end
    return grids, rest


def _is_row(line: list[Segment]) -> bool:
    return len(line) >= 2 and not any(_LABEL_LINE.match(s.text) for s in line)


def _run_end(lines: list[list[Segment]], start: int) -> int:
    """End (exclusive) of the run of row lines starting at ``start``."""
    if not _is_row(lines[start]):
        return start + 1
    end = start + 1
    while end < len(lines) and _is_row(lines[end]):
        above, below = lines[end - 1], lines[end]
        size = max(max(s.size for s in above), 1.0)
        if min(s.top for s in below) - max(s.bottom for s in above) > ROW_GAP * size:
            break
        end += 1
    return end


def _bands(lines: list[list[Segment]]) -> list[tuple[float, float]]:
    spans = sorted((s.x0, s.x1) for line in lines for s in line)
    bands: list[tuple[float, float]] = []
    for x0, x1 in spans:
        if bands and x0 < bands[-1][1]:
            bands[-1] = (bands[-1][0], max(bands[-1][1], x1))
        else:
            bands.append((x0, x1))
    return bands


def _table(run: list[list[Segment]]) -> Grid | None:
    data = [line for line in run if any(is_amount(s.text) for s in line)]
    amounts = sum(1 for line in run for s in line if _strong_amount(s.text))
    if len(data) < MIN_ROWS - 1 or amounts < MIN_AMOUNTS:
        return None
    bands = _bands(data)
    if len(bands) < 2:
        return None
    first = run.index(data[0])
    last = run.index(data[-1])
    rows = run[first : last + 1]
    for line in reversed(run[:first]):  # header lines within the columns
        if line[0].x0 < bands[0][0] - 2 * line[0].size or line[-1].x1 > bands[-1][1] + 2:
            break
        rows.insert(0, line)
    xs = [bands[0][0]] + [(a[1] + b[0]) / 2 for a, b in itertools.pairwise(bands)]
    xs.append(bands[-1][1])
    ys = [min(s.top for s in rows[0])]
    for above, below in itertools.pairwise(rows):
        ys.append((max(s.bottom for s in above) + min(s.top for s in below)) / 2)
    ys.append(max(s.bottom for s in rows[-1]))
    grid = Grid(xs=xs, ys=ys)
    grid.rows = [_row(line, xs, ys[r], ys[r + 1]) for r, line in enumerate(rows)]
    return grid


def _row(line: list[Segment], xs: list[float], top: float, bottom: float) -> list[GridCell]:
    n = len(xs) - 1
    texts: list[str | None] = [None] * n
    spans: list[tuple[int, int]] = []
    for segment in line:
        covered = [
            c
            for c in range(n)
            if min(segment.x1, xs[c + 1]) - max(segment.x0, xs[c])
            > 0.5 * min(segment.x1 - segment.x0, xs[c + 1] - xs[c])
        ]
        if not covered:
            overlaps = [min(segment.x1, xs[c + 1]) - max(segment.x0, xs[c]) for c in range(n)]
            covered = [max(range(n), key=lambda c: overlaps[c])]
        c0, c1 = covered[0], covered[-1]
        if texts[c0] is not None:  # two segments in one column: one cell, in reading order
            texts[c0] = f"{texts[c0]} {segment.text}"
            continue
        texts[c0] = segment.text
        spans.append((c0, c1))
    cells: list[GridCell] = []
    owner = list(range(n))
    for c0, c1 in spans:
        for c in range(c0 + 1, c1 + 1):
            if texts[c] is None:
                owner[c] = c0
    for c in range(n):
        root = owner[c]
        left, right = root, root
        while right + 1 < n and owner[right + 1] == root:
            right += 1
        cells.append(
            GridCell(
                text=texts[root] or "",
                bbox=(xs[left], top, xs[right + 1], bottom),
                spanned=c != root,
            )
        )
    return cells


def attach_outside_rows(grid: Grid, lines: list[list[Segment]]) -> list[list[Segment]]:
    """Join to ``grid`` the text rows printed just outside its ruled box at the top or the
    bottom of the page (a page break that cut a row off its rules). A line joins when it is
    the first (last) text of the page, lies within about a row's height of the box, has two
    or more segments each inside one of the grid's columns, and holds an amount. Returns
    the lines left over."""
    rest = list(lines)
    while rest and _joins(grid, rest[0], above=True) and _no_text_between(grid, rest, 0):
        _add_row(grid, rest.pop(0), above=True)
    while rest and _joins(grid, rest[-1], above=False) and _no_text_between(grid, rest, -1):
        _add_row(grid, rest.pop(), above=False)
    return rest


def _no_text_between(grid: Grid, lines: list[list[Segment]], index: int) -> bool:
    line_top = min(s.top for s in lines[index])
    if index == 0:
        return all(min(s.top for s in line) >= line_top for line in lines)
    return all(min(s.top for s in line) <= line_top for line in lines)


def _joins(grid: Grid, line: list[Segment], *, above: bool) -> bool:
    if len(line) < 2 or not any(is_amount(s.text) for s in line):
        return False
    top = min(s.top for s in line)
    bottom = max(s.bottom for s in line)
    height = max(s.size for s in line) * 2.0
    if above and not (0 <= grid.ys[0] - bottom <= height):
        return False
    if not above and not (0 <= top - grid.ys[-1] <= height):
        return False
    xs = grid.xs
    return all(
        any(xs[c] - 1 <= s.x0 and s.x1 <= xs[c + 1] + 1 for c in range(len(xs) - 1)) for s in line
    )


def _add_row(grid: Grid, line: list[Segment], *, above: bool) -> None:
    xs = grid.xs
    if above:
        top, bottom = min(s.top for s in line) - 1, grid.ys[0]
    else:
        top, bottom = grid.ys[-1], max(s.bottom for s in line) + 1
    row = [
        GridCell(text="", bbox=(xs[c], top, xs[c + 1], bottom), spanned=False)
        for c in range(len(xs) - 1)
    ]
    for segment in line:
        column = next(
            c for c in range(len(xs) - 1) if xs[c] - 1 <= segment.x0 and segment.x1 <= xs[c + 1] + 1
        )
        cell = row[column]
        text = f"{cell.text} {segment.text}" if cell.text else segment.text
        row[column] = GridCell(text=text, bbox=cell.bbox, spanned=False)
    if above:
        grid.rows.insert(0, row)
        grid.ys.insert(0, top)
    else:
        grid.rows.append(row)
        grid.ys.append(bottom)
