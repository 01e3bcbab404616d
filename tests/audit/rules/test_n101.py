"""N101: a narrative total, income, expenditure or 三公 figure differs from its table."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from tests.audit.rules.arithmetic_support import I, seed_t1
from tests.audit.rules.corpus_support import corpus_findings, values
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
    cell = replace(row.cells["amount"], value=Decimal("30000.40"))
    row.cells["amount"] = cell
    doc = make_disclosure(t7, narrative=[figure("three_public.total", "3.00")])
    assert findings("N101", doc) == []
    doc = make_disclosure(t7, narrative=[figure("three_public.total", "3.01")])
    assert only("N101", doc).expected == Decimal("3.00")


# Real documents (../shared/corpus/real), each value checked on the page.


def test_corpus_swu_2021_draw_on_balance_typo(shared_dir: Path) -> None:
    # p9: "使用非财政拨款结余 18,953.73 万元"; 表1 and p10 print 18,953.78
    found = corpus_findings(shared_dir, "N101", "chongqing_swu_2021_budget.pdf")
    assert values(found) == [(Decimal("18953.78"), Decimal("18953.73"), Decimal("-0.05"), 9)]
    # p10 "收入预算 490,808.40 万元（本年预算收入 390,140.45 万元）": 收入总计 and 本年收入合计
    # p12 "其中教育支出预算数为 207,796.18 万元": a function item, not the total expenditure


def test_corpus_procuratorate_2017_basic_expenditure_typo(shared_dir: Path) -> None:
    # p19: "此外，基本支出预算数为 12323.46 万元"; 表3 合计 基本支出 12323.48 (p20 too);
    # p20 "财政拨款收、支总预算 17981.68 万元" is the appropriation, not 收入总计 17996.68
    found = corpus_findings(shared_dir, "N101", "jiangsu_procuratorate_2017_budget.pdf")
    assert values(found) == [(Decimal("12323.48"), Decimal("12323.46"), Decimal("-0.02"), 19)]


def test_corpus_planning_resources_2024_final_basic_and_personnel(shared_dir: Path) -> None:
    # p24: "一般公共预算财政拨款基本支出 5377.64 万元。其中：人员经费 4896.98 万元";
    # 表5 合计 基本支出 5364.75, 表6 人员经费合计 4884.09 (+ 公用经费合计 480.66 = 5364.75).
    # p25-26: 公务接待费 0.39 is the 决算数 of 表7 (its 预算数 2.85 is not compared), and
    # "含外宾接待支出 0.00 万元" is no 公务接待费 figure.
    name = "shanghai-putuo_planning-resources_2024_final.pdf"
    found = corpus_findings(shared_dir, "N101", name)
    assert values(found) == [
        (Decimal("5364.75"), Decimal("5377.64"), Decimal("12.89"), 24),
        (Decimal("4884.09"), Decimal("4896.98"), Decimal("12.89"), 24),
    ]
    assert all(f.unit is Unit.WAN_YUAN for f in found)


@pytest.mark.parametrize(
    "names",
    [
        # p17 "财政拨款支出总计为 237,100.00 万元，其中基本支出 199,015.13 万元": 表4 (表5) 合计
        ("chongqing_swu_2023_final.pdf",),
        ("chongqing_swu_2024_final.pdf",),
        # "财政专户管理资金收入预算总计 0 万元" / "其他资金收入预算总计 80 万元": income sources
        ("jiangsu_cppcc-office_2019_budget.pdf", "jiangsu_cppcc-office_2019_budget-tables.pdf"),
        ("jiangsu_npc-office_2018_budget.pdf",),
        ("jiangsu_party-office_2017_budget.pdf", "jiangsu_party-office_2017_budget-tables.pdf"),
    ],
)
def test_corpus_documents_whose_figures_agree(shared_dir: Path, names: tuple[str, ...]) -> None:
    assert corpus_findings(shared_dir, "N101", *names) == []
