"""Recognise the eight standard tables (T1–T8) in a read Document.

For every ``Table`` block: read its header (:mod:`yusuan.extract.headers`), look at the
paragraphs just before it for a title, ``单位名称`` and unit line (and after it for a
``注：`` note, or for the title when a PDF conversion put it below the data), decide the
kind from title words *and* header words, and build the typed rows
(:mod:`yusuan.extract.table_rows`). A title followed by a note but no grid (``本部门无政府性
基金预算``) gives an empty table with its note. Tables that look standard but cannot be
mapped are reported as :class:`~yusuan.model.disclosure.UnrecognisedBlock` in Chinese.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from yusuan.extract.families import (
    ExtraTable,
    family_of_titles,
    family_title,
    family_title_of_words,
)
from yusuan.extract.headers import (
    HeaderLayout,
    Preamble,
    analyse_header,
    body_start,
    has_coded_rows,
    header_kinds,
    may_name_a_kind,
    read_preamble,
)
from yusuan.extract.result import TablesResult
from yusuan.extract.table_rows import RowBuilder, three_public_columns
from yusuan.extract.table_titles import (
    is_continuation_title,
    is_note,
    is_note_continuation,
    parse_unit,
    parse_unit_name,
    title_words,
)
from yusuan.extract.table_vocabulary import ColumnRole
from yusuan.model.disclosure import UnrecognisedBlock
from yusuan.model.tables import (
    COLUMN_LABELS,
    STANDARD_TITLES,
    StandardTable,
    TableFamily,
    TableKind,
    new_standard_table,
)
from yusuan.read.document import Document, Heading, Paragraph, Table

_WINDOW = 6  # blocks searched before / after a table for its title, unit and note lines
Target = TableKind | ExtraTable  # what a title names: a standard table or a family's extra
_TEXT_BLOCKS = (Paragraph, Heading)
_GRID_KINDS = frozenset((TableKind.T2, TableKind.T3, TableKind.T5, TableKind.T6, TableKind.T8))


@dataclass(slots=True)
class _Surroundings:
    """Lines found around one table block (block index, text)."""

    title: tuple[int, str] | None = None
    unit: tuple[int, str] | None = None
    unit_name: tuple[int, str] | None = None
    note: list[tuple[int, str]] = field(default_factory=list)


class _Scanner:
    """Walks the document once; remembers which blocks are already used.

    The text of every paragraph and what it names as a title are read in one pass up front
    (the document's family needs all title lines; every table then looks around itself).
    """

    def __init__(self, document: Document) -> None:
        self.blocks = document.blocks
        self.texts: list[str | None] = []
        self.table_indexes: list[int] = []
        titles: dict[int, str] = {}
        # hot path: one pass over the blocks; a title holds 表 (most paragraphs are prose
        # and fail this at once)
        for index, block in enumerate(self.blocks):
            if isinstance(block, _TEXT_BLOCKS):
                text = block.text
                if "表" in text and (words := title_words(text)) is not None:
                    titles[index] = words
                self.texts.append(text)
            else:
                if isinstance(block, Table):
                    self.table_indexes.append(index)
                self.texts.append(None)
        self.family = family_of_titles(titles.values())
        self.kinds: list[Target | None] = [None] * len(self.blocks)
        for index, words in titles.items():
            self.kinds[index] = family_title_of_words(self.family, words)
        self.title_indexes = list(titles)  # in block order
        self.claimed: set[int] = set()

    def text(self, index: int) -> str | None:
        return self.texts[index]

    def title_kind(self, index: int) -> Target | None:
        return self.kinds[index]

    def classify(self, text: str) -> Target | None:
        """What a title line names in this document's family."""
        return family_title(self.family, text)

    def before(self, position: int) -> _Surroundings:
        """Title, unit and unit-name lines above the table at block ``position``."""
        found = _Surroundings()
        texts, kinds = self.texts, self.kinds
        for index in range(position - 1, max(position - 1 - _WINDOW, -1), -1):
            text = texts[index]
            if text is None or index in self.claimed:
                break
            if kinds[index] is not None:
                found.title = (index, text)
                break
            _take_unit_lines(found, index, text)
        return found

    def after(self, position: int) -> tuple[_Surroundings, list[tuple[int, str]]]:
        """(title/unit lines below the table, note lines right below it)."""
        found = _Surroundings()
        notes: list[tuple[int, str]] = []
        end = min(position + 1 + _WINDOW, len(self.blocks))
        texts, kinds = self.texts, self.kinds
        for index in range(position + 1, end):
            text = texts[index]
            if text is None:
                break
            if is_note(text) and not notes:
                notes.append((index, text))
                continue
            if notes and is_note_continuation(text) and kinds[index] is None:
                notes.append((index, text))
                continue
            if kinds[index] is not None:
                if found.title is None:
                    found.title = (index, text)
                break
            _take_unit_lines(found, index, text)
        return found, notes


def _take_unit_lines(found: _Surroundings, index: int, text: str) -> None:
    if len(text) > 80:
        return
    if found.unit_name is None and parse_unit_name(text):
        found.unit_name = (index, text)
        if found.unit is None and parse_unit(text):
            found.unit = (index, text)
    elif found.unit is None and parse_unit(text):
        found.unit = (index, text)


def extract_standard_tables(document: Document) -> TablesResult:
    """Find T1–T8 in ``document`` and map them to :class:`StandardTable`.

    Returns the tables by kind, the indexes of ``document.blocks`` used (table blocks and
    their title / unit / unit-name / note paragraphs), the unit most tables state, and
    :class:`UnrecognisedBlock` entries for tables that look standard but cannot be mapped
    and for cells or rows that could not be read. Never raises for content.
    """
    scanner = _Scanner(document)
    result = TablesResult(family=scanner.family)
    scanner.claimed = result.claimed
    last_kind: Target | None = None
    parsed: dict[str, Decimal | None] = {}  # amounts parsed, shared by the tables' builders
    for position in scanner.table_indexes:
        table = document.blocks[position]
        assert isinstance(table, Table)
        above = scanner.before(position)
        preamble, start = read_preamble(table.rows)
        untitled = _untitled(scanner, above, preamble, last_kind)
        # hot path: first with every row the header may take, then with the header found
        if untitled and not may_name_a_kind(table, start):
            continue
        body = body_start(table.rows, start)
        if untitled and not may_name_a_kind(table, start, body):
            continue
        layout = analyse_header(table, (preamble, start, body))
        kinds = header_kinds(layout, table)
        below, notes = scanner.after(position)
        coded = has_coded_rows(layout, table)
        choice = _choose(scanner, above, below, layout, kinds, last_kind, set(result.tables), coded)
        if choice is None:
            continue
        target, around = choice
        title = around.title[1] if around.title else layout.preamble.title
        if isinstance(target, ExtraTable):
            _claim_extra(result, position, around, notes, target, title, table, last_kind)
            last_kind = target
            continue
        kind = target
        existing = result.tables.get(kind)
        if existing is not None:
            continues = title is None and last_kind is kind
            if (title and is_continuation_title(title)) or continues:
                _append_rows(existing, table, layout, kind, result, parsed)
                _claim(result, position, around, notes, existing)
                continue
            result.claimed.add(position)
            result.unrecognised.append(
                UnrecognisedBlock(
                    kind="table",
                    title=title,
                    reason=f"与前面的表{kind.number}重复，未作为标准报表读取",
                    location=table.location,
                )
            )
            continue
        if not any(c.role is ColumnRole.AMOUNT for c in layout.columns):
            result.claimed.add(position)
            result.unrecognised.append(
                UnrecognisedBlock(
                    kind="table",
                    title=title,
                    reason=f"疑似表{kind.number}，但表头中找不到金额栏",
                    location=table.location,
                )
            )
            continue
        builder = RowBuilder(kind, layout, parsed=parsed)
        rows = builder.build(table.rows[layout.body_start :])
        result.unrecognised.extend(builder.notes)
        if builder.empty_note:  # ``此表为空`` inside the grid is the empty-table note
            notes.insert(0, (position, builder.empty_note))
        unit_line = around.unit[1] if around.unit else layout.preamble.unit_line
        unit_name_line = around.unit_name[1] if around.unit_name else layout.preamble.unit_name
        columns = _printed_columns(kind, layout)
        standard = new_standard_table(
            kind=kind,
            title=title or STANDARD_TITLES[kind],
            unit=parse_unit(unit_line) if unit_line else None,
            unit_name=parse_unit_name(unit_name_line) if unit_name_line else None,
            columns=columns,
            rows=rows,
            note="\n".join(text for _, text in notes) or None,
            location=table.location,
        )
        result.tables[kind] = standard
        _claim(result, position, around, notes, standard)
        last_kind = kind
    _tables_without_grid(scanner, result)
    units = Counter(t.unit for t in result.tables.values() if t.unit is not None)
    result.unit = units.most_common(1)[0][0] if units else None
    return result


def _claim_extra(
    result: TablesResult,
    position: int,
    around: _Surroundings,
    notes: list[tuple[int, str]],
    extra: ExtraTable,
    title: str | None,
    table: Table,
    last_kind: Target | None,
) -> None:
    """A table of the family's set beyond the eight: claimed with its lines and kept as a
    recognised-but-unmapped block (a continuation page is claimed silently)."""
    result.claimed.add(position)
    for line in (around.title, around.unit, around.unit_name):
        if line is not None:
            result.claimed.add(line[0])
    result.claimed.update(index for index, _ in notes)
    if around.title is None and last_kind == extra:
        return
    result.unrecognised.append(
        UnrecognisedBlock(
            kind="extra_table",
            title=title or extra.name,
            reason=extra.reason,
            location=table.location,
        )
    )


def _choose(
    scanner: _Scanner,
    above: _Surroundings,
    below: _Surroundings,
    layout: HeaderLayout,
    kinds: set[TableKind],
    last_kind: Target | None,
    taken: set[TableKind],
    coded: bool,
) -> tuple[Target, _Surroundings] | None:
    """The table's kind and the lines that go with it; ``None`` when it is no standard table.

    A title above wins when the header agrees (or says nothing) — in a recognised family
    (Jiangsu, Shanghai, final accounts, universities) whatever the header says, since the
    family's titles are unambiguous; else a title below the data (PDF conversions) when the
    header agrees; else the header alone; a header that fits several tables takes the next
    kind in order after the previous table. A table without title right after an extra
    table of the family continues it.
    """
    above_kind = scanner.title_kind(above.title[0]) if above.title else None
    below_kind = scanner.title_kind(below.title[0]) if below.title else None
    title = layout.preamble.title
    inner_kind = scanner.classify(title) if title else None
    family = scanner.family is not TableFamily.NATIONAL
    if isinstance(above_kind, ExtraTable) or (family and above_kind is not None):
        return above_kind, above
    if isinstance(inner_kind, ExtraTable) or (family and inner_kind is not None):
        return inner_kind, _Surroundings(unit=above.unit, unit_name=above.unit_name)
    if above.title is None and isinstance(last_kind, ExtraTable) and not _has_header(layout):
        return last_kind, above
    if isinstance(below_kind, ExtraTable):
        below_kind = None
    if above_kind is not None and (not kinds or above_kind in kinds):
        return above_kind, above
    if isinstance(inner_kind, TableKind) and (not kinds or inner_kind in kinds):
        return inner_kind, _Surroundings(unit=above.unit, unit_name=above.unit_name)
    if below_kind is not None and kinds and below_kind in kinds:
        below.unit = below.unit or above.unit
        below.unit_name = below.unit_name or above.unit_name
        return below_kind, below
    untitled = _Surroundings(unit=above.unit, unit_name=above.unit_name)
    if kinds & _GRID_KINDS and not coded:
        kinds = set()  # a grid without codes and without a title is not taken on header words
    if len(kinds) == 1:
        return next(iter(kinds)), untitled
    if kinds:
        free = [k for k in sorted(kinds) if k not in taken]
        previous = last_kind if isinstance(last_kind, TableKind) else None
        later = [k for k in free if previous is None or k.number > previous.number]
        free = later or free
        return (free[0], untitled) if free else None
    if above_kind is not None:
        return above_kind, above
    return None


def _untitled(
    scanner: _Scanner, above: _Surroundings, preamble: Preamble, last_kind: Target | None
) -> bool:
    """True when no title above or inside the grid names the table and it cannot continue
    an extra table: :func:`_choose` then picks it only for a kind its header words name, so
    a table whose header :func:`may_name_a_kind` rules out is turned down before its header
    is analysed (most documents print tables beyond the eight: performance targets)."""
    if above.title is not None or isinstance(last_kind, ExtraTable):
        return False
    return preamble.title is None or scanner.classify(preamble.title) is None


def _has_header(layout: HeaderLayout) -> bool:
    """True when the table starts with header rows (a continuation page often has none)."""
    return layout.body_start > 0


def _printed_columns(kind: TableKind, layout: HeaderLayout) -> dict[str, str]:
    """Canonical column key → header as printed (the first column of each key)."""
    amounts = [c for c in layout.columns if c.role is ColumnRole.AMOUNT]
    if kind is TableKind.T7 and three_public_columns(layout):
        # 三公 items printed as columns become rows; their amounts share one key
        top = amounts[0].path[0] if amounts and len(amounts[0].path) > 1 else ""
        values = {c.path[-1].strip(): c for c in amounts if c.path}
        if "决算数" in values:  # final account: 预算数 | 决算数 under each item
            return {"amount": "预算数", "final": "决算数"}
        return {"amount": top or COLUMN_LABELS["amount"]}
    columns: dict[str, str] = {}
    for column in amounts:
        columns.setdefault(column.key, column.printed)
    return columns


def _claim(
    result: TablesResult,
    position: int,
    around: _Surroundings,
    notes: list[tuple[int, str]],
    table: StandardTable,
) -> None:
    result.claimed.add(position)
    for line in (around.title, around.unit, around.unit_name):
        if line is not None:
            result.claimed.add(line[0])
    result.claimed.update(index for index, _ in notes)
    if notes and table.note is None:
        table.note = "\n".join(text for _, text in notes)


def _append_rows(
    existing: StandardTable,
    table: Table,
    layout: HeaderLayout,
    kind: TableKind,
    result: TablesResult,
    parsed: dict[str, Decimal | None],
) -> None:
    """A table continued on the next page: add its rows to the first part (``parsed``: the
    document's amounts parsed so far, see :class:`RowBuilder`)."""
    builder = RowBuilder(kind, layout, parsed=parsed)
    existing.rows.extend(builder.build(table.rows[layout.body_start :]))
    result.unrecognised.extend(builder.notes)


def _tables_without_grid(scanner: _Scanner, result: TablesResult) -> None:
    """A title followed by its note and no grid (``本部门无政府性基金预算``): an empty table."""
    blocks = scanner.blocks
    for index in scanner.title_indexes:
        kind = scanner.kinds[index]
        if not isinstance(kind, TableKind) or kind in result.tables or index in result.claimed:
            continue
        around = _Surroundings(title=(index, scanner.text(index) or ""))
        notes: list[tuple[int, str]] = []
        for following in range(index + 1, min(index + 4, len(blocks))):
            text = scanner.text(following)
            if text is None or following in result.claimed:
                break
            if is_note(text):
                notes.append((following, text))
                break
            _take_unit_lines(around, following, text)
        if not notes:
            continue
        unit_line = around.unit[1] if around.unit else None
        unit_name_line = around.unit_name[1] if around.unit_name else None
        location = blocks[index].location
        table = new_standard_table(
            kind=kind,
            title=around.title[1] if around.title else STANDARD_TITLES[kind],
            unit=parse_unit(unit_line) if unit_line else None,
            unit_name=parse_unit_name(unit_name_line) if unit_name_line else None,
            note=notes[0][1],
            location=location,
        )
        result.tables[kind] = table
        result.claimed.add(index)
        for line in (around.unit, around.unit_name):
            if line is not None:
                result.claimed.add(line[0])
        result.claimed.add(notes[0][0])
