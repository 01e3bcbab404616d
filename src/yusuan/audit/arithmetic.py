"""Building blocks for the arithmetic rules (H: within a table, X: between tables).

An identity compares one printed amount (the *aggregate*, where the finding is placed) with
the sum of other printed amounts (the *parts*, listed as ``related`` places so a reader can
see every cell involved). A blank cell counts as zero in a sum, but is shown as ``空白``; a
row or column a table does not print counts as zero too. The rounding tolerance grows with
the number of printed (non-blank) parts, since a blank has no rounding error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from yusuan.audit.context import NotApplicable, RuleContext, cell_place, per_run
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.catalog.catalog import normalize_name
from yusuan.model.amount import Unit, scale
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import (
    COLUMN_LABELS,
    AmountCell,
    Level,
    Row,
    Section,
    StandardTable,
    TableKind,
)

FUNCTION_TABLES = (TableKind.T2, TableKind.T3, TableKind.T5, TableKind.T8)
"""Tables whose rows are function codes (类/款/项)."""

HIERARCHY_TABLES = (*FUNCTION_TABLES, TableKind.T6)
"""Tables with a code hierarchy (T6: economic 类/款)."""

SIDE_BY_SIDE_TABLES = (TableKind.T1, TableKind.T4)
"""Tables printing income and expenditure side by side (T1 收支总表, T4 财政拨款收支总表)."""

INCOME_ITEMS = (
    "general_public_appropriation",
    "government_fund_appropriation",
    "state_capital_appropriation",
    "service_revenue",
    "operating_revenue",
    "grants_from_higher_level",
    "remittances_from_subordinates",
    "other_revenue",
)
"""Row keys of the income sources making up 本年收入合计 (T1, T4)."""

EXPENDITURE_SECTIONS = (Section.FUNCTION, Section.ECONOMIC)

SECTION_LABELS = {
    Section.INCOME: "收入",
    Section.FUNCTION: "按功能分类",
    Section.ECONOMIC: "按经济分类",
}

ZERO = Decimal(0)


@dataclass(frozen=True)
class Term:
    """One printed amount taking part in an identity: ``row``'s cell in ``column``."""

    table: StandardTable
    row: Row
    column: str

    @property
    def value(self) -> Decimal | None:
        return self.row.value(self.column)

    @property
    def amount(self) -> Decimal:
        return self.row.amount(self.column)

    @property
    def place(self) -> Place:
        return cell_place(self.table, self.row, self.column)

    @property
    def printed(self) -> str:
        return show(self.value)


def show(value: Decimal | None) -> str:
    """An amount as a message shows it: the printed digits, or ``空白`` for a blank cell."""
    return "空白" if value is None else str(value)


def column_label(table: StandardTable, column: str) -> str:
    """The column as printed in ``table`` (or its standard label)."""
    return table.columns.get(column) or COLUMN_LABELS.get(column, column)


def amount_columns(table: StandardTable, rows: Iterable[Row] | None = None) -> list[str]:
    """Canonical keys of the amount columns of ``table`` (those of ``rows`` when given), in
    header order, then any other column a row has a cell for."""
    if rows is None:
        return list(_table_amount_columns(table))
    return _amount_columns(table, list(rows))


@per_run
def _table_amount_columns(table: StandardTable) -> tuple[str, ...]:
    return tuple(_amount_columns(table, table.rows))


def _amount_columns(table: StandardTable, chosen: list[Row]) -> list[str]:
    present: set[str] = set()
    for row in chosen:
        present.update(row.cells)
    seen = [c for c in table.columns if c in present]
    if len(seen) == len(present):
        return seen  # every column the rows print is in the header
    known = set(seen)
    for row in chosen:
        for column in row.cells:
            if column not in known:
                known.add(column)
                seen.append(column)
    return seen


def total_of(terms: Sequence[Term]) -> Decimal:
    """Sum of the parts, blanks counting as zero (at the finest precision printed)."""
    return sum((t.amount for t in terms), ZERO)


def printed_count(terms: Sequence[Term]) -> int:
    """How many of ``terms`` print a number (blanks carry no rounding error)."""
    return sum(1 for t in terms if t.value is not None)


