"""Table headers: where the header ends, what each column holds, which table it can be.

A header may take several rows; an upper row spans the columns below it. In a read grid a
spanning cell either repeats (``Cell.spanned``) or leaves blanks, so blanks in an upper row
mean "same as the cell to the left" and blanks in the lowest row "same as the cell above".
Each column gets its *path* of header texts (``("基本支出", "人员经费")``) and, from the
lowest text, a role and a canonical key (:data:`~yusuan.extract.table_vocabulary.COLUMN_KEYS`;
an unknown header becomes a key equal to its own printed text, never a guess).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from yusuan.extract.codes import is_code_text, split_code_and_name
from yusuan.extract.table_titles import parse_unit, parse_unit_name, title_kind
from yusuan.extract.table_vocabulary import (
    COLUMN_KEYS,
    COLUMN_ROLES,
    ECONOMIC_TOTAL_ROW_KEYS,
    EXPENDITURE_ONLY_KEYS,
    EXPENDITURE_ROW_KEYS,
    INCOME_COLUMN_KEYS,
    INCOME_ROW_KEYS,
    THREE_PUBLIC_ROW_KEYS,
    TOTAL_ROW_LABELS,
    ColumnRole,
    compact,
    compact_each,
)
from yusuan.model.amount import is_amount_text
from yusuan.model.tables import Section, TableKind
from yusuan.read.document import Cell, Table

_DIGIT = re.compile(r"\d")
_HEADER_ONLY_FIRST_CELLS = frozenset(("栏次", "行次"))
_MAX_PREAMBLE_ROWS = 3
_MAX_HEADER_ROWS = 6  # a standard table's header never takes more rows than this


@dataclass(slots=True)
class Column:
    """One column of a table: its index, printed header path, role and key (amount columns)."""

    index: int
    path: tuple[str, ...]
    role: ColumnRole
    key: str = ""
    level: str = ""  # 类 / 款 / 项 for CODE_PART columns

    @property
    def printed(self) -> str:
        """The lowest header text, as printed (``人员经费``)."""
        return self.path[-1] if self.path else ""


@dataclass(slots=True)
class ColumnGroup:
    """One side of a side-by-side table (T1/T4): a label column and its amount columns."""

    section: Section
    label: Column
    amounts: list[Column] = field(default_factory=list)
    purpose: bool = False  # expenditure by purpose (支出用途: 基本支出/项目支出), Jiangsu T1/T4


@dataclass(slots=True)
class Preamble:
    """Title / unit lines printed as rows inside the grid (spreadsheet conversions)."""

    title: str | None = None
    unit_line: str | None = None
    unit_name: str | None = None


@dataclass(slots=True)
class HeaderLayout:
    """The header of one table: rows it takes and what each column holds."""

    body_start: int
    columns: list[Column]
    groups: list[ColumnGroup] = field(default_factory=list)
    preamble: Preamble = field(default_factory=Preamble)

    @property
    def is_side_by_side(self) -> bool:
        return len(self.groups) >= 2

    def of_role(self, role: ColumnRole) -> list[Column]:
        return [column for column in self.columns if column.role is role]

    def by_role(self) -> dict[ColumnRole, list[Column]]:
        """The columns of each role present, in column order (:meth:`of_role` of every
        role in one pass)."""
        found: dict[ColumnRole, list[Column]] = {}
        for column in self.columns:
            found.setdefault(column.role, []).append(column)
        return found

    @property
    def amount_keys(self) -> set[str]:
        return {column.key for column in self.columns if column.role is ColumnRole.AMOUNT}

    def text(self) -> str:
        """All header texts, compact (for word tests)."""
        # compact works character by character: compacting the joined texts is the same
        return compact("".join([part for column in self.columns for part in column.path]))


def strip_list_number(text: str) -> str:
    """The label without list numbering: ``一、…``, ``1. …``, ``其中：（1）…``."""
    rest = text.strip()
    if not rest or not (
        rest[0] in _LIST_MARK_STARTS or rest[0].isdigit() or rest.startswith("其中")
    ):
        return rest  # hot path: no list number can start here
    while True:
        before = rest
        if rest.startswith("其中"):
            rest = rest[2:].lstrip(":： \u3000")
        rest = _strip_one_number(rest)
        if rest == before:
            return rest


def _strip_one_number(text: str) -> str:
    if not text:
        return text
    if text[0] in "(（":
        close = next((i for i, ch in enumerate(text[:6]) if ch in ")）"), -1)
        if close > 1 and _is_number(text[1:close]):
            return text[close + 1 :].lstrip(" \u3000、.．")
        return text
    end = 0
    while end < len(text) and end < 4 and _is_number(text[: end + 1]):
        end += 1
    if end and end < len(text) and text[end] in "、.．":
        if text[end] in ".．" and end + 1 < len(text) and text[end + 1].isdigit():
            return text  # 1.5 is a number, not a list marker
        return text[end + 1 :].lstrip(" \u3000")
    return text


_CHINESE_NUMERALS = "一二三四五六七八九十"
_LIST_MARK_STARTS = "(（" + _CHINESE_NUMERALS


def _is_number(text: str) -> bool:
    # ``strip`` leaves nothing exactly when every character is a numeral
    return bool(text) and (text.isdigit() or not text.strip(_CHINESE_NUMERALS))


def row_label_key(text: str) -> str | None:
    """The standard row key a printed label names in any table (T1/T4 income and
    expenditure lines, 合计), or ``None``."""
    return row_words_key(compact(strip_list_number(text)))


def row_words_key(words: str) -> str | None:
    """:func:`row_label_key` of a label already compact and without its list number."""
    if words in TOTAL_ROW_LABELS:
        return "total"
    return (
        INCOME_ROW_KEYS.get(words)
        or EXPENDITURE_ROW_KEYS.get(words)
        or ECONOMIC_TOTAL_ROW_KEYS.get(words)
    )


def three_public_key(text: str) -> str | None:
    """The T7 row key of a printed label (``2. 公务用车购置及运行维护费`` → ``official_cars``)."""
    return THREE_PUBLIC_ROW_KEYS.get(compact(strip_list_number(text)))  # quotes: compact drops


def _is_data_row(row: list[Cell]) -> bool:
    first = row[0].text if row else ""
    words = compact(first)
    if words in _HEADER_ONLY_FIRST_CELLS:
        return False
    if words and is_code_text(first):
        return True
    split = split_code_and_name(first) if first else None
    if split and len(split[0]) in (3, 5, 7):
        return True
    texts = [cell.text for cell in row if cell.text and not cell.spanned]
    # hot path: a header row rarely prints a digit, and every amount holds one
    if _DIGIT.search("".join(texts)) and any(is_amount_text(text) for text in texts):
        return True
    # 合计 / 一、… with no amounts: a data row only when nothing else is printed beside it
    # (a header row may start with 合计 too: ``合计 | 因公出国（境）费 | 公务接待费``).
    if words and compact(strip_list_number(first)) in _STANDARD_ROW_WORDS:
        return all(not cell.text or cell.text == first for cell in row[1:])
    return False


# the labels :func:`row_label_key` or :func:`three_public_key` know (compact, unnumbered)
_STANDARD_ROW_WORDS = frozenset(
    (
        *TOTAL_ROW_LABELS,
        *INCOME_ROW_KEYS,
        *EXPENDITURE_ROW_KEYS,
        *ECONOMIC_TOTAL_ROW_KEYS,
        *THREE_PUBLIC_ROW_KEYS,
    )
)


def _is_column_number_row(row: list[Cell]) -> bool:
    """``栏次 | 1 | 栏次 | 2``: the column-number row of a final-account table, no header."""
    return bool(row) and compact(row[0].text) in _HEADER_ONLY_FIRST_CELLS


def _preamble_line(row: list[Cell]) -> tuple[str, str] | None:
    """(kind, text) when a grid row is a title / unit / unit-name line, else ``None``."""
    texts = list(dict.fromkeys([cell.text for cell in row if cell.text]))
    if not texts or len(texts) > 2:
        return None
    joined = " ".join(texts)
    if parse_unit_name(joined):
        return "unit_name", joined
    if parse_unit(joined) and len(compact(joined)) < 30:
        return "unit", joined
    if len(texts) == 1 and title_kind(joined):
        return "title", joined
    return None


def read_preamble(rows: list[list[Cell]]) -> tuple[Preamble, int]:
    """(the title / unit lines printed as the first grid rows, the index of the first row
    after them)."""
    preamble = Preamble()
    start = 0
    while start < len(rows) and start < _MAX_PREAMBLE_ROWS:
        line = _preamble_line(rows[start])
        if line is None:
            break
        kind, text = line
        if kind == "title":
            preamble.title = text
        elif kind == "unit":
            preamble.unit_line = text
        else:
            preamble.unit_name = text
            if parse_unit(text):
                preamble.unit_line = text
        start += 1
    return preamble, start


def body_start(rows: list[list[Cell]], start: int) -> int:
    """The first body row of a table's rows whose header starts at row ``start``."""
    body = start
    limit = min(len(rows), start + _MAX_HEADER_ROWS)
    while body < limit and not _is_data_row(rows[body]):
        body += 1
    return body


