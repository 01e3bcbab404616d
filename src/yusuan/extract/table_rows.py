"""Body rows of a standard table as typed :class:`~yusuan.model.tables.Row` objects.

Three shapes: coded grids (T2, T3, T5, T6, T8: code and name, then amount columns),
side-by-side tables (T1, T4: each printed row split into an income, a function and an
economic row) and the row-based 三公 table (T7). Every amount cell keeps its printed text
and location; a cell or row that cannot be mapped is kept and reported in ``notes``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal

from yusuan.extract.codes import CodeContext, is_code_text, join_code_parts, split_code_and_name
from yusuan.extract.headers import (
    Column,
    ColumnGroup,
    HeaderLayout,
    column_halves,
    row_label_key,
    row_words_key,
    strip_list_number,
    three_public_key,
)
from yusuan.extract.table_vocabulary import (
    EXPENDITURE_ROW_KEYS,
    INCOME_ROW_KEYS,
    PURPOSE_ROW_KEYS,
    SUBHEADING_WORDS,
    TOTAL_ROW_LABELS,
    ColumnRole,
    compact,
)
from yusuan.model.amount import parse_amount
from yusuan.model.disclosure import UnrecognisedBlock
from yusuan.model.tables import (
    AmountCell,
    Row,
    Section,
    TableKind,
)
from yusuan.read.document import Cell

_EMPTY_TABLE = re.compile(r"^(?:此表为空|本表为空|本表无数据|此表无数据|空表)")
_SPANNED = ""  # a horizontally merged amount is counted once: its copies read as blank
_UNPARSED = Decimal("NaN")  # marks a text not parsed yet (parse_amount never returns it)
_ABSENT = sys.maxsize  # the index of a column the table lacks: past the end of every row


@dataclass(slots=True)
class RowBuilder:
    """Builds the rows of one table; ``notes`` collects what could not be mapped."""

    kind: TableKind
    layout: HeaderLayout
    notes: list[UnrecognisedBlock] = field(default_factory=list)
    empty_note: str | None = None  # ``此表为空`` printed inside the grid
    # printed amount text → parsed value; pass one dict to the builders of a document's
    # tables, which repeat the same figures many times (a text that is no amount is not kept)
    parsed: dict[str, Decimal | None] = field(default_factory=dict)

    def build(self, body: list[list[Cell]]) -> list[Row]:
        if self.kind is TableKind.T2 and _is_label_list(self.layout):
            return self._label_list(body)
        if self.layout.is_side_by_side:
            return self._side_by_side(body)
        if self.kind is TableKind.T7:
            return self._three_public(body)
        return self._coded(body)

    # -- cells -----------------------------------------------------------------------

    def _cells(self, row: list[Cell], columns: list[Column]) -> dict[str, AmountCell]:
        return self._read_cells(row, columns)[0]

    def _read_cells(
        self, row: list[Cell], columns: list[Column]
    ) -> tuple[dict[str, AmountCell], bool]:
        """(the row's cells under ``columns`` by column key, whether any holds an amount)."""
        cells: dict[str, AmountCell] = {}
        amounts = self.parsed
        width = len(row)
        printed = False
        for column in columns:
            index = column.index
            if index >= width:
                continue
            cell = row[index]
            text = _SPANNED if cell.spanned else cell.text
            if not text:
                value = None  # hot path: most cells are blank
            else:
                value = amounts.get(text, _UNPARSED)
                if value is _UNPARSED:
                    try:
                        value = amounts[text] = parse_amount(text)  # ValueError is not cached
                    except ValueError:
                        value = None
                        self.notes.append(
                            UnrecognisedBlock(
                                kind="cell",
                                title=text,
                                reason=f"表{self.kind.number}“{column.printed}”栏的内容不是金额：{text}",
                                location=cell.location,
                            )
                        )
                if value is not None:
                    printed = True
            cells[column.key] = AmountCell(column.key, text, value, cell.location)
        return cells, printed

    def _unmapped_row(self, label: str, cell: Cell) -> None:
        self.notes.append(
            UnrecognisedBlock(
                kind="row",
                title=label,
                reason=f"表{self.kind.number}的行“{label}”既无科目编码也不是标准行名",
                location=cell.location,
            )
        )

    # -- coded grids (T2, T3, T5, T6, T8) --------------------------------------------

    def _coded(self, body: list[list[Cell]]) -> list[Row]:
        """Rows of a coded grid; a list printed in blocks side by side is read block by
        block (left block first)."""
        rows: list[Row] = []
        for block in column_halves(self.layout.columns):
            rows.extend(self._coded_block(body, HeaderLayout(self.layout.body_start, block)))
        return rows

    def _coded_block(self, body: list[list[Cell]], layout: HeaderLayout) -> list[Row]:
        by_role = layout.by_role()
        code_columns = by_role.get(ColumnRole.CODE, [])
        part_columns = by_role.get(ColumnRole.CODE_PART, [])
        name_columns = by_role.get(ColumnRole.NAME, [])
        label_columns = by_role.get(ColumnRole.LABEL, [])
        amounts = by_role.get(ColumnRole.AMOUNT, [])
        context = CodeContext()
        rows: list[Row] = []
        # hot path: the cells are read by index (``_ABSENT`` for a missing column)
        code_index = code_columns[0].index if code_columns else _ABSENT
        name_index = name_columns[0].index if name_columns else _ABSENT
        label_index = label_columns[0].index if label_columns else _ABSENT
        part_indexes = [(c.level, c.index) for c in part_columns]
        for row in body:
            for cell in row:
                if cell.text:
                    break
            else:
                continue  # a blank row
            width = len(row)
            code_text = row[code_index].text.strip() if code_index < width else ""
            name_text = row[name_index].text.strip() if name_index < width else ""
            label_text = row[label_index].text.strip() if label_index < width else ""
            if code_text and name_index < width and row[name_index].spanned:
                name_text = ""  # ``合 计`` merged over the code and name columns: said once
            code: str | None = None
            name: str | None = name_text or None
            key: str | None = None
            if part_indexes:
                # a code merged across the 类/款/项 columns (``205 | ~205 | ~205``) counts once
                parts = [
                    (level, row[i].text.strip() if i < width and not row[i].spanned else "")
                    for level, i in part_indexes
                ]
                code = join_code_parts(parts, context)
                printed_code = " ".join(text for _, text in parts if text)
            else:
                printed_code = code_text
            if code is None and code_text:
                code, name, key = _read_label(code_text, name, context)
            if code is None and key is None:
                text = name_text or label_text
                if text:
                    code, split_name, key = _read_label(text, None, context)
                    if code is not None:
                        name = split_name
            named = name_text or label_text
            label = f"{printed_code} {named}" if printed_code and named else printed_code or named
            anchor = row[code_index] if code_columns else row[0]
            cells, printed = self._read_cells(row, amounts)
            if code is None and key is None:
                if not printed and not label:
                    continue
                if not printed and _EMPTY_TABLE.search(label):
                    self.empty_note = label
                    continue
                if not label and not (
                    code_columns or part_columns or name_columns or label_columns
                ):
                    key = "total"  # a one-row table of amounts only (Jiangsu 支出预算总表)
                else:
                    self._unmapped_row(label or "（无行名）", anchor)
            rows.append(
                Row(label, code, name if code else None, key, None, cells, location=anchor.location)
            )
        return rows

    # -- side-by-side (T1, T4) -------------------------------------------------------

    def _side_by_side(self, body: list[list[Cell]]) -> list[Row]:
        groups = [
            (group, group.label.index, [c.index for c in group.amounts], CodeContext())
            for group in self.layout.groups
        ]
        rows: list[Row] = []
        for row in body:
            width = len(row)
            previous: Row | None = None
            for group, index, amount_indexes, context in groups:
                if index >= width:
                    previous = None
                    continue
                anchor = row[index]
                if not anchor.text:
                    # hot path: a side left blank on this line (no label, no amount text)
                    for amount_index in amount_indexes:
                        if amount_index < width and row[amount_index].text.strip():
                            break
                    else:
                        previous = None
                        continue
                elif anchor.spanned and previous is not None:
                    # a label merged from the group on its left (``当年支出小计`` over both)
                    _take_spanned_amounts(previous, self._cells(row, group.amounts))
                    continue
                built = self._group_row(row, anchor, group, context)
                if built is not None:
                    rows.append(built)
                previous = built
        _promote_grand_totals(rows)
        _detach_breakdowns(rows)
        return rows

    def _group_row(
        self, row: list[Cell], anchor: Cell, group: ColumnGroup, context: CodeContext
    ) -> Row | None:
        """The row one group makes of a printed row (``anchor``: its label cell, the group's
        label or amount cells printing some text)."""
        label = anchor.text
        cells, has_amount = self._read_cells(row, group.amounts)
        if not label and not has_amount:
            return None
        code: str | None = None
        name: str | None = None
        key: str | None = None
        split = split_code_and_name(label) if label else None
        if split:
            code = context.expand(split[0])
            name = split[1] or None
        else:
            words = compact(strip_list_number(label))
            income = group.section is Section.INCOME
            vocabulary = INCOME_ROW_KEYS if income else EXPENDITURE_ROW_KEYS
            key = vocabulary.get(words) or row_words_key(words)
            if key == "total":  # a bare 合计 at the foot of a side is its grand total
                key = "income_total" if income else "expenditure_total"
            if group.purpose:
                key = PURPOSE_ROW_KEYS.get(words) or key
            if key is None:
                if not has_amount and _is_subheading(words):
                    return None
                by_name = group.section is Section.FUNCTION and words.endswith("支出")
                if not by_name and not label.startswith("其中"):
                    # (a function class printed by name, 四、公共安全支出, is read by name;
                    # an "of which" line, 其中：捐赠收入, is a part of the line above)
                    self._unmapped_row(label or "（空白）", anchor)
        # rows by purpose (基本支出/项目支出) are no economic classes: no section; the
        # totals under them are those of the function side, already read there
        section = None if group.purpose else group.section
        return Row(label, code, name, key, section, cells, location=anchor.location)

    # -- income by fund type (Jiangsu 收入预算总表) -------------------------------------

    def _label_list(self, body: list[list[Cell]]) -> list[Row]:
        """``收入总计 | | 24169.74``, ``一般公共预算资金 | 小计 | 24169.74``, ``(spanned) |
        公共财政拨款（补助）资金 | 24169.74``: a category line (its 小计) takes the category's
        key (收入总计 → ``total``); an item line under it is a part, kept by its label."""
        category_column, item_column = self.layout.groups[0].label, self.layout.groups[1].label
        amounts = self.layout.of_role(ColumnRole.AMOUNT)
        rows: list[Row] = []
        for row in body:
            if not any(cell.text for cell in row):
                continue
            category = _text(row, category_column)
            item = "" if _spanned(row, item_column) else _text(row, item_column)
            anchor = row[category_column.index]
            if item and compact(item) not in TOTAL_ROW_LABELS:
                label, key = item, None  # a part of the category above
                anchor = row[item_column.index]
            else:
                words = compact(strip_list_number(category))
                label = f"{category} {item}".strip()
                key = (
                    "total" if words in ("收入总计", "合计", "总计") else INCOME_ROW_KEYS.get(words)
                )
                if key is None:
                    self._unmapped_row(label or "（空白）", anchor)
            rows.append(
                Row(label=label, key=key, cells=self._cells(row, amounts), location=anchor.location)
            )
        return rows

    # -- 三公 (T7) -------------------------------------------------------------------

    def _three_public(self, body: list[list[Cell]]) -> list[Row]:
        by_column = three_public_columns(self.layout)
        if by_column:
            return self._three_public_by_column(body, by_column)
        labels = self.layout.of_role(ColumnRole.LABEL)
        label_index = labels[0].index if labels else 0
        amounts = [c for c in self.layout.of_role(ColumnRole.AMOUNT) if c.index != label_index]
        rows: list[Row] = []
        for row in body:
            if label_index >= len(row) or not any(cell.text for cell in row):
                continue
            anchor = row[label_index]
            key = three_public_key(anchor.text)
            if key is None:
                self._unmapped_row(anchor.text or "（空白）", anchor)
            rows.append(
                Row(
                    anchor.text,
                    None,
                    None,
                    key,
                    None,
                    self._cells(row, amounts),
                    location=anchor.location,
                )
            )
        return rows

    def _three_public_by_column(
        self, body: list[list[Cell]], keys: dict[int, str | None]
    ) -> list[Row]:
        """三公 printed as columns (Jiangsu, Shanghai): one row per item of each data row.

        A final account prints each item twice (预算数 | 决算数): both cells go to the item's
        row, under ``amount`` and ``final``."""
        rows: list[Row] = []
        for row in body:
            if not any(cell.text for cell in row):
                continue
            by_item: dict[tuple[int, str | None], Row] = {}
            for column in self.layout.of_role(ColumnRole.AMOUNT):
                if column.index >= len(row):
                    continue
                key = keys.get(column.index)
                value_key = _value_column_key(column)
                item_path = (
                    column.path[:-1]
                    if value_key != "amount" or _is_value_leaf(column)
                    else column.path
                )
                label = "/".join(dict.fromkeys(item_path[-2:])) or column.printed
                cells = self._cells(row, [column])
                amount = cells.pop(column.key)
                amount.column = value_key
                group = (id(item_path) if key is None else 0, key)
                existing = by_item.get(group) if key is not None else None
                if existing is not None and value_key not in existing.cells:
                    existing.cells[value_key] = amount
                    continue
                if key is None:
                    self._unmapped_row(label, row[column.index])
                built = Row(
                    label=label,
                    key=key,
                    cells={value_key: amount},
                    location=row[column.index].location,
                )
                by_item[group] = built
                rows.append(built)
        return rows


def three_public_columns(layout: HeaderLayout) -> dict[int, str | None]:
    """Column index → T7 row key when the 三公 items are printed as columns, else ``{}``.

    ``小计``/``合计`` take the key of the header above them (``“三公”经费 / 小计`` is the
    三公 total, ``公务用车购置及运行维护费 / 小计`` the car total); ``购置费`` / ``运行费`` under
    the car header are its parts. A top-level 合计 that also counts 会议费/培训费 (Jiangsu)
    is left without a key when a 三公 subtotal column exists.
    """
    keys: dict[int, str | None] = {}
    for column in layout.of_role(ColumnRole.AMOUNT):
        keys[column.index] = _three_public_column_key(column.path)
    if not any(key not in (None, "three_public_total") for key in keys.values()):
        return {}
    totals = [i for i, key in keys.items() if key == "three_public_total"]
    if len(totals) > 1:
        for index in totals:
            column = next(c for c in layout.columns if c.index == index)
            if not any("三公" in part for part in column.path):
                keys[index] = "grand_total_with_meetings"
    return keys


# columns a 三公 table prints beside the three (Jiangsu: “三公”经费、会议费、培训费支出预算表)
_BESIDE_THREE_PUBLIC = {"会议费": "meeting_expenses", "培训费": "training_expenses"}
_VALUE_LEAVES = {"预算数": "amount", "决算数": "final", "年初预算数": "initial_budget"}
_VALUE_LEAVES |= {"调整预算数": "adjusted_budget", "全年预算数": "adjusted_budget"}


def _is_value_leaf(column: Column) -> bool:
    return bool(column.path) and compact(column.path[-1]) in _VALUE_LEAVES


def _value_column_key(column: Column) -> str:
    """``amount`` for a 三公 item column, or the value it holds when the item is printed
    over several value columns (``公务接待费 / 决算数`` → ``final``)."""
    leaf = compact(column.path[-1]) if column.path else ""
    return _VALUE_LEAVES.get(leaf, "amount")


def _three_public_column_key(path: tuple[str, ...]) -> str | None:
    if path and compact(path[-1]) in _VALUE_LEAVES:
        path = path[:-1]  # 因公出国（境）费 / 预算数: the item is the header above
    leaf = compact(path[-1]) if path else ""
    parent = path[-2] if len(path) >= 2 else ""
    parent_key = three_public_key(parent) if parent else None
    if parent and parent_key is None and "三公" in parent and leaf in ("合计", "小计"):
        parent_key = "three_public_total"
    if leaf in ("合计", "小计", "总计"):
        return parent_key or "three_public_total"
    if leaf in _BESIDE_THREE_PUBLIC:
        return _BESIDE_THREE_PUBLIC[leaf]
    if "机关运行经费" in leaf:  # Shanghai: 三公 and 机关运行经费预算数 in one table
        return "administrative_operating_expenses"
    if parent_key == "official_cars":
        if "购置" in leaf:
            return "car_purchase"
        if "运行" in leaf:
            return "car_operation"
    return three_public_key(path[-1]) if path else None


def _is_label_list(layout: HeaderLayout) -> bool:
    """Two label columns side by side with no amount between them: category | item."""
    groups = layout.groups
    return len(groups) == 2 and not groups[0].amounts and bool(groups[1].amounts)


def _take_spanned_amounts(row: Row, cells: dict[str, AmountCell]) -> None:
    """A label merged across groups prints its amount at the end of the span: that amount
    belongs to the row of the label (whose own amount cells are merged copies, blank)."""
    for key, cell in cells.items():
        own = row.cells.get(key)
        if cell.value is not None and (own is None or own.value is None):
            row.cells[key] = cell


def _detach_breakdowns(rows: list[Row]) -> None:
    """Lines breaking a carry-over down by fund (final 财政拨款收入支出决算总表: 年初财政拨款
    结转和结余, then 一、一般公共预算财政拨款 …) are parts of that line, not addends of the
    side: they lose their section (and any key) so no side sum counts them twice."""
    breakdown_of: dict[Section | None, bool] = {}
    for row in rows:
        if row.section is None:
            continue
        if row.key in ("carry_over", "carry_forward"):
            breakdown_of[row.section] = True
            continue
        if not breakdown_of.get(row.section):
            continue
        words = compact(strip_list_number(row.label))
        if row.code is None and row.key in (None, *_FUND_KEYS) and _names_a_fund(words):
            row.section = None
            row.key = None
        else:
            breakdown_of[row.section] = False


_FUND_KEYS = (
    "general_public_appropriation",
    "government_fund_appropriation",
    "state_capital_appropriation",
)


def _names_a_fund(words: str) -> bool:
    return any(word in words for word in ("一般公共预算", "政府性基金", "国有资本经营"))


def _promote_grand_totals(rows: list[Row]) -> None:
    """A second 本年收入/支出合计 line below the first (Jiangsu: 当年收入小计 … 收入合计,
    with 上年结转 between) is the grand total (收入总计 / 支出总计)."""
    grand = {"income_subtotal": "income_total", "expenditure_subtotal": "expenditure_total"}
    seen: set[tuple[str, Section | None]] = set()
    for row in rows:
        if row.key not in grand:
            continue
        mark = (row.key, row.section)
        if mark in seen:
            row.key = grand[row.key]
        seen.add(mark)


def _spanned(row: list[Cell], column: Column) -> bool:
    return column.index < len(row) and row[column.index].spanned


def _text(row: list[Cell], column: Column) -> str:
    return row[column.index].text.strip() if column.index < len(row) else ""


def _read_label(
    text: str, name: str | None, context: CodeContext
) -> tuple[str | None, str | None, str | None]:
    """(code, name, key) from a code cell or a label cell."""
    if is_code_text(text):
        return context.expand("".join(text.split())), name, None
    split = split_code_and_name(text)
    if split:
        return context.expand(split[0]), name or split[1] or None, None
    return None, name, row_label_key(text)


def _is_subheading(words: str) -> bool:
    return len(words) <= 16 and any(word in words for word in SUBHEADING_WORDS)
