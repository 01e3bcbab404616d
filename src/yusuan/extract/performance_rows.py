"""Turn the rows of a 绩效目标表 into :class:`Indicator` records, tolerating shifted columns.

A row is read in three steps:

1. its non-empty cells are listed in column order (horizontal span copies and frame labels
   such as 绩效指标 dropped);
2. the leading cells that are level names *by vocabulary* become the row's level-1/level-2
   (a non-vocabulary cell counts as a level only when it sits in a level column and what
   follows still reads as an indicator);
3. the remaining cells are matched, in order, to the header's content columns (indicator
   name, target, note, …) by an order-preserving alignment that minimises the distance
   between each cell's column and its column's header, so a row shifted one column left
   or right still gives name, target and note.

Level-1 and level-2 are forward-filled down the rows (merged cells are printed once).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations
from typing import NamedTuple

from yusuan.extract.performance_vocabulary import (
    FRAME_STARTS,
    LEVEL_STARTS,
    Role,
    header_role,
    is_frame_label,
    is_header_row,
    is_level1,
    is_level2,
    looks_like_target,
    normalise,
)
from yusuan.model.performance import Indicator, new_indicator
from yusuan.read.document import Cell
from yusuan.read.location import SourceLocation

_LEVEL_ROLES: frozenset[Role] = frozenset({"level1", "level2"})
# Cost of leaving a content column unfilled: name and target make an indicator.
_MISSING_COST: dict[Role, float] = {"name": 10.0, "target": 10.0, "project": 1.5}


@dataclass(frozen=True)
class Layout:
    """The columns of an indicator block: ``roles[column] = role`` from the header row.

    ``positional`` is false for a continuation table whose column grid differs from its
    header's (a table split over pages): its roles then only give the order of content.
    """

    roles: tuple[tuple[int, Role], ...]
    width: int
    positional: bool = True

    @classmethod
    def from_header(cls, row: list[Cell]) -> Layout:
        """The layout a header row (一级指标 / 二级指标 / … / 指标值 / 指标说明) describes."""
        roles: list[tuple[int, Role]] = []
        seen: set[Role] = set()
        for column, cell in enumerate(row):
            role = header_role(cell.text)
            if role is None or role in seen:
                continue
            seen.add(role)
            roles.append((column, role))
        return cls(roles=tuple(roles), width=len(row))

    def for_table(self, width: int) -> Layout:
        """This layout applied to a continuation table ``width`` columns wide: positions
        still hold when the grid has the header's width."""
        return Layout(self.roles, self.width, positional=width == self.width)

    def role_at(self, column: int) -> Role | None:
        """The role of the header over ``column``; ``None`` when positions do not hold."""
        return self._role_by_column.get(column) if self.positional else None

    @cached_property
    def _role_by_column(self) -> dict[int, Role]:
        return dict(self.roles)

    @cached_property
    def content(self) -> tuple[tuple[int, Role], ...]:
        return tuple((col, role) for col, role in self.roles if role not in _LEVEL_ROLES)

    @cached_property
    def missing_costs(self) -> tuple[float, ...]:
        """The cost of leaving each of :attr:`content` unfilled."""
        return tuple(_MISSING_COST.get(role, 0.0) for _, role in self.content)

    @cached_property
    def all_missing_cost(self) -> float:
        return sum(self.missing_costs)

    def has(self, role: Role) -> bool:
        return any(r == role for _, r in self.roles)


class _Piece(NamedTuple):
    """A meaningful cell of a row: its column, stripped text and location."""

    column: int
    text: str
    location: SourceLocation


# hot path: ``tuple.__new__`` builds a piece without the named tuple's Python ``__new__``
_new_tuple = tuple.__new__


def row_pieces(row: list[Cell]) -> list[_Piece]:
    """The row's meaningful cells in column order: non-empty, not a horizontal span copy,
    not a frame label (绩效指标, 年度总体目标, …)."""
    pieces: list[_Piece] = []
    previous = ""  # the stripped text of the cell to the left
    for column, cell in enumerate(row):
        text = cell.text.strip()
        if (
            text
            # hot path: the label test only for the few texts that may start a frame label
            and (text[0] not in FRAME_STARTS or not is_frame_label(text))
            and not (previous == text and cell.spanned)
        ):
            pieces.append(_new_tuple(_Piece, (column, text, cell.location)))
        previous = text
    return pieces