def header_bounds(rows: list[list[Cell]]) -> tuple[Preamble, int, int]:
    """(the preamble lines, the first header row, the first body row) of a table's rows."""
    preamble, start = read_preamble(rows)
    return preamble, start, body_start(rows, start)


def analyse_header(table: Table, bounds: tuple[Preamble, int, int] | None = None) -> HeaderLayout:
    """Find the header rows of ``table`` and describe its columns (``bounds``: what
    :func:`header_bounds` returned for its rows, when the caller has it).

    Never raises: a table without recognisable headers comes back with columns whose role
    is guessed from the body (amounts or text) so the caller can still decide what it is.
    """
    rows = table.rows
    found, start, body = bounds if bounds is not None else header_bounds(rows)
    # a header row holding only merged copies of the row above adds nothing (and its blanks
    # would be taken for spans from the left)
    header_rows = [
        row
        for row in rows[start:body]
        if any(cell.text and not cell.spanned for cell in row) and not _is_column_number_row(row)
    ]
    paths = _column_paths(header_rows, table.n_columns)
    body_rows = rows[body:]
    columns = [_column(index, path, body_rows) for index, path in enumerate(paths)]
    _code_parts_in_first_row(columns, body_rows)
    _make_keys_unique(columns)
    layout = HeaderLayout(body_start=body, columns=columns, preamble=found)
    _unheaded_item_labels(columns)
    _names_as_group_labels(columns)
    labels = layout.of_role(ColumnRole.LABEL)
    if len(labels) >= 2:
        layout.groups = _groups(columns, body_rows)
    return layout


