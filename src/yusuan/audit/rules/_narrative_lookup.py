"""Shared by the N rules: where in the tables each narrative figure's value is printed.

A narrative figure (:class:`~yusuan.model.NarrativeFigure`) names an amount by its ``key``
(:mod:`yusuan.model.figure_keys`); :func:`table_value` finds the table cell that amount must
equal (DISCLOSURE.md, "Whole-document rules"), converted to the figure's unit.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import cached_property, partial

from yusuan.audit.arithmetic import row_with_key
from yusuan.audit.context import RuleContext, cell_place
from yusuan.audit.finding import Finding, Place
from yusuan.model.amount import Unit, scale
from yusuan.model.disclosure import Disclosure
from yusuan.model.narrative import NarrativeFigure
from yusuan.model.tables import Row, Section, StandardTable, TableKind

_YUAN_PER_WAN = Decimal(10000)


class TableValue:
    """A table amount (blank counted as zero) in the unit it was asked for, and its place.

    ``place`` may be given as a function building it: it is built on first use (only
    values a finding cites need one). ``label`` is how messages name it: ``表6 合计行人员经费``.
    """

    def __init__(self, amount: Decimal, place: Place | Callable[[], Place], label: str) -> None:
        self.amount = amount
        self.label = label
        self._place = place

    @cached_property
    def place(self) -> Place:
        made = self._place
        return made if isinstance(made, Place) else made()

    def __repr__(self) -> str:
        return f"TableValue(amount={self.amount!r}, label={self.label!r})"


def convert(amount: Decimal, source: Unit | None, target: Unit | None) -> Decimal:
    """``amount`` from ``source`` to ``target`` unit (万元 ↔ 元); unchanged if either is unknown."""
    if source is None or target is None or source == target:
        return amount
    return amount * _YUAN_PER_WAN if source is Unit.WAN_YUAN else amount / _YUAN_PER_WAN


def figure_place(figure: NarrativeFigure) -> Place:
    """The place of a narrative figure: its sentence and line."""
    return Place(sentence=figure.sentence, source=figure.location)


def figure_mismatch(
    ctx: RuleContext, figure: NarrativeFigure, target: TableValue, name: str, caveat: str = ""
) -> Finding | None:
    """The finding for a narrative ``figure`` (named ``name``) that differs from the table
    value ``target``, compared at the precision the narrative prints; ``None`` when equal.
    ``caveat`` is appended to the message."""
    expected = at_precision_of(target.amount, figure.amount)
    if expected == figure.amount:
        return None  # the figure agrees: no message, no places to build
    message = (
        f"说明所述{name} {amount_text(figure.amount)}{figure.unit.value}，"
        f"{target.label}为 {amount_text(shown_amount(target.amount, figure.amount))}"
        f"{figure.unit.value}{caveat}"
    )
    return ctx.mismatch(
        figure_place(figure),
        expected,
        figure.amount,
        message,
        related=[target.place],
        unit=figure.unit,
    )


def amount_text(value: Decimal) -> str:
    """An amount as messages print it (``257.24``), without exponent notation."""
    return f"{value:f}"


def round_half_up(value: Decimal, decimals: int) -> Decimal:
    """``value`` rounded half up to ``decimals`` places (how documents print rates)."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def printed_decimals(value: Decimal) -> int:
    return scale(value)


def _first_amount_column(table: StandardTable, row: Row) -> str | None:
    """The row's amount of the year: 决算数 in a final account (its tables print the 预算数
    beside it), else the single amount column, else the first one."""
    for column in ("final", "amount"):
        if column in row.cells:
            return column
    for column in table.columns:
        if column in row.cells:
            return column
    return next(iter(row.cells), None)


