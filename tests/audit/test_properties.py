"""Property tests of the arithmetic rules (H, X) over generated consistent table sets.

A generated budget starts from 项-level amounts per funding source (general public budget,
government fund, other income; basic and project), and from a split of the general public
basic expenditure over economic 款. Every other amount of 表1–表8 is summed bottom-up from
those, so the whole set satisfies every identity of DISCLOSURE.md. Then:

- all H and X rules find nothing on it;
- changing any one amount cell (blank cells included) by at least 0.05 gives a finding that
  names that cell, as its place or among its related places (a sum identity is placed at the
  total and lists every part it added).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.factories import RowSpec, make_disclosure, make_table
from yusuan.audit.context import cell_place
from yusuan.audit.engine import run_rules
from yusuan.audit.finding import Finding
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section, StandardTable, TableKind

I, F, E = Section.INCOME, Section.FUNCTION, Section.ECONOMIC  # noqa: E741

CLASS_POOL = ("201", "205", "207", "208", "210", "212", "221")
PERSONNEL_SECTIONS = ("30101", "30102", "30103", "30107", "30302", "30305")
PUBLIC_SECTIONS = ("30201", "30211", "30212", "30217", "30231", "30299", "31002")
SOURCES = ("gp_basic", "gp_project", "fund_basic", "fund_project", "other_basic", "other_project")

Cents = dict[str, int]


def money(cents: int) -> str:
    """Printed amount in 万元: blank for zero."""
    return "" if cents == 0 else str(Decimal(cents).scaleb(-2))


def add(rows: Iterable[Cents]) -> Cents:
    total: Cents = dict.fromkeys(SOURCES, 0)
    for row in rows:
        for key in SOURCES:
            total[key] += row[key]
    return total


@dataclass
class Budget:
    """Function codes → per-source cents (项 drawn, 款/类/合计 summed), economic 款 → cents."""

    items: dict[str, Cents]
    economic: dict[str, int]
    three_public: dict[str, int]
    codes: list[str] = field(default_factory=list)

    def amounts(self, code: str) -> Cents:
        return add(v for k, v in self.items.items() if k.startswith(code))

    def total(self) -> Cents:
        return add(self.items.values())


amount = st.one_of(st.just(0), st.integers(min_value=1, max_value=500_000))


@st.composite
def budgets(draw: st.DrawFn) -> Budget:
    classes = draw(st.lists(st.sampled_from(CLASS_POOL), min_size=1, max_size=3, unique=True))
    # the general public budget always; a government fund budget or other income sometimes
    funded = {"gp", *draw(st.sets(st.sampled_from(("fund", "other"))))}
    items: dict[str, Cents] = {}
    codes: list[str] = []
    for klass in sorted(classes):
        codes.append(klass)
        sections = draw(
            st.lists(st.sampled_from(("01", "02", "05", "99")), min_size=1, max_size=2, unique=True)
        )
        for section in sorted(sections):
            codes.append(klass + section)
            suffixes = draw(
                st.lists(
                    st.sampled_from(("01", "02", "03", "99")), min_size=1, max_size=3, unique=True
                )
            )
            for suffix in sorted(suffixes):
                code = klass + section + suffix
                codes.append(code)
                items[code] = {
                    key: draw(amount) if key.split("_")[0] in funded else 0 for key in SOURCES
                }
    basic = sum(v["gp_basic"] for v in items.values())
    chosen = draw(
        st.lists(
            st.sampled_from(PERSONNEL_SECTIONS + PUBLIC_SECTIONS),
            min_size=1,
            max_size=5,
            unique=True,
        )
    )
    cuts = sorted(
        draw(st.lists(st.integers(0, basic), min_size=len(chosen) - 1, max_size=len(chosen) - 1))
    )
    bounds = [0, *cuts, basic]
    economic = {code: bounds[i + 1] - bounds[i] for i, code in enumerate(sorted(chosen))}
    three_public = {key: draw(amount) for key in ("overseas", "purchase", "operation", "reception")}
    for key, code in (("overseas", "30212"), ("reception", "30217"), ("operation", "30231")):
        if code in economic:
            three_public[key] = economic[code]
    return Budget(items=items, economic=economic, three_public=three_public, codes=codes)


def _named_rows(budget: Budget, cells: dict[str, list[int]]) -> list[tuple[str, str, list[str]]]:
    return [("total", "合计", [money(c) for c in cells["total"]])] + [
        (code, f"科目{code}", [money(c) for c in cells[code]]) for code in budget.codes
    ]


def function_tables(budget: Budget) -> list[StandardTable]:
    codes = ["total", *budget.codes]

    def sums(code: str) -> Cents:
        return budget.total() if code == "total" else budget.amounts(code)

    t2: dict[str, list[int]] = {}
    t3: dict[str, list[int]] = {}
    t5: dict[str, list[int]] = {}
    t8: dict[str, list[int]] = {}
    for code in codes:
        a = sums(code)
        gp, fund = a["gp_basic"] + a["gp_project"], a["fund_basic"] + a["fund_project"]
        other = a["other_basic"] + a["other_project"]
        t2[code] = [gp + fund + other, gp, fund, other]
        basic = a["gp_basic"] + a["fund_basic"] + a["other_basic"]
        project = a["gp_project"] + a["fund_project"] + a["other_project"]
        t3[code] = [basic + project, basic, project, 0]
        t5[code] = [gp, a["gp_basic"], a["gp_project"]]
        t8[code] = [fund, a["fund_basic"], a["fund_project"]]
    has_fund = t8["total"][0] != 0
    return [
        make_table(
            TableKind.T2,
            [
                "total",
                "general_public_appropriation",
                "government_fund_appropriation",
                "service_revenue",
            ],
            _named_rows(budget, t2),
            first_line=100,
        ),
        make_table(
            TableKind.T3,
            ["total", "basic", "project", "carry_forward"],
            _named_rows(budget, t3),
            first_line=200,
        ),
        make_table(
            TableKind.T5, ["total", "basic", "project"], _named_rows(budget, t5), first_line=300
        ),
        make_table(
            TableKind.T8,
            ["total", "basic", "project"],
            _named_rows(budget, t8) if has_fund else [],
            first_line=400,
            note=None if has_fund else "注：本部门无政府性基金财政拨款支出。",
        ),
    ]


def economic_classes(budget: Budget) -> dict[str, int]:
    classes: dict[str, int] = {}
    for code, cents in budget.economic.items():
        classes[code[:3]] = classes.get(code[:3], 0) + cents
    return classes


def t6_table(budget: Budget) -> StandardTable:
    def row(cents: int, personnel: bool) -> list[str]:
        return [money(cents), money(cents if personnel else 0), money(0 if personnel else cents)]

    classes = economic_classes(budget)
    personnel = classes.get("301", 0) + classes.get("303", 0)
    rows = [
        (
            "total",
            "合计",
            [
                money(sum(classes.values())),
                money(personnel),
                money(sum(classes.values()) - personnel),
            ],
        )
    ]
    for klass in sorted(classes):
        is_personnel = klass in ("301", "303")
        rows.append((klass, f"科目{klass}", row(classes[klass], is_personnel)))
        rows.extend(
            (code, f"科目{code}", row(cents, is_personnel))
            for code, cents in sorted(budget.economic.items())
            if code.startswith(klass)
        )
    return make_table(TableKind.T6, ["total", "personnel", "public"], rows, first_line=500)


def t7_table(budget: Budget) -> StandardTable:
    p = budget.three_public
    cars = p["purchase"] + p["operation"]
    rows = [
        ("three_public_total", "合计", [money(p["overseas"] + cars + p["reception"])]),
        ("overseas_travel", "1. 因公出国（境）费用", [money(p["overseas"])]),
        ("official_cars", "2. 公务用车购置及运行维护费", [money(cars)]),
        ("car_purchase", "（1）公务用车购置", [money(p["purchase"])]),
        ("car_operation", "（2）公务用车运行维护费", [money(p["operation"])]),
        ("official_reception", "3. 公务接待费", [money(p["reception"])]),
    ]
    return make_table(TableKind.T7, ["amount"], rows, first_line=600)


def side_by_side(
    kind: TableKind, income: Sequence[RowSpec], expenditure: Sequence[RowSpec], columns: list[str]
) -> StandardTable:
    """One 收支总表: income rows in ``amount``, expenditure rows in ``columns``."""
    left = make_table(kind, ["amount"], income, first_line=700 + 100 * kind.number)
    right = make_table(kind, columns, expenditure, first_line=750 + 100 * kind.number)
    return left.model_copy(
        update={"rows": left.rows + right.rows, "columns": {**left.columns, **right.columns}}
    )


def expenditure_rows(
    by_class: dict[str, list[int]], by_economic: dict[str, list[int]]
) -> list[tuple[str, str, list[str], Section]]:
    rows: list[tuple[str, str, list[str], Section]] = []
    for section, classes in ((F, by_class), (E, by_economic)):
        width = len(next(iter(classes.values())))
        subtotal = [sum(v[i] for v in classes.values()) for i in range(width)]
        rows.extend(
            (code, f"科目{code}", [money(c) for c in v], section)
            for code, v in sorted(classes.items())
        )
        rows.append(("expenditure_subtotal", "本年支出合计", [money(c) for c in subtotal], section))
        rows.append(("carry_forward", "结转下年", [""] * width, section))
        rows.append(("expenditure_total", "支出总计", [money(c) for c in subtotal], section))
    return rows


def income_rows(
    items: dict[str, int], extras: tuple[str, ...]
) -> list[tuple[str, str, list[str], Section]]:
    subtotal = sum(items.values())
    rows = [(key, key, [money(cents)], I) for key, cents in items.items()]
    rows.append(("income_subtotal", "本年收入合计", [money(subtotal)], I))
    rows.extend((key, key, [""], I) for key in extras)
    rows.append(("income_total", "收入总计", [money(subtotal)], I))
    return rows


def t1_t4_tables(budget: Budget) -> list[StandardTable]:
    total = budget.total()
    gp = total["gp_basic"] + total["gp_project"]
    fund = total["fund_basic"] + total["fund_project"]
    other = total["other_basic"] + total["other_project"]
    grand = gp + fund + other
    chosen = {c for c in budget.codes if len(c) == 3}
    t1_classes = {c: [sum(budget.amounts(c).values()) if c in chosen else 0] for c in CLASS_POOL}
    t6_classes = economic_classes(budget)
    t6_total = sum(t6_classes.values())
    t1_economic = {c: [t6_classes.get(c, 0)] for c in ("301", "302", "303", "310", "399")}
    t1_economic["302"][0] += grand - t6_total
    t1 = side_by_side(
        TableKind.T1,
        income_rows(
            {
                "general_public_appropriation": gp,
                "government_fund_appropriation": fund,
                "service_revenue": other,
                "other_revenue": 0,
            },
            ("institutional_fund", "carry_over"),
        ),
        expenditure_rows(t1_classes, t1_economic),
        ["amount"],
    )
    t4_classes = {
        c: [
            sum(budget.amounts(c)[k] for k in ("gp_basic", "gp_project")) if c in chosen else 0,
            sum(budget.amounts(c)[k] for k in ("fund_basic", "fund_project")) if c in chosen else 0,
        ]
        for c in CLASS_POOL
    }
    t4_economic = {c: [t6_classes.get(c, 0), 0] for c in ("301", "302", "303", "310")}
    t4_economic["302"][0] += total["gp_project"]
    t4_economic["302"][1] += fund
    t4 = side_by_side(
        TableKind.T4,
        income_rows(
            {"general_public_appropriation": gp, "government_fund_appropriation": fund},
            ("carry_over",),
        ),
        expenditure_rows(t4_classes, t4_economic),
        ["general_public", "government_fund"],
    )
    return [t1, t4]


def disclosure(budget: Budget) -> Disclosure:
    return make_disclosure(
        *t1_t4_tables(budget), *function_tables(budget), t6_table(budget), t7_table(budget)
    )


def arithmetic_findings(doc: Disclosure) -> list[Finding]:
    return [f for r in run_rules(doc, select=["H", "X"]) for f in r.findings]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(budgets())
def test_consistent_tables_give_no_finding(budget: Budget) -> None:
    findings = arithmetic_findings(disclosure(budget))
    assert [(f.code, f.place.describe(), f.message) for f in findings] == []


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(budgets(), st.data())
def test_one_changed_cell_is_named_by_a_finding(budget: Budget, data: st.DataObject) -> None:
    doc = disclosure(budget)
    cells = [
        (kind, index, column)
        for kind, table in sorted(doc.tables.items())
        for index, row in enumerate(table.rows)
        for column in row.cells
    ]
    kind, index, column = data.draw(st.sampled_from(cells), label="cell")
    delta = data.draw(st.integers(5, 100_000).map(lambda c: Decimal(c).scaleb(-2)), label="delta")
    sign = data.draw(st.sampled_from((1, -1)), label="sign")
    table = doc.tables[kind]
    row = table.rows[index]
    new = row.amount(column) + sign * delta
    assume(new != 0)
    cell = replace(row.cells[column], text=str(new), value=new)
    changed_row = replace(row, cells={**row.cells, column: cell})
    rows = [changed_row if i == index else r for i, r in enumerate(table.rows)]
    changed_table = table.model_copy(update={"rows": rows})
    changed = doc.model_copy(update={"tables": {**doc.tables, kind: changed_table}})

    target = cell_place(changed_table, changed_row, column)
    wanted = (target.table, target.row, target.column)
    findings = arithmetic_findings(changed)
    named = [
        f
        for f in findings
        if any((p.table, p.row, p.column) == wanted for p in (f.place, *f.related))
    ]
    assert named, (
        f"{wanted} changed by {sign * delta}: {[(f.code, f.place.describe()) for f in findings]}"
    )
    assert any(f.place == target or not f.rounding for f in named)
