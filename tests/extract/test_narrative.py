"""Narrative extraction on the seed document; every value checked by hand against the text
(line numbers of src/yusuan/examples/江汉区融媒体中心2020预算.txt in the comments)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from yusuan.extract.narrative import extract_narrative
from yusuan.extract.result import NarrativeResult
from yusuan.model.amount import Unit
from yusuan.model.narrative import NarrativeFigure
from yusuan.read import Document


@pytest.fixture(scope="module")
def narrative(seed_document: Document) -> NarrativeResult:
    return extract_narrative(seed_document)


def only(result: NarrativeResult, key: str, *, line: int | None = None) -> NarrativeFigure:
    found = [
        f for f in result.figures if f.key == key and (line is None or f.location.line == line)
    ]
    assert len(found) == 1, [(f.key, f.amount, f.location.line) for f in found]
    return found[0]


def test_cover(narrative: NarrativeResult) -> None:
    assert narrative.title == "江汉区融媒体中心 2020 年部门预算"
    assert narrative.department == "江汉区融媒体中心"
    assert narrative.fiscal_year == 2020
    assert narrative.is_final_account is False


def test_total_budget_with_last_year_change_and_rate(narrative: NarrativeResult) -> None:
    # 87: 2020 年部门总预算 521.05 万元,比 2019 年预算 472.73 万元增加 48.32 万元，增长 10%
    figure = only(narrative, "total_budget")
    assert (figure.amount, figure.unit, figure.text) == (
        Decimal("521.05"),
        Unit.WAN_YUAN,
        "521.05 万元",
    )
    assert figure.last_year == Decimal("472.73")
    assert figure.last_year_label == "比 2019 年预算"
    assert (figure.change, figure.direction, figure.growth_rate) == (
        Decimal("48.32"),
        "增加",
        Decimal("10"),
    )
    assert figure.section == "二、收支预算总体安排情况"
    assert figure.location.line == 87


def test_income_breakdown(narrative: NarrativeResult) -> None:
    # 89: 2020 年部门预算收入 521.05 万元，其中：一般公共预算财政拨款收入 521.05 万元，占 100%。
    assert only(narrative, "total_income").amount == Decimal("521.05")
    income = only(narrative, "income.general_public_appropriation")
    assert income.amount == Decimal("521.05")
    assert (income.part_of, income.share, income.share_of) == (
        "total_income",
        Decimal("100"),
        "total_income",
    )


def test_expenditure_breakdown_in_section_two(narrative: NarrativeResult) -> None:
    # 91: 支出 521.05 万元，其中：基本支出 343.64 万元，占 66%;项目支出 177.41 万元,占 34%。
    assert only(narrative, "total_expenditure").amount == Decimal("521.05")
    basic = only(narrative, "basic_expenditure", line=91)
    assert (basic.amount, basic.share, basic.share_of) == (
        Decimal("343.64"),
        Decimal("66"),
        "total_expenditure",
    )
    project = only(narrative, "project_expenditure", line=91)
    assert (project.amount, project.share, project.part_of) == (
        Decimal("177.41"),
        Decimal("34"),
        "total_expenditure",
    )
    assert project.change is None


def test_section_three_changes_attach_to_their_own_figure(narrative: NarrativeResult) -> None:
    # 104: 2020 年一般公共预算安排支出 521.05 万元
    assert only(narrative, "general_public_expenditure").amount == Decimal("521.05")
    # 106: （一）基本支出 343.64 万元，…。较 2019 年预算增加 1.38 万元，增长 0.4%
    basic = only(narrative, "basic_expenditure", line=106)
    assert (basic.amount, basic.change, basic.direction, basic.growth_rate) == (
        Decimal("343.64"),
        Decimal("1.38"),
        "增加",
        Decimal("0.4"),
    )
    assert basic.part_of == "general_public_expenditure"
    # 108: （二）项目支出 177.41 万元，较 2019 年预算增加 46.94 万元，增长 36%
    project = only(narrative, "project_expenditure", line=108)
    assert project.section == "三、一般公共预算安排情况"
    assert (project.amount, project.change, project.direction, project.growth_rate) == (
        Decimal("177.41"),
        Decimal("46.94"),
        "增加",
        Decimal("36"),
    )
    assert project.last_year is None
    assert project.last_year_label == "较 2019 年预算"


def test_function_lists(narrative: NarrativeResult) -> None:
    functions = [
        (f.name, str(f.amount), f.part_of, f.location.line)
        for f in narrative.figures
        if f.key == "function"
    ]
    assert functions == [
        ("一般公共服务支出", "396.84", "total_expenditure", 95),
        ("社会保障和就业支出", "50.34", "total_expenditure", 97),
        ("卫生健康支出", "35.91", "total_expenditure", 98),
        ("资源勘探工业信息等事务支出", "0", "total_expenditure", 99),
        ("住房保障支出", "37.96", "total_expenditure", 100),
        # 112: under （二）项目支出: 1、一般行政管理事务 177.41 万元
        ("一般行政管理事务", "177.41", "project_expenditure", 112),
    ]


def test_basic_expenditure_section(narrative: NarrativeResult) -> None:
    # 116: 2020 年一般公共预算基本支出 343.64 万元
    assert only(narrative, "general_public_basic").amount == Decimal("343.64")
    # 118: （一）人员经费 257.24 万元 (the economic class below says 257.42: a real typo)
    personnel = only(narrative, "personnel_expenses")
    assert (personnel.amount, personnel.part_of) == (Decimal("257.24"), "general_public_basic")
    economic = [(f.name, f.amount, f.part_of) for f in narrative.figures if f.key == "economic"]
    assert economic == [
        ("工资福利支出", Decimal("257.42"), "personnel_expenses"),
        ("对个人和家庭的补助", Decimal("39.89"), "personnel_expenses"),
    ]
    # 124: （二）公用经费 46.51 万元
    public = only(narrative, "public_expenses")
    assert (public.amount, public.part_of) == (Decimal("46.51"), "general_public_basic")


def test_other_matters(narrative: NarrativeResult) -> None:
    assert only(narrative, "operating_expenses").amount == Decimal("46.51")  # 136
    # 140: 政府采购预算支出合计 5.5 万元。包括：物类 1.5 万元，服务类 4 万元，工程类 0 万元。
    procurement = {
        f.key: (str(f.amount), f.part_of)
        for f in narrative.figures
        if f.key.startswith("procurement")
    }
    assert procurement == {
        "procurement.total": ("5.5", None),
        "procurement.goods": ("1.5", "procurement.total"),
        "procurement.services": ("4", "procurement.total"),
        "procurement.works": ("0", "procurement.total"),
    }
    assert only(narrative, "purchased_services").amount == Decimal("0")  # 154
    # 150: 所有项目支出均纳入…涉及一般公共预算 177.41 万元 … 整体绩效目标，涉及一般公共预算 521.05 万元
    assert only(narrative, "performance.projects_amount").amount == Decimal("177.41")
    assert only(narrative, "performance.overall_amount").amount == Decimal("521.05")


def test_three_public(narrative: NarrativeResult) -> None:
    total = only(narrative, "three_public.total")  # 164: “三公”经费预算3万元
    assert (total.amount, total.text) == (Decimal("3"), "3万元")
    overseas = only(
        narrative, "three_public.overseas_travel"
    )  # 168: 预算控制数为 0 万元，与上年预算持平
    assert (overseas.amount, overseas.direction, overseas.change) == (Decimal("0"), "持平", None)
    assert overseas.section == "（一）因公出国（境）费"
    reception = only(narrative, "three_public.reception")  # 172: 比上年预算减少0万元
    assert (reception.amount, reception.change, reception.direction) == (
        Decimal("0"),
        Decimal("0"),
        "减少",
    )
    assert only(narrative, "three_public.car_purchase").amount == Decimal("0")  # 176
    # 178: 公车运行维护费3万元，用于…。比上年减少 3 万元，原因为单位减少车辆 1 台。
    car = only(narrative, "three_public.car_operation")
    assert (car.amount, car.change, car.direction) == (Decimal("3"), Decimal("3"), "减少")
    assert car.part_of == "three_public.total"


def test_no_figure_from_glossary_or_tables(narrative: NarrativeResult) -> None:
    lines = {f.location.line or 0 for f in narrative.figures}
    assert max(lines) == 178  # nothing after 第三部分 名词解释 (180) or in the tables
    assert all(f.key != "economic" or f.location.line in (120, 122) for f in narrative.figures)


def test_counts_and_flags(narrative: NarrativeResult) -> None:
    counts = {(c.key, c.value, c.location.line) for c in narrative.counts}
    assert counts == {
        ("internal_units", 5, 79),
        ("official_cars", 1, 144),
        ("project_indicators", 4, 150),
        ("overall_indicators", 22, 150),
    }
    flags = {f.key: f for f in narrative.flags}
    assert set(flags) == {"no_government_fund", "all_projects_have_targets"}
    assert (
        flags["no_government_fund"].sentence
        == "我单位 2020 年没有使用政府性基金预算财政拨款安排的支出。"
    )
    assert flags["all_projects_have_targets"].location.line == 150


def test_staff(narrative: NarrativeResult) -> None:
    # 83: 共有事业编制 21 人，实际在职 11 人，退休人员 11 人。其中：全额拨款事业编制 21 人。
    staff = narrative.staff
    assert staff is not None
    assert (staff.authorised, staff.in_post, staff.retired) == (21, 11, 11)
    assert staff.extra == {"事业编制": 21, "全额拨款事业编制": 21}
    assert staff.location is not None and staff.location.line == 83


def test_paragraphs(narrative: NarrativeResult) -> None:
    paragraphs = narrative.paragraphs
    assert paragraphs[0].text.startswith("承担新闻报道和舆论引导职责")
    assert paragraphs[0].section == "(一) 部门主要职责"
    assert paragraphs[-1].location.line == 204  # 公开咨询电话, before 第四部分
    texts = {p.text for p in paragraphs}
    assert "我单位 2020 年没有使用政府性基金预算财政拨款安排的支出。" in texts
    assert not any(p.location.line in range(7, 60) for p in paragraphs)  # not the TOC
    assert not any(p.text.startswith("注：") for p in paragraphs)  # table notes are not narrative


def test_toc_sections_paired_by_number(narrative: NarrativeResult) -> None:
    pairs = {e.text: e.body_text for e in narrative.toc}
    assert pairs["一、部门基本情况"] == "一、基本情况"
    assert pairs["四、一般公共预算基本支出安排情况"] == "四、一般公共预算基本支出情况"
    assert pairs["(四) 预算绩效开展情况"] == "(四) 绩效目标设置情况"
    assert (
        pairs["二、一般公共预算 2020 年“三公”经费预算情况"]
        == "二、2020 年一般公共预算“三公”经费预算情况"
    )
    assert pairs["(一) 因公出国(境)费"] == "（一）因公出国（境）费"
    assert pairs["第四部分 数据表格"] == "第四部分 部门预算报表及预算绩效目标表"
    first = narrative.toc[0]
    assert (first.text, first.location.line) == ("第一部分 部门预算公开说明", 7)
    assert first.body_location is not None and first.body_location.line == 61


def test_toc_tables_paired_by_title(narrative: NarrativeResult) -> None:
    tables = [e for e in narrative.toc if e.text.startswith("表")]
    assert len(tables) == 13
    assert len(narrative.toc) == 23 + 13
    pairs = {
        e.text: (e.body_text, e.body_location.line if e.body_location else None) for e in tables
    }
    assert pairs["表 1.2020 年部门收支预算总表"] == ("2020 年部门收支预算总表", 208)
    assert pairs["表 7.2020 年一般公共预算“三公”经费支出表"] == (
        "2020 年财政拨款“三公”经费支出表",
        398,
    )
    assert pairs["表 9.部门预算绩效目标表"] == ("2020 年整体预算绩效目标表", 441)
    assert pairs["表 10.江汉区网络自媒体宣传绩效目标表"] == ("江汉网络自媒体宣传", 475)
    assert pairs["表 12.江汉宣传绩效目标表"] == ("江汉宣传", 522)
    assert pairs["表 13.党建，文明创建法律顾问费绩效目标表"] == (
        "党建、文明创建及法律顾问经费",
        542,
    )


def test_headings(narrative: NarrativeResult) -> None:
    levels = [(h.level, h.text) for h in narrative.headings]
    assert levels[:3] == [
        (1, "第一部分 部门预算公开说明"),
        (2, "一、基本情况"),
        (3, "(一) 部门主要职责"),
    ]
    assert (1, "第四部分 部门预算报表及预算绩效目标表") in levels
    assert (2, "基本信息表") in levels
    assert sum(1 for _, text in levels if text == "项目绩效目标评价指标表") == 4
    assert not any("343.64" in text for _, text in levels)  # （一）基本支出 … is a paragraph
