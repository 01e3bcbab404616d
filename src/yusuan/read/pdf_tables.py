"""Find ruled tables on a page and resolve them into rectangular grids.

Pipeline (each step a small function): ruling edges → merged collinear edges → connected
groups of crossing edges (one group per table) → grid lines (distinct x and y positions) →
merged cells (two neighbouring grid cells with no rule between them belong to one cell) →
characters assigned to cells by their centre.

A merged cell is reported in every grid position it covers; the copies are marked
``spanned``. This matches :class:`yusuan.read.document.Table`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from yusuan.read.pdf_backend import Char, Edge
from yusuan.read.pdf_lines import cell_text

#: Edges closer than this (points) are the same grid line.
SNAP = 2.0
#: A rule must cover this fraction of a grid cell's side to separate two cells.
COVER = 0.6
#: Grid rows/columns thinner than this (points) are double rules, not cells.
MIN_SIZE = 3.0


@dataclass(slots=True)
class GridCell:
    """One resolved grid position: its text, box, and whether it copies a merged cell."""

    text: str
    bbox: tuple[float, float, float, float]
    spanned: bool


@dataclass(slots=True)
class Grid:
    """A table found on one page. ``xs``/``ys`` are the column/row boundaries."""

    xs: list[float]
    ys: list[float]
    rows: list[list[GridCell]] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    def contains(self, char: Char) -> bool:
        x = (char.x0 + char.x1) / 2
        y = (char.top + char.bottom) / 2
        return self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]


def _merge(edges: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Merge collinear ``(position, start, end)`` edges that touch or overlap."""
    lanes: list[list[tuple[float, float, float]]] = []
    for edge in sorted(edges):
        if lanes and edge[0] - lanes[-1][0][0] <= SNAP:
            lanes[-1].append(edge)
        else:
            lanes.append([edge])
    merged: list[tuple[float, float, float]] = []
    for lane in lanes:
        position = sum(p for p, _, _ in lane) / len(lane)
        pieces: list[tuple[float, float, float]] = []
        for _, start, end in sorted(lane, key=lambda e: e[1]):
            if pieces and start <= pieces[-1][2] + SNAP:
                pieces[-1] = (position, pieces[-1][1], max(pieces[-1][2], end))
            else:
                pieces.append((position, start, end))
        merged.extend(pieces)
    return merged


def _clusters(values: list[float]) -> list[float]:
    result: list[float] = []
    for value in sorted(values):
        if result and value - result[-1] <= MIN_SIZE:
            continue
        result.append(value)
    return result


def _groups(
    horizontal: list[tuple[float, float, float]], vertical: list[tuple[float, float, float]]
) -> list[tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]]:
    """Connected groups of crossing horizontal and vertical edges (union-find)."""
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    offset = len(horizontal)
    for i, (y, hx0, hx1) in enumerate(horizontal):
        for j, (x, vy0, vy1) in enumerate(vertical):
            if hx0 - SNAP <= x <= hx1 + SNAP and vy0 - SNAP <= y <= vy1 + SNAP:
                parent[find(i)] = find(offset + j)
    groups: dict[int, tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]]
    groups = {}
    for i, edge in enumerate(horizontal):
        groups.setdefault(find(i), ([], []))[0].append(edge)
    for j, edge in enumerate(vertical):
        groups.setdefault(find(offset + j), ([], []))[1].append(edge)
    return [group for group in groups.values() if len(group[0]) >= 2 and len(group[1]) >= 2]


def _covers(edges: list[tuple[float, float, float]], at: float, start: float, end: float) -> bool:
    need = (end - start) * COVER
    covered = 0.0
    for position, s, e in edges:
        if abs(position - at) <= SNAP:
            covered += max(0.0, min(e, end) - max(s, start))
    return covered >= need


def find_grids(edges: list[Edge], chars: list[Char]) -> list[Grid]:
    """The ruled tables on a page, top to bottom, with their cells' text filled in."""
    horizontal = _merge([(e.top, e.x0, e.x1) for e in edges if e.horizontal and e.x1 - e.x0 > 1])
    vertical = _merge(
        [(e.x0, e.top, e.bottom) for e in edges if not e.horizontal and e.bottom - e.top > 1]
    )
    grids: list[Grid] = []
    for group_h, group_v in _groups(horizontal, vertical):
        xs = _clusters([x for x, _, _ in group_v])
        ys = _open_ends(_clusters([y for y, _, _ in group_h]), group_v)
        if len(xs) < 2 or len(ys) < 2:
            continue
        if len(xs) == 2 and len(ys) == 2:
            continue  # a frame round a text box or chart, not a table
        grid = Grid(xs=xs, ys=ys)
        _fill(grid, group_h, group_v, chars)
        if grid.rows:
            grids.append(grid)
    grids.sort(key=lambda g: g.ys[0])
    return grids


