"""What a generated disclosure must read back as, computed from the budget data alone.

Tables come from :func:`yusuan.budget.derive.derive_tables` (the renderers' source too, but
its identities are tested in tests/budget); narrative figures, stated counts and performance
indicators are computed here directly from the line items, independently of
:mod:`yusuan.render.compose`, so a figure the template states wrongly is caught.

Everything is reduced to plain, comparable values (tuples, dicts of ``Decimal``), so an
assertion failure shows exactly which table, row, column or figure differs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal

from yusuan.budget.data import FUNDING_SOURCES, BudgetData, LineItem
from yusuan.budget.derive import THREE_PUBLIC_CODES, derive_tables
from yusuan.budget.validate import name_resolver
from yusuan.catalog.catalog import default_catalog
from yusuan.model.disclosure import Disclosure
from yusuan.model.narrative import NarrativeFigure
from yusuan.model.tables import StandardTable, TableKind

CENT = Decimal("0.01")
NameOf = Callable[[str], str]

RowId = tuple[str | None, str]
"""A row as (section, code or key)."""
TableValues = dict[RowId, dict[str, Decimal | None]]
Statement = tuple[object, ...]
"""(key, name, part_of, amount, last_year, change, direction, growth_rate, share)."""
IndicatorRow = tuple[str | None, str | None, str | None, str, str]
"""(project, level1, level2, name, target)."""


def name_of(data: BudgetData) -> NameOf:
    """Names of codes as ``yusuan render`` resolves them (input names, then the catalog)."""
    resolve = name_resolver(data, default_catalog())
    return lambda code: resolve(code, "function" if code[0] == "2" else "economic") or code


def table_values(table: StandardTable) -> TableValues:
    """Every amount cell of ``table`` by row (section, code or key) and column key."""
    values: TableValues = {}
    for row in table.rows:
        row_id = (row.section.value if row.section else None, row.code or row.key or row.label)
        assert row_id not in values, f"{table.kind}: row {row_id} printed twice"
        values[row_id] = {column: cell.value for column, cell in row.cells.items()}
    return values


def expected_tables(data: BudgetData) -> dict[TableKind, TableValues]:
    return {kind: table_values(t) for kind, t in derive_tables(data, name_of(data)).items()}


def extracted_tables(disclosure: Disclosure) -> dict[TableKind, TableValues]:
    return {kind: table_values(t) for kind, t in disclosure.tables.items()}


def _sum(items: Iterable[LineItem]) -> Decimal:
    return sum((i.amount for i in items), Decimal(0))


def _percent(part: Decimal, whole: Decimal) -> Decimal:
    return (part * 100 / whole).quantize(CENT, rounding=ROUND_HALF_UP)


def _statement(
    key: str,
    amount: Decimal,
    *,
    name: str | None = None,
    part_of: str | None = None,
    last: Decimal | None = None,
    share_of: Decimal | None = None,
) -> Statement:
    change = direction = rate = share = None
    amount = amount.quantize(CENT)
    last = last.quantize(CENT) if last is not None else None
    if last is not None:
        difference = amount - last
        direction = "持平" if difference == 0 else ("增加" if difference > 0 else "减少")
        if difference:
            change = abs(difference)
            rate = _percent(abs(difference), last) if last else None
    if share_of is not None:
        share = _percent(amount, share_of)
    return (key, name, part_of, amount, last, change, direction, rate, share)


def statement_of(figure: NarrativeFigure) -> Statement:
    """The extracted figure reduced like :func:`expected_statements`'s entries."""
    return (
        figure.key,
        figure.name,
        figure.part_of,
        figure.amount,
        figure.last_year,
        figure.change,
        figure.direction,
        figure.growth_rate,
        figure.share,
    )