def at_precision_of(expected: Decimal, found: Decimal) -> Decimal:
    """``expected`` at the decimals ``found`` is printed with, when fewer.

    The narrative may print an amount at a coarser precision than the table (``3`` for
    ``3.00``, ``3121.42`` for a table in 元 converted to ``3121.42058`` 万元); the comparison
    is made at the narrative's precision. Rounding half up is the rule, but a narrative
    whose figure is the table value cut off at its precision (Shanghai documents write
    877080 元 as 87.70 万元) is taken as stating that value: the truncation is returned then.
    """
    decimals = scale(found)
    if decimals >= scale(expected):
        return expected
    truncated = expected.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_DOWN)
    return truncated if truncated == found else round_half_up(expected, decimals)


def shown_amount(table_amount: Decimal, figure_amount: Decimal) -> Decimal:
    """A table amount as a message about ``figure_amount`` shows it.

    A table in 元 converted to 万元 gives four decimals (``958.4796``) that no document
    prints: such a value is shown at the narrative's precision (see :func:`at_precision_of`).
    A value printed at the usual two decimals is shown as printed, even next to a narrative
    figure printed coarser (``3.50`` beside ``4``).
    """
    if scale(table_amount) > max(scale(figure_amount), 2):
        return at_precision_of(table_amount, figure_amount)
    return table_amount


def half_unit_of(value: Decimal) -> Decimal:
    """Half a unit of the last printed digit of ``value`` (0.005 for ``257.24``)."""
    return Decimal(5).scaleb(-(scale(value) + 1))


def ratio_range(
    part: Decimal, part_error: Decimal, whole: Decimal, whole_error: Decimal
) -> tuple[Decimal, Decimal] | None:
    """The lowest and highest percentage ``part / whole × 100`` can be when each printed
    operand may be off by its rounding error; ``None`` when the whole may be zero."""
    low_whole, high_whole = whole - whole_error, whole + whole_error
    if low_whole <= 0:
        return None
    low = max(part - part_error, Decimal(0)) / high_whole * 100
    high = (part + part_error) / low_whole * 100
    return low, high


def rate_holds(stated: Decimal, bounds: tuple[Decimal, Decimal]) -> bool:
    """True when the stated rate (at its printed decimals, rounded half up) is what some
    value between ``bounds`` prints as."""
    decimals = scale(stated)
    low, high = (round_half_up(b, decimals) for b in bounds)
    return low <= stated <= high


def truncation_holds(stated: Decimal, bounds: tuple[Decimal, Decimal]) -> bool:
    """True when the stated rate is what some value between ``bounds`` prints as when its
    further digits are cut off instead of rounded (10.1581% printed 10.15%). Only for rates
    printed with two or more decimals: with fewer, cutting off spans so wide a range (65.95%
    and 65.01% both give 65%) that a wrong figure would too often pass for a cut-off one."""
    decimals = scale(stated)
    if decimals < 2:
        return False
    unit = Decimal(1).scaleb(-decimals)
    low, high = (b.quantize(unit, rounding=ROUND_DOWN) for b in bounds)
    return low <= stated <= high


# appended to a rate finding whose printed value is the exact rate cut off, not rounded
TRUNCATED = "；所印数值为截尾取值，未按四舍五入"


def row_value(
    table: StandardTable,
    row: Row,
    column: str | None,
    unit: Unit | None,
    what: str,
    *,
    blank_is_zero: bool = True,
) -> TableValue | None:
    """The amount of ``row`` in ``column`` (the row's single amount column when ``None``).

    A blank cell counts as zero, unless ``blank_is_zero`` is false (used for totals: a blank
    total is H/X rules' business, and usually means a cell the extraction did not see); then
    ``None`` is returned.
    """
    chosen = column or _first_amount_column(table, row)
    if chosen is None:
        return None
    if column is not None and column not in row.cells and column not in table.columns:
        return None
    if not blank_is_zero and row.value(chosen) is None:
        return None
    value = convert(row.amount(chosen), table.unit, unit)
    return TableValue(amount=value, place=partial(cell_place, table, row, chosen), label=what)


def _keyed_row(table: StandardTable, keys: tuple[str, ...], section: Section | None) -> Row | None:
    for key in keys:
        found = row_with_key(table, key, section) if section else None  # (indexed per run)
        found = found or row_with_key(table, key)
        if found is not None:
            return found
    return None