def check_sum(
    ctx: RuleContext,
    aggregate: Term,
    parts: Sequence[Term],
    message: str,
    *,
    offset: Decimal = ZERO,
    severity: Severity | None = None,
) -> Finding | None:
    """A finding when ``aggregate`` differs from the sum of ``parts`` (+ ``offset``).

    ``message`` is a format string with ``{found}`` (the aggregate as printed) and
    ``{expected}`` (the sum). The aggregate itself counts as one printed operand for the
    rounding tolerance.
    """
    expected = total_of(parts) + offset
    found = aggregate.amount
    if found == expected:
        return None  # the identity holds: no message, no places to build
    text = message.format(found=aggregate.printed, expected=expected)
    return ctx.mismatch(
        aggregate.place,
        expected,
        found,
        text,
        parts=max(printed_count(parts), 1),
        related=[p.place for p in parts],
        severity=severity,
    )


def in_wan_yuan(term: Term, like: Decimal) -> Decimal:
    """``term``'s amount in 万元, rounded (when printed in 元) to the decimals of ``like``
    (the 万元 amount it is compared with; at least two)."""
    if term.table.unit is not Unit.YUAN:
        return term.amount
    digits = max(scale(like), 2)
    return (term.amount / 10000).quantize(Decimal(1).scaleb(-digits), ROUND_HALF_UP)


def common_unit(found: Term, expected: Term) -> tuple[Decimal, Decimal, str]:
    """The two amounts in one unit: as printed when both tables state the same unit (or one
    states none); in 万元 when one table is in 元 and the other in 万元 (Shanghai prints
    表7 in 万元, the other tables in 元), with a note saying so."""
    first, second = found.table.unit, expected.table.unit
    if first is None or second is None or first == second:
        return found.amount, expected.amount, ""
    note = (
        f"（表{found.table.kind.number}以{first}列示，表{expected.table.kind.number}"
        f"以{second}列示，已折算为万元比较）"
    )
    return in_wan_yuan(found, expected.amount), in_wan_yuan(expected, found.amount), note


def check_equal(
    ctx: RuleContext,
    found: Term,
    expected: Term | None,
    message: str,
    *,
    severity: Severity | None = None,
) -> Finding | None:
    """A finding when two printed amounts that must be the same differ (a missing row or a
    blank cell counts as zero). ``message`` may use ``{found}`` and ``{expected}``. Amounts
    of tables printed in different units are compared in 万元 (see :func:`common_unit`)."""
    found_amount, expected_amount, note = (
        common_unit(found, expected) if expected else (found.amount, ZERO, "")
    )
    if found_amount == expected_amount:
        return None  # the amounts agree: no message, no places to build
    text = message.format(found=found.printed, expected=expected.printed if expected else "无此行")
    finding = ctx.mismatch(
        found.place,
        expected_amount,
        found_amount,
        text + note,
        parts=1,
        related=[expected.place] if expected else [],
        severity=severity,
    )
    if finding is not None and note:
        finding = finding.model_copy(update={"unit": Unit.WAN_YUAN})
    return finding


def tables_present(
    doc: Disclosure, kinds: Iterable[TableKind], *, skip_empty: bool = True
) -> list[StandardTable]:
    """The tables of ``kinds`` the document has (empty ones left out when ``skip_empty``).

    Raises :class:`NotApplicable` when there is none.
    """
    tables = doc.tables
    usable = []
    for kind in kinds:
        table = tables.get(kind)
        if table is not None and table.rows and not (skip_empty and _is_empty(table)):
            usable.append(table)
    if not usable:
        names = "、".join(f"表{k.number}" for k in kinds)
        raise NotApplicable(f"{names} 均缺失或为空")
    return usable


@per_run
def _is_empty(table: StandardTable) -> bool:
    """``table.is_empty``, computed once per run of the rules."""
    return table.is_empty


def parent_code(code: str) -> str | None:
    """The code one level up: 项 2070805 → 款 20708, 款 20708 → 类 207, 类 → ``None``."""
    digits = len(code)  # the level is the number of digits (Level.of_code)
    if digits == 7:
        return code[:5]
    if digits == 5:
        return code[:3]
    return None


