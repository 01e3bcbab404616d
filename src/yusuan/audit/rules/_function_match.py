"""Shared by N104–N107: which function-classification row a narrative function figure names.

The narrative lists expenditure by function (``key == "function"``, ``name`` as written,
``part_of`` the figure it breaks down). The row it names is looked up, in this order:

0. a name written as a 类/款/项 path (``一般公共服务支出(类)组织事务(款)一般行政管理事务(项)
   科目``, see :func:`name_path`) names the row found by following the path down the codes
   of the source table: ``exact``, or ``near`` when a part needed a near-miss name;
1. ``exact``: a row of the source table (表3, or 表5 for the general public budget, its
   项目支出 and 财政拨款支出) whose name is the same after normalisation
   (:func:`yusuan.catalog.catalog.normalize_name`, level marks such as ``(类)`` resolved
   by :func:`name_candidates`);
2. ``near``: a row of the source table whose name is a near miss (difflib ratio ≥ 0.8, e.g.
   资源勘探工业信息等事务支出 for 资源勘探工业信息等支出, or the same characters transposed,
   一般行政事务管理 for 一般行政管理事务);
3. ``elsewhere``: no such row, but a non-zero amount equal to the figure sits under another
   code of the source table — the narrative put the wrong name on it. The 类 row is reported
   for lists breaking down a total, the 项 row for lists breaking down 项目支出 (the
   level such lists are written at);
   For a list of the whole budget taken from 表5 (表3 printing no function rows, as in
   Jiangsu), a 表1 expenditure line of the same name (all sources, no code) comes first;
4. ``exact``/``near`` among the full class lists of 表1/表4 (rows printed blank there, which
   the source table leaves out): the amount compared is that row's (blank = 0);
5. ``unknown``: none of these.

The amount column is 总计 (the single 金额 column of a table that has no other), or 项目支出
when the list breaks down ``project_expenditure``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

from yusuan.audit.context import per_run
from yusuan.audit.rules._narrative_lookup import (
    APPROPRIATION_WHOLES,
    TableValue,
    convert,
    row_value,
)
from yusuan.audit.rules._similarity import ratio_bound
from yusuan.catalog.catalog import normalize_name
from yusuan.model.amount import Unit
from yusuan.model.disclosure import Disclosure
from yusuan.model.narrative import NarrativeFigure
from yusuan.model.tables import Level, Row, Section, StandardTable, TableKind

NEAR_MISS = 0.8

MatchKind = Literal["exact", "near", "elsewhere", "unknown"]

_LEVEL_ORDER = {Level.CLASS: 0, Level.SECTION: 1, Level.ITEM: 2}


@dataclass(frozen=True)
class FunctionMatch:
    """How a function figure relates to the tables; ``value`` is the matched row's amount
    (in the figure's unit) for ``exact``/``near``/``elsewhere``."""

    kind: MatchKind
    figure: NarrativeFigure
    row: Row | None = None
    value: TableValue | None = None


def source_table(
    doc: Disclosure, part_of: str | None, *, general_public: bool = False
) -> tuple[StandardTable, str] | None:
    """The table and column a function list is taken from, or ``None`` when absent.
    Lists breaking down an appropriation figure (一般公共预算支出, 财政拨款支出) are taken
    from 表5 first; ``general_public``: the list breaks down a figure of the general public
    budget (its 项目支出), so 表5 is looked at first too."""
    if part_of in APPROPRIATION_WHOLES or general_public:
        kinds = (TableKind.T5, TableKind.T3)
    else:
        kinds = (TableKind.T3, TableKind.T5)
    column = "project" if part_of == "project_expenditure" else "total"
    for kind in kinds:
        table = doc.table(kind)
        if table is not None and any(r.code for r in table.rows):
            if column == "total" and column not in table.columns and "amount" in table.columns:
                return table, "amount"  # a table of one amount column (Jiangsu 表5: 金额)
            return table, column
    return None


_LEVEL_MARK = re.compile(r"[(（](?:类|款|项)[)）]")
_MARKED_PART = re.compile(r"(?P<name>[^()（）]*)[(（](?P<level>类|款|项)[)）]")
_LEVELS = {"类": Level.CLASS, "款": Level.SECTION, "项": Level.ITEM}
_TRAILING_SUBJECT = re.compile(r"(?<=[(（][类款项][)）])科目$")


def _without_trailing_words(text: str) -> str:
    """``text`` without a 科目 written after its last level mark (``…(项)科目``)."""
    return _TRAILING_SUBJECT.sub("", text)


def name_candidates(name: str) -> list[str]:
    """The names a narrative item may mean, normalised, most specific first.

    Items are often written with level marks: ``公共安全(类)支出`` (= 公共安全支出),
    ``一般公共服务支出(类)财政事务(款)一般行政管理事务(项)`` (a path: the 项 is meant),
    ``法院(款)行政运行(项)支出``, Shanghai's ``…(项)科目``. The last segment is tried as
    written and without a trailing 支出; without level marks the name is taken as it is.
    """
    text = _without_trailing_words(normalize_name(name))
    parts = [p for p in _LEVEL_MARK.split(text) if p]
    if len(parts) <= 1:
        return [parts[0]] if parts else [text]
    if parts[-1] == "支出":
        parts = [*parts[:-2], parts[-2] + "支出"]
    last = parts[-1]
    candidates = [last]
    if last.endswith("支出") and len(last) > 2:
        candidates.append(last.removesuffix("支出"))
    return candidates


def name_path(name: str) -> list[tuple[str, Level]]:
    """The 类/款/项 path a name written with level marks gives, outermost first:
    ``一般公共服务支出(类)组织事务(款)一般行政管理事务(项)科目`` →
    ``[("一般公共服务支出", 类), ("组织事务", 款), ("一般行政管理事务", 项)]``; a 支出 written
    after the last mark (``法院(款)行政运行(项)支出``) is not part of the path. Empty for a
    name with fewer than two marks."""
    text = normalize_name(name)
    path = [
        (m.group("name"), _LEVELS[m.group("level")])
        for m in _MARKED_PART.finditer(text)
        if m.group("name")
    ]
    return path if len(path) >= 2 else []


@lru_cache(maxsize=4096)
def _name_ratio(first: str, second: str) -> float:
    """difflib's ratio, or 0.0 when a cheap upper bound already rules out a near miss (the
    only use of the ratio is to compare it with ``NEAR_MISS``)."""
    if len(first) == len(second) > 3 and sorted(first) == sorted(second):
        return NEAR_MISS  # the same characters transposed: 一般行政事务管理 for 一般行政管理事务
    if ratio_bound(first, second) < NEAR_MISS:  # quick_ratio, before any matcher is built
        return 0.0
    return SequenceMatcher(None, first, second).ratio()


Named = tuple[Row, str]
"""A row and its name as compared (:func:`~yusuan.catalog.catalog.normalize_name`)."""


@per_run
def _named_rows(table: StandardTable) -> tuple[Named, ...]:
    """The coded rows of ``table`` that print a name, with their names as compared."""
    return tuple((r, normalize_name(r.name)) for r in table.rows if r.code and r.name)


def _exact(rows: Sequence[Named], wanted: list[str], amount: Decimal | None = None) -> Row | None:
    """The first row named like one of ``wanted``; among several (行政运行 is under many
    款), the first whose amount is ``amount`` when there is one."""
    named = [r for r, name in rows if name in wanted]
    if amount is not None and len(named) > 1:
        equal = [r for r in named if any(c.value == amount for c in r.cells.values())]
        named = equal or named
    return named[0] if named else None


def _near(rows: Sequence[Named], wanted: list[str]) -> Row | None:
    """The first row whose name is closest to one of ``wanted``, if a near miss."""
    best: Row | None = None
    best_ratio = -1.0
    for row, name in rows:
        if not row.name:
            continue
        size = len(name)
        for candidate in wanted:
            # hot path: difflib's ratio is at most 2·min(len)/(sum of len); names whose
            # lengths put that bound below NEAR_MISS (0.8 = 4/5, in integers) are skipped
            other = len(candidate)
            if 5 * min(size, other) < 2 * (size + other):
                continue
            ratio = _name_ratio(candidate, name)
            if ratio > best_ratio:
                best, best_ratio = row, ratio
    return best if best_ratio >= NEAR_MISS else None


def _path_row(rows: Sequence[Named], path: list[tuple[str, Level]]) -> tuple[Row, bool] | None:
    """The row a 类/款/项 path names, and whether a near-miss name was needed on the way.

    Each part is looked for among the rows under the code its outer parts gave (any row for
    the first), at the level its mark states: ``组织事务(款)一般行政管理事务(项)`` is 2013202,
    not the first 一般行政管理事务 of the table. A part no row under that code is named like
    (an outer name of another year, a 款 written as a 项) is passed over; ``None`` when the
    last part is not found.
    """
    prefix = ""
    near_used = False
    found: Row | None = None
    for position, (part, level) in enumerate(path):
        wanted = [part, part + "支出"]
        if part.endswith("支出") and len(part) > 2:
            wanted.append(part.removesuffix("支出"))
        under = [
            (r, n) for r, n in rows if r.code and r.code.startswith(prefix) and r.code != prefix
        ]
        at_level = [(r, n) for r, n in under if r.level is level] or under
        row = _exact(at_level, wanted)
        near = row is None
        if near:
            row = _near(at_level, wanted)
        if row is None:
            if position == len(path) - 1:
                return None
            continue
        near_used = near_used or near
        prefix = row.code or prefix
        found = row
    return (found, near_used) if found is not None else None


@per_run
def _listing_rows(doc: Disclosure) -> tuple[tuple[StandardTable, Row, str], ...]:
    """Function rows of 表1 and 表4 (which print every class, blank ones included), with
    their names as compared (``""`` for a row without one)."""
    found: list[tuple[StandardTable, Row, str]] = []
    for kind in (TableKind.T1, TableKind.T4):
        table = doc.table(kind)
        if table is not None:
            found.extend(
                (table, r, normalize_name(r.name or "")) for r in table.coded_rows(Section.FUNCTION)
            )
    return tuple(found)


def match_function(doc: Disclosure, figure: NarrativeFigure) -> FunctionMatch | None:
    """The row ``figure`` names; ``None`` when the figure has no name or no source table."""
    if not figure.name:
        return None
    general_public = _breaks_down_general_public(doc, figure)
    source = source_table(doc, figure.part_of, general_public=general_public)
    if source is None:
        return None
    table, column = source
    rows = _named_rows(table)
    wanted = name_candidates(figure.name)

    def value_of(row: Row) -> TableValue | None:
        return row_value(table, row, column, figure.unit, f"{table.describe()} {row.describe()}")

    appropriations = figure.part_of in APPROPRIATION_WHOLES or general_public
    if table.kind is TableKind.T5 and not appropriations:
        # a list of the whole budget where 表3 prints no function rows (Jiangsu): 表5 holds the
        # appropriation only; 表1 prints each class with all sources, without its code
        summary = _summary_row(doc, wanted, figure.unit)
        if summary is not None:
            return FunctionMatch("exact", figure, summary[0], summary[1])
    path = name_path(figure.name)
    on_path = _path_row(rows, path) if path else None
    if on_path is not None:
        path_row, near_on_path = on_path
        kind: MatchKind = "near" if near_on_path else "exact"
        return FunctionMatch(kind, figure, path_row, value_of(path_row))
    exact = _exact(rows, wanted, figure.amount)
    if exact is not None:
        return FunctionMatch("exact", figure, exact, value_of(exact))
    near = _near(rows, wanted)
    if near is not None:
        return FunctionMatch("near", figure, near, value_of(near))

    # the figure in the table's unit: exact (万元 ↔ 元 only shifts the exponent), so each
    # row's amount is compared as printed instead of being converted
    wanted_amount = convert(figure.amount, figure.unit, table.unit)
    holding = (
        [r for r, _ in rows if r.amount(column) == wanted_amount and r.level is not None]
        if figure.amount != 0
        else []
    )
    if holding:
        deepest_first = figure.part_of == "project_expenditure"
        holding.sort(key=lambda r: _LEVEL_ORDER[r.level or Level.CLASS], reverse=deepest_first)
        return FunctionMatch("elsewhere", figure, holding[0], value_of(holding[0]))

    listing = _listing_rows(doc)
    listed = [(r, name) for _, r, name in listing]
    candidates: tuple[tuple[MatchKind, Row | None], ...] = (
        ("exact", _exact(listed, wanted, figure.amount)),
        ("near", _near(listed, wanted)),
    )
    for kind, found in candidates:
        if found is None:
            continue
        owner = next(t for t, r, _ in listing if r is found)
        value = row_value(owner, found, None, figure.unit, f"{owner.describe()} {found.describe()}")
        if value is not None and figure.part_of == "project_expenditure":
            # a class absent from the source table has no project expenditure
            value = TableValue(amount=Decimal(0), place=value.place, label=value.label)
        return FunctionMatch(kind, figure, found, value)
    return FunctionMatch("unknown", figure)


_NUMBERING = re.compile(r"^[一二三四五六七八九十]+、")


def _summary_row(doc: Disclosure, wanted: list[str], unit: Unit) -> tuple[Row, TableValue] | None:
    """The 表1 expenditure line named like ``wanted`` (``四、公共安全支出``), printed without
    a code, and its amount in ``unit``."""
    t1 = doc.table(TableKind.T1)
    if t1 is None:
        return None
    for row in t1.rows:
        if row.section is not Section.FUNCTION or row.key is not None or row.code:
            continue
        name = normalize_name(_NUMBERING.sub("", row.name or row.label))
        if name in wanted:
            value = row_value(t1, row, None, unit, f"{t1.describe()} {row.label}")
            if value is not None:
                return row, value
    return None


def _breaks_down_general_public(doc: Disclosure, figure: NarrativeFigure) -> bool:
    """True when the figure ``figure`` breaks down (the last one of key ``part_of`` stated
    before it) is itself part of 一般公共预算支出: 一般公共预算 … 项目支出 X 万元，其中按功能
    科目分类 …"""
    parent = _broken_down(doc).get(id(figure))
    return parent is not None and parent.part_of == "general_public_expenditure"


@per_run
def _broken_down(doc: Disclosure) -> dict[int, NarrativeFigure | None]:
    """For each narrative figure (by id), the last figure before it whose key is its
    ``part_of`` (the figure it breaks down), or ``None``."""
    found: dict[int, NarrativeFigure | None] = {}
    last: dict[str | None, NarrativeFigure] = {}  # the last figure of each key so far
    for figure in doc.narrative:
        if id(figure) not in found:
            found[id(figure)] = last.get(figure.part_of)
        last[figure.key] = figure
    return found


def function_matches(doc: Disclosure) -> list[FunctionMatch]:
    """The match of every named function figure of ``doc`` (see :func:`match_function`)."""
    return list(_function_matches(doc))


@per_run
def _function_matches(doc: Disclosure) -> tuple[FunctionMatch, ...]:
    matches = (match_function(doc, f) for f in doc.figures("function"))
    return tuple(m for m in matches if m is not None)