def _total_row(table: StandardTable) -> Row | None:
    return _keyed_row(table, ("total",), None)


# Figures whose breakdown (基本支出/项目支出, function items) is an appropriation's, printed
# in 表5 (一般公共预算支出表; the university 财政拨款支出表), not in 表3 (all sources).
APPROPRIATION_WHOLES = frozenset(
    ("general_public_expenditure", "appropriation_expenditure", "income.appropriation")
)

# T1 rows a figure names: (row keys tried in order, section).
_T1_ROWS: dict[str, tuple[tuple[str, ...], Section | None, str]] = {
    "total_budget": (("income_total",), Section.INCOME, "收入总计"),
    "total_income": (("income_subtotal",), Section.INCOME, "本年收入合计"),
    "total_expenditure": (("expenditure_subtotal",), Section.FUNCTION, "本年支出合计"),
}

# 收入预算/支出预算 means this year's income (本年收入合计) in most narratives and the grand
# total with carry-overs (收入总计/支出总计) in others (我校收入预算 490,808.40 万元（本年预算
# 收入 390,140.45 万元）): the grand total is the other value such a figure may state.
_T1_GRAND_TOTALS: dict[str, tuple[str, Section, str]] = {
    "total_income": ("income_total", Section.INCOME, "收入总计"),
    "total_expenditure": ("expenditure_total", Section.FUNCTION, "支出总计"),
}


def other_table_value(doc: Disclosure, key: str, unit: Unit | None) -> TableValue | None:
    """The second table amount a figure of ``key`` may state (see ``_T1_GRAND_TOTALS``):
    表1 收入总计 for ``total_income``, 支出总计 for ``total_expenditure``; else ``None``."""
    t1 = doc.table(TableKind.T1)
    if key not in _T1_GRAND_TOTALS or t1 is None:
        return None
    row_key, section, label = _T1_GRAND_TOTALS[key]
    row = _keyed_row(t1, (row_key,), section)
    if row is None:
        return None
    return row_value(t1, row, None, unit, f"表1 {label}", blank_is_zero=False)


# T7 rows of the 三公 figures.
_T7_ROWS: dict[str, tuple[tuple[str, ...], str]] = {
    "three_public.total": (("three_public_total", "total"), "合计"),
    "three_public.overseas_travel": (("overseas_travel",), "因公出国（境）费"),
    "three_public.reception": (("official_reception",), "公务接待费"),
    "three_public.cars": (("official_cars",), "公务用车购置及运行维护费"),
    "three_public.car_purchase": (("car_purchase",), "公务用车购置费"),
    "three_public.car_operation": (("car_operation",), "公务用车运行维护费"),
}


def _total_cell(
    doc: Disclosure, kinds: tuple[TableKind, ...], columns: tuple[str, ...], unit: Unit | None
) -> TableValue | None:
    """The 合计 row's amount in the first of ``columns`` the first present table has."""
    for kind in kinds:
        table = doc.table(kind)
        if table is None:
            continue
        row = _total_row(table)
        if row is None:
            continue
        for column in columns:
            if column in row.cells or column in table.columns:
                label = table.columns.get(column, column)
                what = f"表{kind.number} 合计行{label}"
                return row_value(table, row, column, unit, what, blank_is_zero=kind is TableKind.T8)
    return None