def children_by_parent(rows: Iterable[Row]) -> dict[str, list[Row]]:
    """Coded rows grouped under their parent code (whether or not the parent is printed)."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        parent = parent_code(row.code) if row.code else None
        if parent is not None:
            groups.setdefault(parent, []).append(row)
    return groups


def first_by_code(rows: Iterable[Row]) -> dict[str, Row]:
    """Coded rows by code (the first one when a code is printed twice)."""
    found: dict[str, Row] = {}
    for row in rows:
        if row.code and row.code not in found:
            found[row.code] = row
    return found


@dataclass(frozen=True, slots=True)
class Hierarchy:
    """The code hierarchy of one table (see :func:`hierarchy`; shared, read only).

    ``coded``: the coded rows in table order; ``by_code``: :func:`first_by_code` of them;
    ``children``: :func:`children_by_parent` of them; ``top``: :func:`top_rows`.
    """

    coded: list[Row]
    by_code: dict[str, Row]
    children: dict[str, list[Row]]
    top: list[Row]


@per_run
def hierarchy(table: StandardTable) -> Hierarchy:
    """The code hierarchy of ``table``, computed once per run of the rules (H101–H104)."""
    coded = table.coded_rows()
    by_code: dict[str, Row] = {}
    children: dict[str, list[Row]] = {}
    for row in coded:
        code = row.code
        assert code is not None
        by_code.setdefault(code, row)
        parent = parent_code(code)
        if parent is not None:
            children.setdefault(parent, []).append(row)
    top = []
    for row in coded:
        code = row.code
        assert code is not None
        digits = len(code)
        # no ancestor printed, at a known level (the highest level the table prints)
        if digits == 3 or (
            (digits == 5 or digits == 7)
            and code[:3] not in by_code
            and (digits == 5 or code[:5] not in by_code)
        ):
            top.append(row)
    return Hierarchy(coded, by_code, children, top)


def top_rows(table: StandardTable) -> list[Row]:
    """Coded rows none of whose ancestors is printed: the 类 rows in a complete hierarchy,
    the highest level printed when a table leaves levels out (shared: do not change)."""
    return hierarchy(table).top


def section_rows(table: StandardTable, section: Section) -> list[Row]:
    """The rows of ``section``, in table order (shared within a run: do not change)."""
    return _rows_by_section(table).get(section, [])


@per_run
def _rows_by_section(table: StandardTable) -> dict[Section | None, list[Row]]:
    groups: dict[Section | None, list[Row]] = {}
    for row in table.rows:
        groups.setdefault(row.section, []).append(row)
    return groups


_SUBITEM = re.compile(r"^\s*(其中|\d+\s*[.、．]|[（(]\s*\d+\s*[)）])")
_TOP_NUMBERING = re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]")
_NUMBERING = re.compile(
    r"^\s*([一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+\s*[.、．])\s*"
)


def is_subitem(label: str) -> bool:
    """True for an "of which" line (``其中：捐赠收入``, ``1.一般公共预算资金``, ``（1）…``):
    a part of the line above, not an addend beside it."""
    return bool(_SUBITEM.match(label))


def bare_name(label: str) -> str:
    """A row label without its numbering, normalised: ``一、教育支出`` → ``教育支出``."""
    return normalize_name(_NUMBERING.sub("", label))


def class_rows(table: StandardTable, section: Section) -> list[Row]:
    """The 类 rows of ``section`` in a side-by-side table: the 3-digit coded rows; when the
    table prints its classes by name only (``一、教育支出``, Shanghai and university sets),
    the unkeyed, uncoded rows above 本年支出合计 that are not "of which" lines (only those
    numbered 一、二、… when some are, the others being their details). Found once per run of
    the rules (X103–X104, X204–X206): the list is shared, do not change it."""
    found = _class_rows_found(table)
    rows = found.get(section)
    if rows is None:
        rows = found[section] = _class_rows(section_rows(table, section))
    return rows


@per_run
def _class_rows_found(table: StandardTable) -> dict[Section, list[Row]]:
    """The class rows of ``table`` found so far in this run, by section (see class_rows)."""
    return {}


def _class_rows(rows: list[Row]) -> list[Row]:
    coded = [r for r in rows if r.code and len(r.code) == 3]  # Level.CLASS
    if coded:
        return coded
    named = []
    for row in rows:
        if row.key is not None:
            break
        if row.code is None and bare_name(row.label) and not is_subitem(row.label):
            named.append(row)
    numbered = [r for r in named if _TOP_NUMBERING.match(r.label)]
    return numbered or named


def rows_between(
    table: StandardTable, section: Section, after: str | None, before: str
) -> list[Row] | None:
    """The addend rows of ``section`` between the row keyed ``after`` (the start when
    ``None``) and the row keyed ``before``: "of which" lines, rows printing nothing and
    unlabelled rows left out. ``None`` when a bounding row is absent."""
    rows = section_rows(table, section)
    keys = [r.key for r in rows]
    if before not in keys or (after is not None and after not in keys):
        return None
    start = keys.index(after) + 1 if after is not None else 0
    end = keys.index(before)
    return [
        r
        for r in rows[start:end]
        if r.cells and bare_name(r.label) and not is_subitem(r.label) and r.code is None
    ]


def named_classes(rows: Iterable[Row], names: dict[str, str]) -> dict[str, Row] | None:
    """Class rows by code: coded rows by their code; rows printed by name only matched to
    ``names`` (code → name, from a coded table). Unmatched named rows are left out; ``None``
    when rows are printed by name and none matches (the side is not by function class at
    all, e.g. Jiangsu's 一、基本支出 二、项目支出)."""
    by_name: dict[str, str] | None = None  # built at the first row printed by name only
    found: dict[str, Row] = {}
    named = matched = 0
    for row in rows:
        if row.code:
            found.setdefault(row.code, row)
            continue
        if by_name is None:
            by_name = {bare_name(name): code for code, name in names.items()}
        named += 1
        code = by_name.get(bare_name(row.label))
        if code is not None:
            matched += 1
            found.setdefault(code, row)
    if named and not matched:
        return None
    return found


def headline_value(row: Row) -> Decimal:
    """The single amount a side-by-side row stands for: its ``amount`` or ``total`` cell
    when printed, otherwise the sum of its cells (T4: 一般公共预算 + 政府性基金预算)."""
    for column in ("amount", "total"):
        if row.value(column) is not None:
            return row.amount(column)
    return sum((c.amount for c in row.cells.values()), ZERO)


def headline_column(row: Row) -> str:
    """The column :func:`headline_value` reads first (for placing a finding): ``amount`` or
    ``total`` when printed, else the first printed cell."""
    cells = row.cells
    for column in ("amount", "total"):
        cell = cells.get(column)
        if cell is not None and cell.value is not None:
            return column
    printed = [c for c, cell in cells.items() if cell.value is not None]
    return printed[0] if printed else next(iter(row.cells), "amount")


def check_level_sums(
    ctx: RuleContext, table: StandardTable, level: Level, child_noun: str
) -> list[Finding]:
    """Each printed row of ``level`` against the sum of its printed children, in every amount
    column. A row without printed children is a leaf and is not checked."""
    findings: list[Finding] = []
    children = hierarchy(table).children
    for row, columns in _unbalanced_parents(table):
        if row.level is not level:
            continue
        assert row.code is not None
        for column in columns:
            finding = check_sum(
                ctx,
                Term(table, row, column),
                [Term(table, child, column) for child in children[row.code]],
                f"{row.describe()} 的{column_label(table, column)} {{found}} "
                f"不等于其所属{child_noun}之和 {{expected}}",
            )
            if finding is not None:
                findings.append(finding)
    return findings


@per_run
def _unbalanced_parents(table: StandardTable) -> tuple[tuple[Row, list[str]], ...]:
    """The coded rows with printed children (any level) that are not the sum of them, in
    table order, each with the amount columns that differ (shared by H101 and H102)."""
    found = []
    tree = hierarchy(table)
    columns = amount_columns(table)
    for row in tree.coded:
        children = tree.children.get(row.code or "")
        if children is not None and (differing := differing_columns(row, children, columns)):
            found.append((row, differing))
    return tuple(found)


def differing_columns(aggregate: Row, parts: Iterable[Row], columns: Iterable[str]) -> list[str]:
    """The ``columns`` in which ``aggregate``'s amount is not the sum of the amounts of
    ``parts`` (blank or absent cells counting as zero): the test :func:`check_sum` makes,
    done cheaply for every column before any term or message is built."""
    # hot path: the identities of a consistent document all hold; compare column sums at once
    sums = _column_sums(parts)
    printed = {c: v for c, cell in aggregate.cells.items() if (v := cell.value) is not None}
    if printed == sums:
        return []
    return [c for c in columns if printed.get(c, ZERO) != sums.get(c, ZERO)]


def _column_sums(rows: Iterable[Row]) -> dict[str, Decimal]:
    """Column key → sum of the printed amounts of ``rows`` in it (blank cells left out)."""
    sums: dict[str, Decimal] = {}
    for row in rows:
        for column, cell in row.cells.items():
            value = cell.value
            if value is not None:
                sums[column] = sums[column] + value if column in sums else value
    return sums


def check_row_arithmetic(
    ctx: RuleContext,
    table: StandardTable,
    total_column: str,
    part_columns: Sequence[str] | None = None,
    *,
    parts_label: str,
) -> list[Finding]:
    """In every row of ``table``, ``total_column`` against the sum of ``part_columns`` (all
    other amount columns when ``None``). Rows printing nothing at all are skipped."""
    findings: list[Finding] = []
    columns = amount_columns(table)
    if total_column not in columns:
        return findings
    parts = (
        [c for c in columns if c != total_column and not is_subitem(column_label(table, c))]
        if part_columns is None
        else list(part_columns)
    )
    for row in table.rows:
        cells = row.cells
        if not cells:
            continue
        total_cell = cells.get(total_column)
        printed = total_cell.value if total_cell is not None else None
        if (ZERO if printed is None else printed) == _cells_total(cells, parts):
            continue  # the identity holds (the same test check_sum makes, done cheaply)
        finding = check_sum(
            ctx,
            Term(table, row, total_column),
            [Term(table, row, column) for column in parts],
            f"{row.describe()} 的{column_label(table, total_column)} {{found}} "
            f"不等于{parts_label} {{expected}}",
        )
        if finding is not None:
            findings.append(finding)
    return findings


def _cells_total(cells: dict[str, AmountCell], columns: Iterable[str]) -> Decimal:
    """Sum of the printed amounts of ``cells`` in ``columns`` (blank or absent: zero)."""
    total = ZERO
    for column in columns:
        cell = cells.get(column)
        if cell is not None and (value := cell.value) is not None:
            total += value
    return total


def check_t6_column_against_classes(
    ctx: RuleContext, table: StandardTable, column: str, classes: Sequence[str], message: str
) -> Finding | None:
    """表6's 合计 row in ``column`` (``personnel``/``public``) against the sum of the main
    column of the economic ``classes`` it prints (H207, H208); ``None`` when it holds or the
    table has no such total or column."""
    total = keyed_row(table, "total")
    if total is None or column not in amount_columns(table):
        return None
    main = main_column(table)
    parts = [Term(table, row, main) for code in classes if (row := table.row_by_code(code))]
    return check_sum(ctx, Term(table, total, column), parts, message)


def keyed_row(table: StandardTable, key: str, section: Section | None = None) -> Row | None:
    """The row with ``key`` in ``section`` (falling back to any section when the table does
    not mark sections)."""
    rows = _rows_by_key(table)
    if section is None:
        return rows.anywhere.get(key)
    row = rows.in_section.get((key, section))
    return row if row is not None else rows.in_section.get((key, None))


def row_with_key(table: StandardTable, key: str, section: Section | None = None) -> Row | None:
    """``row_with_key(table, key, section)``: the first row with ``key`` (in ``section`` when
    given), found through an index built once per run of the rules."""
    rows = _rows_by_key(table)
    if section is None:
        return rows.anywhere.get(key)
    return rows.in_section.get((key, section))


@dataclass(frozen=True, slots=True)
class _KeyedRows:
    """The first row of each key in a table: ``anywhere`` whatever its section, and
    ``in_section`` by (key, section), an unmarked row under section ``None``."""

    anywhere: dict[str, Row]
    in_section: dict[tuple[str, Section | None], Row]


@per_run
def _rows_by_key(table: StandardTable) -> _KeyedRows:
    anywhere: dict[str, Row] = {}
    in_section: dict[tuple[str, Section | None], Row] = {}
    for row in table.rows:
        key = row.key
        if key is not None:
            anywhere.setdefault(key, row)
            in_section.setdefault((key, row.section), row)
    return _KeyedRows(anywhere, in_section)


def check_keyed_sum(
    ctx: RuleContext,
    table: StandardTable,
    total_key: str,
    part_keys: Sequence[str],
    message: str,
    *,
    section: Section | None = None,
    severity: Severity | None = None,
) -> list[Finding]:
    """The row ``total_key`` against the sum of the rows ``part_keys`` (absent rows count as
    0), in every amount column of those rows. ``message`` may use ``{column}`` (the column
    as printed), ``{{found}}`` and ``{{expected}}``. Nothing is checked when the total row or
    every part row is absent."""
    total = keyed_row(table, total_key, section)
    parts = [r for k in part_keys if (r := keyed_row(table, k, section)) is not None]
    if total is None or not parts:
        return []
    findings: list[Finding] = []
    for column in differing_columns(total, parts, amount_columns(table, [total, *parts])):
        finding = check_sum(
            ctx,
            Term(table, total, column),
            [Term(table, row, column) for row in parts],
            message.format(column=column_label(table, column)),
            severity=severity,
        )
        if finding is not None:
            findings.append(finding)
    return findings


def check_section_classes(
    ctx: RuleContext, table: StandardTable, section: Section, parts_label: str
) -> list[Finding]:
    """In a side-by-side table, ``section``'s 本年支出合计 against the sum of its 类 rows, in
    every amount column of the section. Nothing is checked without a 本年支出合计 row."""
    subtotal = keyed_row(table, "expenditure_subtotal", section)
    classes = class_rows(table, section)
    if subtotal is None or subtotal.section != section:
        return []
    findings: list[Finding] = []
    for column in differing_columns(subtotal, classes, amount_columns(table, [subtotal, *classes])):
        finding = check_sum(
            ctx,
            Term(table, subtotal, column),
            [Term(table, row, column) for row in classes],
            f"{SECTION_LABELS[section]}的本年支出合计 的{column_label(table, column)} "
            f"{{found}} 不等于{parts_label} {{expected}}",
        )
        if finding is not None:
            findings.append(finding)
    return findings


def compare_by_code(
    ctx: RuleContext,
    left: tuple[StandardTable, Sequence[Row], str],
    right: tuple[StandardTable, Sequence[Row], str],
    message: str,
    missing_message: str,
) -> list[Finding]:
    """Rows of the same code in two tables must print the same amount.

    ``left`` and ``right`` are (table, rows, column). For a code on both sides the finding is
    placed on the left cell (found) against the right one (expected); ``message`` may use
    ``{row}``, ``{found}`` and ``{expected}``. A code with a non-zero amount on one side only
    gives a finding placed on the side that prints it (expected 0); ``missing_message`` may
    use ``{row}``, ``{found}`` and ``{table}`` (the table lacking the code). Left rows printed
    by name only (``一、教育支出``) are matched to the right rows' codes by name; unmatched ones
    are skipped, and nothing is compared when none matches.
    """
    left_table, left_rows, left_column = left
    right_table, right_rows, right_column = right
    right_codes = first_by_code(right_rows)
    names = {code: row.name or row.label for code, row in right_codes.items()}
    left_codes = named_classes(left_rows, names)
    findings: list[Finding] = []
    if left_codes is None:
        return findings
    units = {left_table.unit, right_table.unit} - {None}
    for code, row in left_codes.items():
        other = right_codes.get(code)
        if other is None:
            if row.amount(left_column) == ZERO:
                continue
        elif len(units) < 2 and row.amount(left_column) == other.amount(right_column):
            continue  # the same amount in the same unit: check_equal would find nothing
        found = Term(left_table, row, left_column)
        if other is None:
            text = missing_message.format(
                row=row.describe(), found=found.printed, table=f"表{right_table.kind.number}"
            )
            finding = ctx.mismatch(found.place, ZERO, found.amount, text)
        else:
            expected = Term(right_table, other, right_column)
            finding = check_equal(
                ctx,
                found,
                expected,
                message.replace("{row}", row.describe()),
            )
        if finding is not None:
            findings.append(finding)
    for code, row in right_codes.items():
        if code in left_codes or row.amount(right_column) == ZERO:
            continue
        found = Term(right_table, row, right_column)
        text = missing_message.format(
            row=row.describe(), found=found.printed, table=f"表{left_table.kind.number}"
        )
        finding = ctx.mismatch(found.place, ZERO, found.amount, text)
        if finding is not None:
            findings.append(finding)
    return findings


def check_between(
    ctx: RuleContext,
    table: StandardTable,
    section: Section,
    after: str | None,
    total_key: str,
    message: str,
) -> list[Finding]:
    """The row keyed ``total_key`` against the sum of the row keyed ``after`` (when given)
    and the addend rows between the two in ``section`` (see :func:`rows_between`), in every
    amount column. ``message`` may use ``{column}``, ``{{found}}`` and ``{{expected}}``."""
    total = row_with_key(table, total_key, section)
    between = rows_between(table, section, after, total_key)
    if total is None or between is None:
        return []
    first = row_with_key(table, after, section) if after is not None else None
    parts = [first, *between] if first is not None else between
    findings: list[Finding] = []
    for column in differing_columns(total, parts, amount_columns(table, [total, *parts])):
        finding = check_sum(
            ctx,
            Term(table, total, column),
            [Term(table, row, column) for row in parts],
            message.format(column=column_label(table, column)),
        )
        if finding is not None:
            findings.append(finding)
    return findings


def main_column(table: StandardTable) -> str:
    """The column holding a row's whole amount: ``total`` (合计/小计) when the table has it,
    else ``amount``, else its first amount column."""
    columns = amount_columns(table)
    for column in ("total", "amount"):
        if column in columns:
            return column
    return columns[0] if columns else "total"


def t4_column_against_detail(
    ctx: RuleContext,
    t4: StandardTable,
    detail: StandardTable,
    column: str,
    column_name: str,
    *,
    empty_detail_is_zero: bool = False,
) -> list[Finding]:
    """表4's expenditure-by-function ``column`` (named ``column_name`` in messages) against the
    detail table it summarises (表5 for 一般公共预算, 表8 for 政府性基金预算): each 类 against
    that 类's 总计 (:func:`compare_by_code`), then 本年支出合计 against the detail's 合计 总计.
    With ``empty_detail_is_zero``, an empty detail table without a 合计 row counts as 0."""
    detail_label = f"表{detail.kind.number}"
    findings = compare_by_code(
        ctx,
        (t4, class_rows(t4, Section.FUNCTION), column),
        (detail, [r for r in detail.coded_rows() if r.level is Level.CLASS], "total"),
        f"{{row}} 的{column_name} {{found}} 不等于{detail_label} 该类的总计 {{expected}}",
        "{row} 的金额 {found} 在{table} 中无对应类",
    )
    subtotal = row_with_key(t4, "expenditure_subtotal", Section.FUNCTION)
    total = keyed_row(detail, "total")
    if subtotal is None or (total is None and not (empty_detail_is_zero and detail.is_empty)):
        return findings
    finding = check_equal(
        ctx,
        Term(t4, subtotal, column),
        Term(detail, total, "total") if total is not None else None,
        f"本年支出合计 的{column_name} {{found}} 不等于{detail_label} 合计 的总计 {{expected}}",
    )
    if finding is not None:
        findings.append(finding)
    return findings
