"""N101: a narrative total, income, expenditure or 三公 figure differs from its table."""

from __future__ import annotations

from decimal import Decimal

from tests.audit.rules.arithmetic_support import I, seed_t1
from tests.audit.rules.document_support import findings, only, seed_function_table, seed_t6, seed_t7
from tests.factories import figure, make_disclosure
from yusuan.audit.finding import Severity
from yusuan.model.amount import Unit
from yusuan.model.disclosure import Disclosure


def _doc(*figures: object) -> Disclosure:
    return make_disclosure(
        seed_t1(),
        seed_function_table(),
        seed_t6(),
        seed_t7(),
        narrative=list(figures),  # type: ignore[arg-type]
    )


def test_seed_figures_that_match_their_tables_hold() -> None:
    doc = _doc(
        figure("total_budget", "521.05"),
        figure("total_income", "521.05"),
        figure("income.general_public_appropriation", "521.05"),
        figure("basic_expenditure", "343.64"),
        figure("project_expenditure", "177.41"),
        figure("public_expenses", "46.51"),
        figure("three_public.total", "3"),
        figure("three_public.reception", "0"),  # blank in 表7 counts as 0
        figure("three_public.car_operation", "3"),
    )
    assert findings("N101", doc) == []


def test_personnel_expenses_differing_from_t6() -> None:
    # seed: 人员经费 257.24 (= 301 alone) against 表6 合计 人员经费 297.13
    f = only("N101", _doc(figure("personnel_expenses", "257.24", line=118)))
    assert (f.expected, f.found, f.difference) == (
        Decimal("297.13"),
        Decimal("257.24"),
        Decimal("-39.89"),
    )
    assert f.severity is Severity.ERROR
    assert f.message == "说明所述人员经费 257.24万元，表6 合计行人员经费为 297.13万元"
    assert f.place.source is not None and f.place.source.line == 118


def test_income_source_differing_from_t1() -> None:
    f = only("N101", _doc(figure("income.general_public_appropriation", "512.05")))
    assert (f.expected, f.found) == (Decimal("521.05"), Decimal("512.05"))


def test_seed(seed: Disclosure) -> None:
    assert [(f.expected, f.found) for f in findings("N101", seed)] == [
        (Decimal("297.13"), Decimal("257.24"))
    ]


def test_blank_table_total_is_left_to_the_arithmetic_rules() -> None:
    t1 = seed_t1({("income_subtotal", I): ""})
    doc = make_disclosure(t1, narrative=[figure("total_income", "521.05")])
    assert findings("N101", doc) == []


def test_compared_at_the_narrative_precision() -> None:
    # 表7 in 元: 30000.40 元 = 3.00004 万元, printed as 3.00 万元 in the narrative
    t7 = seed_t7()
    t7 = t7.model_copy(update={"unit": Unit.YUAN})
    row = t7.rows[0]
    cell = row.cells["amount"].model_copy(update={"value": Decimal("30000.40")})
    row.cells["amount"] = cell
    doc = make_disclosure(t7, narrative=[figure("three_public.total", "3.00")])
    assert findings("N101", doc) == []
    doc = make_disclosure(t7, narrative=[figure("three_public.total", "3.01")])
    assert only("N101", doc).expected == Decimal("3.00")