def table_value(
    doc: Disclosure, key: str, unit: Unit | None, part_of: str | None = None
) -> TableValue | None:
    """The table amount a figure of ``key`` must equal, in ``unit``; ``None`` when the
    document has no such table or row (the rule then has nothing to compare).

    Keys handled: ``total_budget``, ``total_income``, ``total_expenditure`` and ``income.*``
    (T1); ``basic_expenditure``/``project_expenditure`` (T3 合计, else T5; T5 first when
    ``part_of`` is ``general_public_expenditure`` or ``appropriation_expenditure``, the
    split of the appropriation); ``general_public_expenditure`` (T5 合计 总计);
    ``general_public_basic`` (T5 合计 基本支出, else T6 合计); ``personnel_expenses`` and
    ``public_expenses`` (T6 合计, or its 人员经费合计/公用经费合计 lines in a final account);
    ``operating_expenses`` (the 机关运行经费 line Shanghai prints in its 三公 table, else T6
    合计 公用经费); ``three_public.*`` (T7); ``government_fund_expenditure`` (T8 合计, an
    empty T8 counting as zero). In a final account the 决算数 column is the one compared.
    """
    t1 = doc.table(TableKind.T1)
    if key in _T1_ROWS and t1 is not None:
        keys, section, label = _T1_ROWS[key]
        row = _keyed_row(t1, keys, section)
        if row is None:
            return None
        return row_value(t1, row, None, unit, f"表1 {label}", blank_is_zero=False)
    if key.startswith("income.") and t1 is not None:
        source = key.removeprefix("income.")
        row = _keyed_row(t1, (source,), Section.INCOME)
        if row is None:
            return None
        return row_value(t1, row, None, unit, f"表1 {row.label}")
    if key in ("basic_expenditure", "project_expenditure"):
        column = "basic" if key == "basic_expenditure" else "project"
        kinds = (TableKind.T3, TableKind.T5)
        if part_of in APPROPRIATION_WHOLES:
            kinds = (TableKind.T5, TableKind.T3)
        return _total_cell(doc, kinds, (column,), unit)
    if key == "general_public_expenditure":
        return _total_cell(doc, (TableKind.T5,), ("total",), unit)
    if key == "general_public_basic":
        found = _total_cell(doc, (TableKind.T5,), ("basic",), unit)
        return found or _total_cell(doc, (TableKind.T6,), ("total", "basic", "amount"), unit)
    if key == "personnel_expenses":
        found = _total_cell(doc, (TableKind.T6,), ("personnel",), unit)
        return found or _t6_line(doc, "personnel_total", unit)
    if key == "operating_expenses":
        printed = _operating_expenses_row(doc, unit)
        return printed or _total_cell(doc, (TableKind.T6,), ("public",), unit)
    if key == "public_expenses":
        found = _total_cell(doc, (TableKind.T6,), ("public",), unit)
        return found or _t6_line(doc, "public_total", unit)
    if key == "government_fund_expenditure":
        return _government_fund_total(doc, unit)
    if key in _T7_ROWS:
        t7 = doc.table(TableKind.T7)
        if t7 is None:
            return None
        keys, label = _T7_ROWS[key]
        row = _keyed_row(t7, keys, None)
        if row is None:
            return None
        return row_value(t7, row, None, unit, f"表7 {label}")
    return None


def _t6_line(doc: Disclosure, key: str, unit: Unit | None) -> TableValue | None:
    """表6's 人员经费合计 / 公用经费合计 line (final accounts print them as rows, not columns)."""
    t6 = doc.table(TableKind.T6)
    row = _keyed_row(t6, (key,), None) if t6 is not None else None
    if t6 is None or row is None:
        return None
    return row_value(t6, row, None, unit, f"表6 {row.label}", blank_is_zero=False)


def _operating_expenses_row(doc: Disclosure, unit: Unit | None) -> TableValue | None:
    """The 机关运行经费 amount printed in 表7 (Shanghai's “三公”经费和机关运行经费预算表)."""
    t7 = doc.table(TableKind.T7)
    if t7 is None:
        return None
    row = _keyed_row(t7, ("administrative_operating_expenses",), None)
    if row is None:
        return None
    return row_value(t7, row, None, unit, "表7 机关运行经费", blank_is_zero=False)


def _government_fund_total(doc: Disclosure, unit: Unit | None) -> TableValue | None:
    t8 = doc.table(TableKind.T8)
    if t8 is None:
        return None
    found = _total_cell(doc, (TableKind.T8,), ("total",), unit)
    if found is not None:
        return found
    if t8.is_empty:
        place = Place(table=t8.describe(), source=t8.location)
        return TableValue(amount=Decimal(0), place=place, label="表8（空表）")
    return None