def _unheaded_item_labels(columns: list[Column]) -> None:
    """``项目名称 | (blank) | 金额`` with item names under the blank: the header spans both
    label columns (Jiangsu 收入预算总表: 一般公共预算资金 | 小计)."""
    if len(columns) < 3 or any(c.role is not ColumnRole.AMOUNT for c in columns[2:]):
        return
    left, right = columns[0], columns[1]
    if (
        left.role is ColumnRole.LABEL
        and left.path
        and not right.path
        and right.role is (ColumnRole.DESCRIPTIVE)
    ):
        right.role = ColumnRole.LABEL
        right.path = left.path


def _names_as_group_labels(columns: list[Column]) -> None:
    """In a side-by-side table without code columns, a ``功能科目名称`` column heads its own
    group like the ``项目名称`` columns beside it (Jiangsu 收支预算总表: 收入 | 功能分类 |
    支出用途)."""
    if any(c.role in (ColumnRole.CODE, ColumnRole.CODE_PART) for c in columns):
        return
    labels = [c for c in columns if c.role is ColumnRole.LABEL]
    names = [c for c in columns if c.role is ColumnRole.NAME]
    if labels and names and len(labels) + len(names) >= 3:
        for column in names:
            column.role = ColumnRole.LABEL


def _column_paths(header_rows: list[list[Cell]], width: int) -> list[tuple[str, ...]]:
    grid = [[cell.text.strip() for cell in row] for row in header_rows]
    for r, row in enumerate(grid[:-1]):  # upper rows: blank = same as left
        for c in range(1, width):
            if not row[c] and row[c - 1] and _blank_below_is_leaf(grid, r, c):
                row[c] = row[c - 1]
    paths: list[tuple[str, ...]] = []
    for c in range(width):
        path: list[str] = []
        for row in grid:
            if row[c] and (not path or path[-1] != row[c]):
                path.append(row[c])
        paths.append(tuple(path))
    return paths