def _open_ends(ys: list[float], vertical: list[tuple[float, float, float]]) -> list[float]:
    """``ys`` extended by a row whose column rules run past the first or last horizontal
    rule: a table cut by a page break often leaves its first/last row without its top/bottom
    rule (Jiangsu high court 2018 p10 opens with ``十八、住房保障支出 | 4,716.51``)."""
    if not ys:
        return ys
    tops = [start for _, start, _ in vertical if start < ys[0] - MIN_SIZE]
    bottoms = [end for _, _, end in vertical if end > ys[-1] + MIN_SIZE]
    extended = list(ys)
    if len(tops) >= 2:
        extended.insert(0, min(tops))
    if len(bottoms) >= 2:
        extended.append(max(bottoms))
    return extended


def _fill(
    grid: Grid,
    horizontal: list[tuple[float, float, float]],
    vertical: list[tuple[float, float, float]],
    chars: list[Char],
) -> None:
    xs, ys = grid.xs, grid.ys
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    owner = [[(r, c) for c in range(n_cols)] for r in range(n_rows)]

    def find(cell: tuple[int, int]) -> tuple[int, int]:
        while owner[cell[0]][cell[1]] != cell:
            cell = owner[cell[0]][cell[1]]
        return cell

    def union(a: tuple[int, int], b: tuple[int, int]) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            first, second = min(ra, rb), max(ra, rb)
            owner[second[0]][second[1]] = first

    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not _covers(vertical, xs[c + 1], ys[r], ys[r + 1]):
                union((r, c), (r, c + 1))
            if r + 1 < n_rows and not _covers(horizontal, ys[r + 1], xs[c], xs[c + 1]):
                union((r, c), (r + 1, c))

    regions: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            regions.setdefault(find((r, c)), []).append((r, c))
    spans: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for root, members in regions.items():
        r0 = min(r for r, _ in members)
        r1 = max(r for r, _ in members)
        c0 = min(c for _, c in members)
        c1 = max(c for _, c in members)
        spans[root] = (r0, c0, r1, c1)

    buckets: dict[tuple[int, int], list[Char]] = {}
    for char in chars:  # spaces kept: they separate Latin words inside a cell
        x = (char.x0 + char.x1) / 2
        y = (char.top + char.bottom) / 2
        column = _index(xs, x)
        line = _index(ys, y)
        if line is None or column is None:
            continue
        buckets.setdefault(find((line, column)), []).append(char)

    texts = {root: cell_text(buckets.get(root, [])) for root in spans}
    rows: list[list[GridCell]] = []
    for r in range(n_rows):
        row: list[GridCell] = []
        for c in range(n_cols):
            root = find((r, c))
            r0, c0, r1, c1 = spans[root]
            row.append(
                GridCell(
                    text=texts[root],
                    bbox=(xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]),
                    spanned=(r, c) != (r0, c0),
                )
            )
        rows.append(row)
    grid.rows, kept = _drop_empty_columns(rows)
    grid.xs = [xs[c] for c in kept] + [xs[-1]]


def _index(bounds: list[float], value: float) -> int | None:
    if value < bounds[0] or value > bounds[-1]:
        return None
    return min(max(bisect_left(bounds, value) - 1, 0), len(bounds) - 2)


def _drop_empty_columns(rows: list[list[GridCell]]) -> tuple[list[list[GridCell]], list[int]]:
    """Remove columns that are only copies of their left neighbour in every row (a grid line
    used by another table part only), and rows that are copies of the row above. Returns the
    rows and the indices of the columns kept."""
    if not rows:
        return rows, []
    keep = [
        c
        for c in range(len(rows[0]))
        if c == 0 or not all(row[c].spanned and row[c].bbox == row[c - 1].bbox for row in rows)
    ]
    rows = [[row[c] for c in keep] for row in rows]
    kept: list[list[GridCell]] = [rows[0]]
    for row in rows[1:]:
        if all(
            cell.spanned and cell.bbox == above.bbox
            for cell, above in zip(row, kept[-1], strict=True)
        ):
            continue
        kept.append(row)
    return kept, keep