def expected_statements(data: BudgetData) -> list[Statement]:
    """Every figure the generated narrative states, computed from the line items.

    The narrative (template ``render/templates/narrative.j2``) states: the total budget,
    income and expenditure with each income source and basic/project (with shares); each
    function 类 of all expenditure; the general public budget with its basic and project
    expenditure (compared with last year) and the 项 its projects fall under; general public
    basic expenditure split into personnel (301 + 303) and public expenses with their
    economic 类; government fund expenditure when there is any; the operating expenses
    (= public expenses); procurement and its parts; the amounts covered by performance
    targets; 三公 and its four parts (compared with last year).
    """
    names = name_of(data)
    items = data.items
    last = data.last_year
    general = [i for i in items if i.funding == "general_public_appropriation"]
    fund = [i for i in items if i.funding == "government_fund_appropriation"]
    general_basic = [i for i in general if i.expenditure_type == "basic"]
    total = _sum(items)
    basic = _sum(i for i in items if i.expenditure_type == "basic")
    project = total - basic

    out = [
        _statement("total_budget", total, last=last.total),
        _statement("total_income", total),
    ]
    for source in FUNDING_SOURCES:
        value = _sum(i for i in items if i.funding == source)
        if value:
            out.append(
                _statement(f"income.{source}", value, part_of="total_income", share_of=total)
            )
    out += [
        _statement("total_expenditure", total),
        _statement("basic_expenditure", basic, part_of="total_expenditure", share_of=total),
        _statement("project_expenditure", project, part_of="total_expenditure", share_of=total),
    ]
    by_class: dict[str, Decimal] = defaultdict(Decimal)
    for item in items:
        by_class[item.function_code[:3]] += item.amount
    out += [
        _statement("function", value, name=names(code), part_of="total_expenditure")
        for code, value in sorted(by_class.items())
    ]
    general_project = _sum(i for i in general if i.expenditure_type == "project")
    out += [
        _statement("general_public_expenditure", _sum(general)),
        # the narrative compares the general public budget's basic and project expenditure
        # with last year's budget of the same
        _statement(
            "basic_expenditure",
            _sum(general_basic),
            part_of="general_public_expenditure",
            last=last.basic,
        ),
        _statement(
            "project_expenditure",
            general_project,
            part_of="general_public_expenditure",
            last=last.project,
        ),
    ]
    by_item: dict[str, Decimal] = defaultdict(Decimal)
    for item in general:
        if item.expenditure_type == "project":
            by_item[item.function_code] += item.amount
    out += [
        _statement("function", value, name=names(code), part_of="project_expenditure")
        for code, value in sorted(by_item.items())
    ]
    personnel = [i for i in general_basic if i.economic_code[:3] in ("301", "303")]
    public = [i for i in general_basic if i.economic_code[:3] not in ("301", "303")]
    out.append(_statement("general_public_basic", _sum(general_basic)))
    for key, part in (("personnel_expenses", personnel), ("public_expenses", public)):
        out.append(_statement(key, _sum(part), part_of="general_public_basic"))
        by_economic: dict[str, Decimal] = defaultdict(Decimal)
        for item in part:
            by_economic[item.economic_code[:3]] += item.amount
        out += [
            _statement("economic", value, name=names(code), part_of=key)
            for code, value in sorted(by_economic.items())
        ]
    if fund:
        out.append(_statement("government_fund_expenditure", _sum(fund)))
    out.append(_statement("operating_expenses", _sum(public)))
    bought = data.procurement
    out.append(_statement("procurement.total", bought.goods + bought.services + bought.works))
    for key in ("goods", "services", "works"):
        out.append(
            _statement(f"procurement.{key}", getattr(bought, key), part_of="procurement.total")
        )
    projects = data.projects()
    covered = {t.project for t in data.targets if t.project}
    if covered:
        out.append(
            _statement(
                "performance.projects_amount", sum((projects[p] for p in covered), Decimal(0))
            )
        )
    if any(t.project is None for t in data.targets):
        out.append(_statement("performance.overall_amount", total))
    parts = {
        key: _sum(i for i in general if i.economic_code == code)
        for key, code in THREE_PUBLIC_CODES.items()
    }
    out.append(_statement("three_public.total", sum(parts.values(), Decimal(0))))
    for key, figure in (
        ("overseas_travel", "overseas_travel"),
        ("official_reception", "reception"),
        ("car_purchase", "car_purchase"),
        ("car_operation", "car_operation"),
    ):
        out.append(
            _statement(
                f"three_public.{figure}",
                parts[key],
                part_of="three_public.total",
                last=last.three_public.get(key),
            )
        )
    return out


def expected_counts(data: BudgetData) -> dict[str, int]:
    """The counts the narrative states about performance targets."""
    counts: dict[str, int] = {}
    project_rows = [t for t in data.targets if t.project]
    overall_rows = [t for t in data.targets if not t.project]
    if project_rows:
        counts["project_indicators"] = len(project_rows)
        covered = {t.project for t in project_rows}
        if not covered >= set(data.projects()):
            counts["projects"] = len(covered)
    if overall_rows:
        counts["overall_indicators"] = len(overall_rows)
    return counts


def extracted_counts(disclosure: Disclosure) -> dict[str, int]:
    keys = ("project_indicators", "overall_indicators", "projects")
    return {c.key: c.value for c in disclosure.counts if c.key in keys}


def expected_indicators(data: BudgetData) -> list[IndicatorRow]:
    """Every target row as (project, level1, level2, name, target), tables in print order."""
    order = [None, *data.projects()]
    return [
        (t.project, t.level1, t.level2, t.name, t.target)
        for project in order
        for t in data.targets
        if t.project == project
    ]


_NUMBER_SPACE_CJK = re.compile(r"(?<=[0-9A-Za-z%])\s+(?=[\u4e00-\u9fff])")


def without_unit_space(row: IndicatorRow) -> IndicatorRow:
    """``row`` with the space between a number and its Chinese unit removed (``12 次`` →
    ``12次``), as the PDF reader reads it back."""
    project, level1, level2, name, target = row
    return (project, level1, level2, name, _NUMBER_SPACE_CJK.sub("", target))


def extracted_indicators(disclosure: Disclosure) -> list[IndicatorRow]:
    return [
        (table.project if table.scope == "project" else None, i.level1, i.level2, i.name, i.target)
        for table in disclosure.performance
        for i in table.indicators
    ]


def expected_project_amounts(data: BudgetData) -> dict[str, Decimal]:
    """Project → the 项目金额 its performance table states (projects with targets only)."""
    covered = {t.project for t in data.targets if t.project}
    return {p: a for p, a in data.projects().items() if p in covered}


def extracted_project_amounts(disclosure: Disclosure) -> dict[str, Decimal | None]:
    return {t.project or "": t.amount for t in disclosure.project_performance}