def _blank_below_is_leaf(grid: list[list[str]], r: int, c: int) -> bool:
    """An upper blank spans from the left only when a lower row names this column."""
    return any(grid[below][c] for below in range(r + 1, len(grid)))


def _column(index: int, path: tuple[str, ...], body: list[list[Cell]]) -> Column:
    """The column at ``index`` with header ``path`` (judged by ``body`` when it has no
    header text)."""
    described = _header_role(path)
    if described is not None:
        role, key, level = described
        return Column(index, path, role, key, level)
    texts = [row[index].text for row in body if index < len(row) and row[index].text]
    if texts and all(is_amount_text(text) for text in texts):
        return Column(index, path, ColumnRole.AMOUNT, key=f"第{index + 1}列")
    if texts:
        return Column(index, path, ColumnRole.LABEL if index == 0 else ColumnRole.DESCRIPTIVE)
    return Column(index, path, ColumnRole.DESCRIPTIVE)


# hot path: a pure function of a column's header texts, which recur across the documents of
# the field (一般公共预算拨款, 基本支出 / 人员经费 …); bounded, so a new header costs one miss
@lru_cache(maxsize=1024)
def _header_role(path: tuple[str, ...]) -> tuple[ColumnRole, str, str] | None:
    """(role, key, level) of a column headed by ``path`` (its header texts top down, stripped),
    ``None`` when it has no header text (the body decides)."""
    leaf = compact(path[-1]) if path else ""
    role = COLUMN_ROLES.get(leaf)
    if role is ColumnRole.CODE_PART:
        return role, "", leaf
    if role is not None:
        return role, "", ""
    key = COLUMN_KEYS.get(leaf)
    if ((key == "total" and leaf == "小计") or key == "amount") and len(path) >= 2:
        parent = COLUMN_KEYS.get(compact(path[-2]))
        if key == "total" and parent == "project":
            key = parent  # 项目支出 / 小计 (beside 其中：基本建设资金支出) is the 项目支出 column
        if key == "amount" and parent in INCOME_COLUMN_KEYS:
            key = parent  # 事业收入 / 金额 (beside 其中：教育收费) is the 事业收入 column
    if key:
        return ColumnRole.AMOUNT, key, ""
    if not leaf:
        return None
    if "单位" in leaf and ("名称" in leaf or "代码" in leaf or "编码" in leaf):
        return ColumnRole.DESCRIPTIVE, "", ""
    if leaf.endswith(("编码", "代码")):
        return ColumnRole.CODE, "", ""
    if leaf.endswith("名称"):
        return ColumnRole.NAME, "", ""
    if leaf.startswith("项目") and "分类" in leaf:  # 项目（按功能分类）
        return ColumnRole.LABEL, "", ""
    return ColumnRole.AMOUNT, path[-1].strip(), ""


def _code_parts_in_first_row(columns: list[Column], body: list[list[Cell]]) -> None:
    """``类 | 款 | 项 | 合计 | 2,946.25 …``: the 类/款/项 words under a ``科目编码`` header sit in
    the first data row (the 合计 row); the columns are then split-code parts."""
    if not body:
        return
    first = body[0]
    parts = [
        c
        for c in columns
        if c.role is ColumnRole.CODE and c.index < len(first) and first[c.index].text in "类款项"
    ]
    if len(parts) >= 2 and all(first[c.index].text for c in parts):
        for column in parts:
            column.role = ColumnRole.CODE_PART
            column.level = first[column.index].text


