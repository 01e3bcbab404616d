"""Derive the eight standard tables from line items (DISCLOSURE.md identities by construction).

``derive_tables(data, name_of)`` returns a ``{TableKind: StandardTable}`` in which every
identity the audit checks holds exactly: class rows are sums of their 款, 款 of their 项,
totals of their classes; T1–T8 are built from the same items. ``name_of(code)`` gives the
classification name of a code for the fiscal year (input names first, then the catalog).

Economic classification split of basic expenditure (T6): 301 and 303 are personnel
expenses (人员经费), everything else public expenses (公用经费), the split the narrative
rules assume. 三公 come from their economic 款: 30212 因公出国（境）费, 30217 公务接待费,
30231 公务用车运行维护费, 31013 公务用车购置.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from yusuan.budget.data import APPROPRIATIONS, FUNDING_SOURCES, BudgetData, LineItem
from yusuan.model.amount import Unit
from yusuan.model.tables import (
    COLUMN_LABELS,
    ROW_LABELS,
    STANDARD_TITLES,
    AmountCell,
    Row,
    Section,
    StandardTable,
    TableKind,
)
from yusuan.read.location import SourceLocation

NameOf = Callable[[str], str]
GENERATED = SourceLocation(file="<generated>")
CENT = Decimal("0.01")

PERSONNEL_CLASSES = ("301", "303")
THREE_PUBLIC_CODES = {
    "overseas_travel": "30212",
    "official_reception": "30217",
    "car_operation": "30231",
    "car_purchase": "31013",
}
T1_INCOME = (
    "general_public_appropriation",
    "government_fund_appropriation",
    "service_revenue",
    "grants_from_higher_level",
    "remittances_from_subordinates",
    "operating_revenue",
    "other_revenue",
)
T3_OTHER_COLUMNS = (
    "remittance_to_higher",
    "subsidy_to_subordinates",
    "operating_expenditure",
    "carry_forward",
)


def money(value: Decimal | None, unit: Unit) -> str:
    """An amount as the generated tables print it: two decimals, blank for none or zero."""
    if value is None or value == 0:
        return ""
    return f"{value.quantize(CENT):f}"


def _cells(values: dict[str, Decimal | None], unit: Unit) -> dict[str, AmountCell]:
    cells = {}
    for column, value in values.items():
        text = money(value, unit)
        cells[column] = AmountCell(
            column=column,
            text=text,
            value=Decimal(text) if text else None,
            location=GENERATED,
        )
    return cells


def _row(
    values: dict[str, Decimal | None],
    unit: Unit,
    *,
    code: str | None = None,
    name: str | None = None,
    key: str | None = None,
    section: Section | None = None,
) -> Row:
    label = f"{code} {name}" if code else ROW_LABELS.get(key or "", key or "")
    return Row(
        label=label,
        code=code,
        name=name,
        key=key,
        section=section,
        cells=_cells(values, unit),
        location=GENERATED,
    )


def _table(kind: TableKind, columns: Sequence[str], rows: list[Row], unit: Unit) -> StandardTable:
    return StandardTable(
        kind=kind,
        title=STANDARD_TITLES[kind],
        unit=unit,
        columns={c: COLUMN_LABELS[c] for c in columns},
        rows=rows,
        location=GENERATED,
    )


def _sum(items: Iterable[LineItem]) -> Decimal:
    return sum((i.amount for i in items), Decimal(0))


def hierarchy_rows(
    items: Sequence[LineItem],
    columns: dict[str, Callable[[LineItem], bool]],
    name_of: NameOf,
    unit: Unit,
    *,
    economic: bool = False,
) -> list[Row]:
    """合计 then 类/款/项 rows (function) or 类/款 rows (economic), each column the sum of the
    items its predicate accepts. Codes sort numerically; levels nest."""

    def code_of(item: LineItem) -> str:
        return item.economic_code if economic else item.function_code

    lengths = (3, 5) if economic else (3, 5, 7)
    groups: dict[str, list[LineItem]] = defaultdict(list)
    for item in items:
        for length in lengths:
            groups[code_of(item)[:length]].append(item)

    def values(members: Sequence[LineItem]) -> dict[str, Decimal | None]:
        return {c: _sum(i for i in members if accept(i)) for c, accept in columns.items()}

    rows = [_row(values(items), unit, key="total")]
    for code in sorted(groups):
        rows.append(_row(values(groups[code]), unit, code=code, name=name_of(code)))
    return rows


def derive_tables(data: BudgetData, name_of: NameOf) -> dict[TableKind, StandardTable]:
    """All eight tables of ``data`` (see the module docstring for the splits used)."""
    unit = data.unit
    items = data.items
    general = [i for i in items if i.funding == "general_public_appropriation"]
    fund = [i for i in items if i.funding == "government_fund_appropriation"]
    appropriations = [i for i in items if i.funding in APPROPRIATIONS]
    basic_general = [i for i in general if i.expenditure_type == "basic"]

    def is_basic(item: LineItem) -> bool:
        return item.expenditure_type == "basic"

    def is_project(item: LineItem) -> bool:
        return item.expenditure_type == "project"

    def everything(_: LineItem) -> bool:
        return True

    def by_funding(source: str) -> Callable[[LineItem], bool]:
        return lambda item: item.funding == source

    def is_personnel(item: LineItem) -> bool:
        return item.economic_code[:3] in PERSONNEL_CLASSES

    def is_public(item: LineItem) -> bool:
        return not is_personnel(item)

    split = {"total": everything, "basic": is_basic, "project": is_project}
    tables = {
        TableKind.T1: _t1(data, name_of),
        TableKind.T2: _table(
            TableKind.T2,
            ["total", *FUNDING_SOURCES],
            hierarchy_rows(
                items,
                {"total": everything} | {s: by_funding(s) for s in FUNDING_SOURCES},
                name_of,
                unit,
            ),
            unit,
        ),
        TableKind.T3: _table(
            TableKind.T3,
            ["total", "basic", "project", *T3_OTHER_COLUMNS],
            _with_blank_columns(hierarchy_rows(items, split, name_of, unit), T3_OTHER_COLUMNS),
            unit,
        ),
        TableKind.T4: _t4(data, appropriations, name_of),
        TableKind.T5: _table(
            TableKind.T5, list(split), hierarchy_rows(general, split, name_of, unit), unit
        ),
        TableKind.T6: _table(
            TableKind.T6,
            ["total", "personnel", "public"],
            hierarchy_rows(
                basic_general,
                {"total": everything, "personnel": is_personnel, "public": is_public},
                name_of,
                unit,
                economic=True,
            ),
            unit,
        ),
        TableKind.T7: _t7(data, general),
        TableKind.T8: _table(
            TableKind.T8, list(split), hierarchy_rows(fund, split, name_of, unit), unit
        ),
    }
    if not fund:
        tables[TableKind.T8] = tables[TableKind.T8].model_copy(
            update={
                "rows": [],
                "note": f"注：本{data.info.level}无政府性基金预算财政拨款支出，故本表无数据。",
            }
        )
    return tables


def _with_blank_columns(rows: list[Row], columns: Sequence[str]) -> list[Row]:
    for row in rows:
        for column in columns:
            row.cells[column] = AmountCell(column=column, text="", value=None, location=GENERATED)
    return rows


def _class_rows(
    items: Sequence[LineItem],
    columns: dict[str, Callable[[LineItem], bool]],
    name_of: NameOf,
    unit: Unit,
    section: Section,
) -> list[Row]:
    def key(item: LineItem) -> str:
        code = item.function_code if section is Section.FUNCTION else item.economic_code
        return code[:3]

    codes = sorted({key(i) for i in items})
    return [
        _row(
            {
                c: _sum(i for i in items if key(i) == code and accept(i))
                for c, accept in columns.items()
            },
            unit,
            code=code,
            name=name_of(code),
            section=section,
        )
        for code in codes
    ]


def _t1(data: BudgetData, name_of: NameOf) -> StandardTable:
    unit, items = data.unit, data.items
    total = _sum(items)
    amount = {"amount": lambda _: True}

    def source(key: str) -> Decimal:
        return _sum(i for i in items if i.funding == key)

    subtotal = sum((source(k) for k in T1_INCOME), Decimal(0))
    rows = [_row({"amount": source(k)}, unit, key=k, section=Section.INCOME) for k in T1_INCOME]
    rows += [
        _row({"amount": subtotal}, unit, key="income_subtotal", section=Section.INCOME),
        _row(
            {"amount": source("institutional_fund")},
            unit,
            key="institutional_fund",
            section=Section.INCOME,
        ),
        _row({"amount": source("carry_over")}, unit, key="carry_over", section=Section.INCOME),
        _row({"amount": total}, unit, key="income_total", section=Section.INCOME),
    ]
    for section in (Section.FUNCTION, Section.ECONOMIC):
        rows += _class_rows(items, amount, name_of, unit, section)
        rows += [
            _row({"amount": total}, unit, key="expenditure_subtotal", section=section),
            _row({"amount": Decimal(0)}, unit, key="carry_forward", section=section),
            _row({"amount": total}, unit, key="expenditure_total", section=section),
        ]
    return _table(TableKind.T1, ["amount"], rows, unit)


def _t4(data: BudgetData, items: Sequence[LineItem], name_of: NameOf) -> StandardTable:
    unit = data.unit
    columns: dict[str, Callable[[LineItem], bool]] = {
        "general_public": lambda i: i.funding == "general_public_appropriation",
        "government_fund": lambda i: i.funding == "government_fund_appropriation",
    }
    general = _sum(i for i in items if columns["general_public"](i))
    fund = _sum(i for i in items if columns["government_fund"](i))
    both = {"general_public": general, "government_fund": fund}
    rows = [
        _row({"amount": general}, unit, key="general_public_appropriation", section=Section.INCOME),
        _row({"amount": fund}, unit, key="government_fund_appropriation", section=Section.INCOME),
        _row({"amount": general + fund}, unit, key="income_subtotal", section=Section.INCOME),
        _row({"amount": Decimal(0)}, unit, key="carry_over", section=Section.INCOME),
        _row({"amount": general + fund}, unit, key="income_total", section=Section.INCOME),
    ]
    for section in (Section.FUNCTION, Section.ECONOMIC):
        rows += _class_rows(items, columns, name_of, unit, section)
        rows += [
            _row(dict(both), unit, key="expenditure_subtotal", section=section),
            _row(
                {"general_public": Decimal(0), "government_fund": Decimal(0)},
                unit,
                key="carry_forward",
                section=section,
            ),
            _row(dict(both), unit, key="expenditure_total", section=section),
        ]
    return _table(TableKind.T4, ["amount", "general_public", "government_fund"], rows, unit)


def three_public(items: Sequence[LineItem]) -> dict[str, Decimal]:
    """The 三公 amounts of ``items`` (general public budget), by T7 row key."""
    parts = {
        key: _sum(i for i in items if i.economic_code == code)
        for key, code in THREE_PUBLIC_CODES.items()
    }
    parts["official_cars"] = parts["car_purchase"] + parts["car_operation"]
    parts["three_public_total"] = (
        parts["overseas_travel"] + parts["official_cars"] + parts["official_reception"]
    )
    return parts


def _t7(data: BudgetData, general: Sequence[LineItem]) -> StandardTable:
    parts = three_public(general)
    order = (
        "three_public_total",
        "overseas_travel",
        "official_cars",
        "car_purchase",
        "car_operation",
        "official_reception",
    )
    rows = [_row({"amount": parts[key]}, data.unit, key=key) for key in order]
    table = _table(TableKind.T7, ["amount"], rows, data.unit)
    if parts["three_public_total"] == 0:
        level = data.info.level
        table.note = (
            f"注：本{level} {data.info.fiscal_year} 年无一般公共预算“三公”经费预算，故本表无数据。"
        )
    return table