def _piece_costs(
    piece: _Piece, columns: tuple[tuple[int, Role], ...], positional: bool
) -> list[float]:
    """The cost of placing ``piece`` in each of ``columns``: its distance from the column
    (when positions hold), plus 2 for a target-like text as the indicator name, 0.5 for a
    text that is not target-like as the target, 1 for a long text as the basis."""
    target_like = looks_like_target(piece.text)
    costs: list[float] = []
    for column, role in columns:
        cost = float(abs(piece.column - column)) if positional else 0.0
        if role == "name" and target_like:
            cost += 2.0
        elif role == "target" and not target_like:
            cost += 0.5
        elif role == "basis" and len(normalise(piece.text)) > 6:
            cost += 1.0
        costs.append(cost)
    return costs


def align(pieces: list[_Piece], layout: Layout) -> dict[Role, _Piece]:
    """Match content cells to content columns, preserving order, at the least cost.

    Every order-preserving placement is tried (a handful: tables have at most a few content
    columns); the cheapest wins, the first in column order on a tie. More cells than
    columns: the trailing extra cells are joined into the last one.
    """
    columns = layout.content
    if not columns or not pieces:
        return {}
    if len(pieces) > len(columns):
        keep = pieces[: len(columns) - 1]
        rest = pieces[len(columns) - 1 :]
        pieces = [*keep, _Piece(rest[0].column, " ".join(p.text for p in rest), rest[0].location)]
    if len(pieces) == len(columns):
        # as many cells as columns: the only order-preserving placement, one cell per column
        return {role: piece for (_, role), piece in zip(columns, pieces, strict=True)}

    positional = layout.positional
    if positional:
        exact = _exact_placement(pieces, layout)
        if exact is not None:
            return exact

    # piece i can only sit in columns i … i + slack; costs[i][k] is its cost in column i + k
    count, slack = len(pieces), len(columns) - len(pieces)
    costs = [
        _piece_costs(piece, columns[i : i + slack + 1], positional)
        for i, piece in enumerate(pieces)
    ]
    missing = layout.missing_costs
    # every cost is a small multiple of 0.5, so the float sums are exact in any order
    best_cost = float("inf")
    best: tuple[int, ...] = ()
    for chosen in combinations(range(len(columns)), count):
        cost = layout.all_missing_cost
        for i, j in enumerate(chosen):
            cost += costs[i][j - i] - missing[j]
        if cost < best_cost:
            best_cost, best = cost, chosen
    return {columns[j][1]: piece for piece, j in zip(pieces, best, strict=True)}


def _exact_placement(pieces: list[_Piece], layout: Layout) -> dict[Role, _Piece] | None:
    """The placement of each piece in the column under its own header, when that costs
    nothing (see :func:`_piece_costs`; no name or target column left unfilled); ``None``
    otherwise.

    Every placement costs at least 0 and only this one puts every piece at distance 0, so
    a free exact placement is the unique cheapest: :func:`align` need not search.
    """
    role_at = layout._role_by_column.get
    placed: dict[Role, _Piece] = {}
    for piece in pieces:
        role = role_at(piece.column)
        if role is None or role in _LEVEL_ROLES:
            return None
        if role == "name" or role == "target":
            if looks_like_target(piece.text) != (role == "target"):
                return None
        elif role == "basis" and len(normalise(piece.text)) > 6:
            return None
        placed[role] = piece
    for _, role in layout.content:
        if role not in placed and role in _MISSING_COST:
            return None
    return placed