def column_halves(columns: list[Column]) -> list[list[Column]]:
    """The column blocks of a coded list printed in several blocks side by side (Shanghai
    final 基本支出决算表: ``类 | 款 | 科目名称 | 决算数 | 类 | 款 | 科目名称 | 决算数``): split
    where the leading code column repeats. One block for any other table."""
    lead = next((c for c in columns if c.role in (ColumnRole.CODE, ColumnRole.CODE_PART)), None)
    if lead is None:
        return [columns]
    starts = [
        i
        for i, c in enumerate(columns)
        if c.role is lead.role and c.level == lead.level and c.printed == lead.printed
    ]
    if len(starts) < 2:
        return [columns]
    first = columns.index(lead)
    starts[0] = 0 if first == starts[0] else starts[0]
    return [columns[a:b] for a, b in zip(starts, [*starts[1:], len(columns)], strict=True)]


def _make_keys_unique(columns: list[Column]) -> None:
    """Within one table, give a repeated amount key its parent header (``年初预算数.total``);
    side-by-side tables are keyed per group, and blocks of a list printed side by side per
    block, so their repeats are left alone."""
    if sum(1 for column in columns if column.role is ColumnRole.LABEL) >= 2:
        return
    for block in column_halves(columns):
        _make_block_keys_unique(block)


def _make_block_keys_unique(columns: list[Column]) -> None:
    seen: set[str] = set()
    for column in columns:
        if column.role is not ColumnRole.AMOUNT:
            continue
        if column.key in seen:
            parent = compact(column.path[-2]) if len(column.path) >= 2 else ""
            column.key = f"{parent}.{column.key}" if parent else f"{column.key}.{column.index + 1}"
        seen.add(column.key)


def _groups(columns: list[Column], body: list[list[Cell]]) -> list[ColumnGroup]:
    groups: list[ColumnGroup] = []
    used: set[Section] = set()
    current: ColumnGroup | None = None
    for column in columns:
        if column.role is ColumnRole.LABEL:
            words = _label_words(column, columns)
            purpose = "用途" in words  # expenditure by purpose (header ``支出用途``)
            section = Section.ECONOMIC if purpose else _section_of(column, words, body, used)
            used.add(section)
            current = ColumnGroup(section=section, label=column, purpose=purpose)
            groups.append(current)
        elif column.role is ColumnRole.AMOUNT and current is not None:
            current.amounts.append(column)
    return groups


def _label_words(label: Column, columns: list[Column]) -> str:
    """The compact header words of a label column and the label's own upper header,
    printed over its first amount column (收入 / 支出（功能分类）/ 支出（部门预算经济分类）)."""
    words = "".join(label.path)
    for column in columns:
        if column.index > label.index and column.role is ColumnRole.AMOUNT:
            words += "".join(column.path[:-1])
            break
    return compact(words)


def _section_of(label: Column, words: str, body: list[list[Cell]], used: set[Section]) -> Section:
    """The section of a label column (``words``: see :func:`_label_words`)."""
    # The codes under the label decide first: 2xx function, 3xx/5xx economic.
    for row in body:
        text = row[label.index].text if label.index < len(row) else ""
        split = split_code_and_name(text) if text else None
        if split and len(split[0]) == 3:
            return Section.FUNCTION if split[0].startswith("2") else Section.ECONOMIC
    if "收入" in words and "支出" not in words:
        return Section.INCOME
    if "经济" in words:
        return Section.ECONOMIC
    if "功能" in words:
        return Section.FUNCTION
    for section in (Section.INCOME, Section.FUNCTION, Section.ECONOMIC):
        if section not in used:
            return section
    return Section.ECONOMIC


def header_kinds(layout: HeaderLayout, table: Table) -> set[TableKind]:
    """The standard tables ``table`` can be, judged by its header words (and, for T7, its
    row labels). Empty when the header says nothing; several when it cannot tell (a table
    with only 总计/基本支出/项目支出 columns may be T3, T5 or T8)."""
    keys = layout.amount_keys
    words = layout.text()
    if "三公" in words or _has_three_public_rows(layout, table):
        return {TableKind.T7}
    if layout.is_side_by_side:
        if keys & {"general_public", "government_fund"} or "财政拨款" in words:
            return {TableKind.T4}
        return {TableKind.T1}
    if {"personnel", "public"} <= keys:
        return {TableKind.T6}
    if keys & INCOME_COLUMN_KEYS:
        return {TableKind.T2}
    if keys & EXPENDITURE_ONLY_KEYS:
        return {TableKind.T3}
    if "政府性基金" in words:
        return {TableKind.T8}
    if "一般公共预算" in words:
        return {TableKind.T5}
    if {"basic", "project"} & keys or "total" in keys:
        return {TableKind.T3, TableKind.T5, TableKind.T8}
    return set()


