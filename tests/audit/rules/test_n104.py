"""N104: a function-classification figure differs from the row of that name."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.audit.rules.corpus_support import corpus_findings, values
from tests.audit.rules.document_support import findings, only, seed_function_table
from tests.factories import figure, make_disclosure
from yusuan.model.amount import Unit
from yusuan.model.disclosure import Disclosure


def _doc(name: str, amount: str) -> Disclosure:
    fig = figure("function", amount, name=name, part_of="total_expenditure")
    return make_disclosure(seed_function_table(), narrative=[fig])


def test_function_amounts_equal_to_their_rows() -> None:
    assert findings("N104", _doc("社会保障和就业支出", "50.34")) == []
    assert findings("N104", _doc("住房保障支出", "37.96")) == []


def test_function_amount_differing_from_its_row() -> None:
    f = only("N104", _doc("卫生健康支出", "53.91"))
    assert (f.expected, f.found) == (Decimal("35.91"), Decimal("53.91"))
    assert (
        f.message
        == "说明所述卫生健康支出 53.91万元，表3 部门支出预算总表 210 卫生健康支出为 35.91万元"
    )


def test_project_list_is_compared_with_the_project_column() -> None:
    fig = figure("function", "170.00", name="电视", part_of="project_expenditure")
    f = only("N104", make_disclosure(seed_function_table(), narrative=[fig]))
    assert (f.expected, f.found) == (Decimal("177.41"), Decimal("170.00"))


def test_seed_amounts_hold(seed: Disclosure) -> None:
    assert findings("N104", seed) == []


# Real documents (../shared/corpus/real), each value checked on the page.


def test_corpus_putuo_finance_2025_typo_in_the_narrative(shared_dir: Path) -> None:
    # p7 item 7 (and the same list on p8): "…机关事业单位职业年金缴费支出（项）”887.36万元";
    # 表5 (in 元) prints 2080506 873,617.00 元 = 87.36 万元: a stray 8 in the narrative.
    found = corpus_findings(shared_dir, "N104", "shanghai-putuo_finance_2025_budget.pdf")
    assert values(found) == [
        (Decimal("87.36"), Decimal("887.36"), Decimal("800.00"), 7),
        (Decimal("87.36"), Decimal("887.36"), Decimal("800.00"), 8),
    ]
    assert all(f.unit is Unit.WAN_YUAN for f in found)  # the figure's unit, not the table's
    assert found[0].message.endswith("2080506 机关事业单位职业年金缴费支出为 87.36万元")


def test_corpus_welfare_home_appropriation_item_against_table_5(shared_dir: Path) -> None:
    # p6 "财政拨款支出主要内容如下" item 4: 社会福利事业单位（项）738.66 万元; the appropriation
    # is 表5's 2081005 6,964,796 元 = 696.48 万元 (表3's 958.48 adds 事业收入 262.00).
    found = corpus_findings(shared_dir, "N104", "shanghai-putuo_welfare-home_2024_budget.pdf")
    assert values(found) == [(Decimal("696.48"), Decimal("738.66"), Decimal("42.18"), 6)]


def test_corpus_planning_resources_health_class(shared_dir: Path) -> None:
    # p21 一般公共预算财政拨款支出 … 主要用于以下方面：卫生健康支出（类）236.63 万元;
    # 表5 210 卫生健康支出 236.64 (城乡社区支出 3832.36 is 表5's, not 表3's 3845.24)
    name = "shanghai-putuo_planning-resources_2024_final.pdf"
    found = corpus_findings(shared_dir, "N104", name)
    assert values(found) == [(Decimal("236.64"), Decimal("236.63"), Decimal("-0.01"), 21)]


@pytest.mark.parametrize(
    "names",
    [
        # "…组织事务（款）一般行政管理事务（项）" is 2013202, not the first 一般行政管理事务
        ("shanghai-putuo_wanli-street_2023_budget.pdf",),
        ("shanghai-putuo_wanli-street_2024_budget.pdf",),
        ("shanghai-putuo_wanli-street_2025_budget.pdf",),
        # Jiangsu: 表3 prints no function rows; the whole-budget list is 表1's class lines
        ("jiangsu_cppcc-office_2019_budget.pdf", "jiangsu_cppcc-office_2019_budget-tables.pdf"),
        ("jiangsu_party-office_2017_budget.pdf", "jiangsu_party-office_2017_budget-tables.pdf"),
        ("jiangsu_procuratorate_2017_budget.pdf",),
        ("jiangsu_highcourt_2018_budget.pdf",),
        ("chongqing_swu_2021_budget.pdf",),
    ],
)
def test_corpus_function_items_that_agree(shared_dir: Path, names: tuple[str, ...]) -> None:
    assert corpus_findings(shared_dir, "N104", *names) == []