@dataclass
class IndicatorRows:
    """Reads indicator rows one at a time, forward-filling level-1/level-2.

    ``project`` is set on every indicator when the table belongs to one project; the
    overall table's 指标类别 column sets it per row instead.
    """

    layout: Layout
    indicators: list[Indicator] = field(default_factory=list)
    level1: str | None = None
    level2: str | None = None

    def relayout(self, width: int) -> None:
        """Continue on a table ``width`` columns wide (the next page of a split table)."""
        self.layout = self.layout.for_table(width)

    def feed(self, row: list[Cell]) -> bool:
        """Read one row; return whether it held indicator content (levels or an indicator).

        A repeated header row (a table continued over a page) is skipped.
        """
        texts = [cell.text for cell in row]
        if is_header_row(texts):
            return True
        pieces = row_pieces(row)
        if not pieces:
            return False
        return self.feed_pieces(pieces)

    def feed_pieces(self, pieces: list[_Piece]) -> bool:
        """:meth:`feed` for a row already known to be no header row, given its non-empty
        :func:`row_pieces`."""
        levels, content = self._split_levels(pieces)
        for kind, piece in levels:
            if kind == "level1":
                if normalise(piece.text) != normalise(self.level1 or ""):
                    self.level2 = None
                self.level1 = piece.text
            else:
                self.level2 = piece.text
        if not content:
            return bool(levels)
        roles = align(content, self.layout)
        if "name" in roles and "target" in roles:
            self.indicators.append(self._indicator(roles))
        elif self.indicators and not levels:
            self._continue_previous(roles)
        elif "name" in roles or "target" in roles:
            self.indicators.append(self._indicator(roles))
        return True

    def _split_levels(self, pieces: list[_Piece]) -> tuple[list[tuple[Role, _Piece]], list[_Piece]]:
        levels: list[tuple[Role, _Piece]] = []
        first = pieces[0]
        if (
            first.text[0] not in LEVEL_STARTS
            and self.layout.role_at(first.column) not in _LEVEL_ROLES
        ):
            # hot path: a row under levels printed once (merged cells) starts with its
            # indicator; :meth:`_level_kind` would read no level from its first cell
            return levels, pieces
        index = 0
        while index < len(pieces) and len(levels) < 2:
            piece = pieces[index]
            kind = self._level_kind(piece, levels, pieces, index + 1)
            if kind is None:
                break
            levels.append((kind, piece))
            index += 1
        content = pieces[index:]
        # A vocabulary word standing where the indicator name belongs is the name itself.
        if levels and len(content) < 2:
            kind, last = levels[-1]
            if self.layout.role_at(last.column) not in _LEVEL_ROLES and content:
                levels.pop()
                content = [last, *content]
        return levels, content

    def _level_kind(
        self, piece: _Piece, levels: list[tuple[Role, _Piece]], pieces: list[_Piece], after: int
    ) -> Role | None:
        """The level ``piece`` is, given the levels already read on its row; ``pieces[after:]``
        follow it."""
        text = piece.text
        column_role = self.layout.role_at(piece.column)
        kind: Role | None = None
        # hot path: the vocabulary is looked up only for a text starting like a level name
        # (a piece's text is stripped, so its first character is its normalised first one)
        if text[0] in LEVEL_STARTS:
            if is_level1(text):
                if is_level2(text):
                    after_level1 = bool(levels) and levels[-1][0] == "level1"
                    kind = "level2" if after_level1 or column_role == "level2" else "level1"
                else:
                    kind = "level1"
            elif is_level2(text, strict=column_role != "level2"):
                kind = "level2"
        if kind is None:
            if column_role in _LEVEL_ROLES and _reads_as_level(pieces, after):
                kind = column_role
            else:
                return None
        if levels and (kind == "level1" or levels[-1][0] == kind):
            return None
        return kind

    def _indicator(self, roles: dict[Role, _Piece]) -> Indicator:
        get = roles.get
        name = get("name")
        target = get("target")
        anchor = name or target
        assert anchor is not None
        target_text = target.text if target else ""
        unit = get("unit")
        if unit and target_text and not target_text.endswith(unit.text):
            target_text = f"{target_text}{unit.text}"
        note, project, basis, score = get("note"), get("project"), get("basis"), get("score")
        return new_indicator(
            level1=self.level1,
            level2=self.level2,
            name=name.text if name else "",
            target=target_text,
            note=note.text if note else None,
            project=project.text if project else None,
            basis=basis.text if basis else None,
            score=score.text if score else None,
            location=anchor.location,
        )

    def _continue_previous(self, roles: dict[Role, _Piece]) -> None:
        """A lone cell under an indicator is the wrapped end of one of its texts."""
        previous = self.indicators[-1]
        updates: dict[str, str] = {}
        for role, piece in roles.items():
            if role in {"name", "target", "note"}:
                current = getattr(previous, role) or ""
                updates[role] = f"{current}{piece.text}"
        if updates:
            self.indicators[-1] = previous.model_copy(update=updates)


def _reads_as_level(pieces: list[_Piece], after: int) -> bool:
    """A non-vocabulary cell in a level column is a level only if an indicator name (not a
    target value) follows it: at least two ``pieces[after:]``, the first not target-like."""
    return len(pieces) - after >= 2 and not looks_like_target(pieces[after].text)


def header_index(rows: list[list[Cell]]) -> int | None:
    """Index of the first indicator header row of a table, if any."""
    for index, row in enumerate(rows):
        if is_header_row([cell.text for cell in row]):
            return index
    return None