def _has_three_public_rows(layout: HeaderLayout, table: Table) -> bool:
    """Row labels such as 因公出国（境）费 / 公务接待费 in the first column (T7 is row-based)."""
    if layout.is_side_by_side or layout.of_role(ColumnRole.CODE):
        return False
    start = layout.body_start
    labels = [row[0].text for row in table.rows[start : start + 10] if row[0].text]
    return sum(1 for label in labels if three_public_key(label)) >= 2


_CODE_HOLDING_ROLES = frozenset(
    (ColumnRole.CODE, ColumnRole.CODE_PART, ColumnRole.LABEL, ColumnRole.NAME)
)


def has_coded_rows(layout: HeaderLayout, table: Table) -> bool:
    """True when the body holds classification codes (in a code column or a label cell)."""
    # (the order of the columns does not matter: any code found answers)
    columns = [column for column in layout.columns if column.role in _CODE_HOLDING_ROLES]
    for row in table.rows[layout.body_start : layout.body_start + 12]:
        for column in columns:
            text = row[column.index].text if column.index < len(row) else ""
            if text and (is_code_text(text) or split_code_and_name(text)):
                return True
    return False


# What makes :func:`header_kinds` name a kind, tested on each header cell's compact text:
# a word it looks for in the joined header words (or a cell ending in the start of one, which
# the next cell may complete), a header read as a label (two labels make a side-by-side table;
# names may become labels) — the other roles and keys come from the vocabulary or the text.
# Searched in the cells' texts each after a newline (every alternative then starts with one
# of a few characters, which lets the regex engine skip the other positions quickly).
_KIND_SIGNS = re.compile(
    "三公|政府性基金|一般公共预算|\n项目.*分类"
    "|(?:名称|三|政|政府|政府性|政府性基|一|一般|一般公|一般公共|一般公共预)$",
    re.MULTILINE,
)
_HEADER_VOCABULARY = frozenset(COLUMN_ROLES) | frozenset(COLUMN_KEYS)
# keys :func:`header_kinds` tests, in case a header prints one as its own text
_KIND_KEYS = frozenset(
    ("personnel", "public", "basic", "project", "total", "general_public", "government_fund")
) | (INCOME_COLUMN_KEYS | EXPENDITURE_ONLY_KEYS)


def may_name_a_kind(table: Table, start: int, body: int | None = None) -> bool:
    """False only when :func:`header_kinds` is sure to return no kind for ``table``, whose
    header rows are ``start`` to ``body`` (see :func:`header_bounds`; ``None``: not known
    yet, every row the header may take is tested).

    A cheap test on the texts :func:`analyse_header` reads as headers: none in the column
    vocabulary, none holding (or ending in the start of) a word ``header_kinds`` looks for,
    none naming a label or a name column; and fewer than two 三公 row labels at the top of
    the body. (Columns without header text are amounts, or descriptive, or one label.)
    """
    rows = table.rows
    header_end = start + _MAX_HEADER_ROWS if body is None else body
    texts = [cell.text.strip() for row in rows[start:header_end] for cell in row]
    if not _KIND_KEYS.isdisjoint(texts):
        return True
    # hot path: all cells compacted at once, then each put on its own line for the signs
    words = compact_each(texts)
    if not _HEADER_VOCABULARY.isdisjoint(words):
        return True
    if _KIND_SIGNS.search("\n" + "\n".join(words)):
        return True
    body_end = header_end + 10  # the body rows _has_three_public_rows reads
    labels = [
        row[0].text
        for row in rows[start if body is None else body : body_end]
        if row and _MAY_BE_THREE_PUBLIC.search(row[0].text)
    ]
    return sum(1 for label in labels if three_public_key(label)) >= 2


# every 三公 row label holds 公 (因公出国, 公务用车, 公务接待, 三公经费) or 计 (合计, 小计, 总计)
_MAY_BE_THREE_PUBLIC = re.compile("[公计]")
