"""Performance-target tables of the seed (江汉区融媒体中心 2020), checked by hand against the
text (lines 441-557 of the seed file)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from yusuan.extract.performance import extract_performance
from yusuan.extract.result import PerformanceResult
from yusuan.model.amount import Unit
from yusuan.model.disclosure import Disclosure
from yusuan.model.performance import Indicator, PerformanceTable
from yusuan.read.document import Document


@pytest.fixture(scope="module")
def result(seed_document: Document) -> PerformanceResult:
    return extract_performance(seed_document, skip=set())


def _table(result: PerformanceResult, project: str) -> PerformanceTable:
    return next(t for t in result.tables if t.project == project)


def _at(table: PerformanceTable, line: int) -> Indicator:
    [indicator] = [i for i in table.indicators if i.location.line == line]
    return indicator


def _levels(indicator: Indicator) -> tuple[str | None, str | None, str, str, str | None]:
    return (indicator.level1, indicator.level2, indicator.name, indicator.target, indicator.note)


def test_one_overall_and_four_project_tables_in_document_order(result: PerformanceResult) -> None:
    assert [(t.scope, t.project, len(t.indicators)) for t in result.tables] == [
        ("overall", None, 22),  # seed lines 446-467
        ("project", "江汉网络自媒体宣传", 14),  # 480-493
        ("project", "网络舆情", 9),  # 506-514
        ("project", "江汉宣传", 8),  # 527-534
        ("project", "党建、文明创建及法律顾问经费", 12),  # 546-557
    ]


def test_project_amounts_from_paragraph_and_from_table_row(result: PerformanceResult) -> None:
    amounts = {t.project: (t.amount, t.amount_text, t.unit) for t in result.tables[1:]}
    assert amounts == {
        "江汉网络自媒体宣传": (Decimal("49"), "49 万元", Unit.WAN_YUAN),  # paragraph, line 477
        "网络舆情": (Decimal("21.78"), "21.78 万元", Unit.WAN_YUAN),
        "江汉宣传": (Decimal("54.63"), "54.63 万元", Unit.WAN_YUAN),
        # first row of the table itself, line 544
        "党建、文明创建及法律顾问经费": (Decimal("8"), "8 万元", Unit.WAN_YUAN),
    }
    assert sum(t.amount or 0 for t in result.tables[1:]) == Decimal("133.41")


def test_titles_and_locations(result: PerformanceResult) -> None:
    overall = result.tables[0]
    assert (overall.title, overall.location.line, overall.amount) == (
        "2020 年整体预算绩效目标表",
        441,
        None,
    )
    assert [t.title for t in result.tables[1:]] == ["项目绩效目标评价指标表"] * 4
    assert [t.location.line for t in result.tables[1:]] == [469, 495, 516, 536]


def test_overall_indicators_carry_project_and_basis(result: PerformanceResult) -> None:
    overall = result.tables[0]
    first = _at(overall, 450)
    assert (first.level1, first.level2, first.project, first.name, first.target, first.basis) == (
        "项目产出",
        "产出数量",
        "网络舆情",
        "编发《舆情信息》",
        "31 期",
        "区目标",
    )
    lawyer = _at(overall, 452)
    assert (lawyer.name, lawyer.target, lawyer.project) == (
        "法律顾问咨询次数",
        "≥6 次",
        "党建、文明创建及法律顾问经费",
    )
    assert _levels(_at(overall, 458)) == ("项目产出", "成本控制", "预算执行率", "97%-100%", None)
    # 项目效益 is printed once (line 460) and fills down to the last row
    assert _levels(_at(overall, 467)) == (
        "项目效益",
        "服务对象满意度",
        "社会公众满意度",
        "≥80%",
        "社会公众对公众号运行、宣传内容的满意程度",
    )
    assert _at(overall, 467).project == "综合指标"
    assert {i.basis for i in overall.indicators} == {"区目标"}


def test_level1_printed_in_level2_column(result: PerformanceResult) -> None:
    # line 491: "\t项目效益\t社会效益\t关注提升度\t>0\t…" — everything one column to the right
    table = _table(result, "江汉网络自媒体宣传")
    assert _levels(_at(table, 491)) == (
        "项目效益",
        "社会效益",
        "关注提升度",
        ">0",
        "每月微信公众号粉丝有所增长",
    )
    assert _levels(_at(table, 492)) == (
        "项目效益",
        "可持续影响",
        "推文浏览量增长",
        ">5%",
        "每月文章浏览量增长 5%",
    )


def test_level2_printed_in_level1_column(result: PerformanceResult) -> None:
    # line 493: "服务对象满意度\t\t社会公众满意度\t≥80%\t…"
    table = _table(result, "江汉网络自媒体宣传")
    assert _levels(_at(table, 493)) == (
        "项目效益",
        "服务对象满意度",
        "社会公众满意度",
        "≥80%",
        "社会公众对公众号运行、宣传内容的满意程度",
    )
    # earlier rows keep the levels printed at line 480/488/490
    assert _levels(_at(table, 480))[:4] == (
        "项目产出",
        "产出数量",
        "“江汉之声”微信图文发布数",
        "180 期",
    )
    assert _levels(_at(table, 488)) == (
        "项目产出",
        "产出质量",
        "获赞比例",
        "≥5%",
        "点赞数/浏览量*100%",
    )
    assert _at(table, 490).level2 == "完成时效"


def test_indicator_name_in_first_column_and_in_target_column(result: PerformanceResult) -> None:
    table = _table(result, "党建、文明创建及法律顾问经费")
    # line 555: "\t\t\t一感两度两率达标率\t均≥90%\t…" — name in the target column
    assert _levels(_at(table, 555))[:4] == ("项目效益", "社会效益", "一感两度两率达标率", "均≥90%")
    # line 556: "法制法规普及率\t\t\t≥75%\t…" — name in the level-1 column
    assert _levels(_at(table, 556)) == (
        "项目效益",
        "社会效益",
        "法制法规普及率",
        "≥75%",
        "通过问卷调查了解普法工作对社会公众产生的影响以及普法效果",
    )
    assert _levels(_at(table, 557)) == (
        "项目效益",
        "服务对象满意度",
        "党建工作满意度",
        "良以上",
        "根据党员党建年度考核结果",
    )
    assert _at(table, 550).target == "以往年次数作为参考"
    assert _at(table, 554).level1 == "项目效益"  # "\t项目效益\t社会效益\t法律纠纷化解率\t100%\t"


def test_multi_part_target_kept_as_printed(result: PerformanceResult) -> None:
    table = _table(result, "网络舆情")
    linkage = _at(table, 513)
    assert (linkage.level1, linkage.level2, linkage.name) == (
        "项目效益",
        "社会效益",
        "舆情联动机制",
    )
    assert linkage.target == "1. 建立联动制度； 2. 重大舆情发生后，有多部门参与舆情处置工作"
    assert linkage.note == "多部门参与舆情处置工作"
    assert _levels(_at(table, 510))[:4] == ("项目产出", "成本控制", "培训人均成本", "≤190 元/人")


def test_same_indicator_same_target_in_overall_and_project_table(result: PerformanceResult) -> None:
    overall = {(i.project, i.name): i.target for i in result.tables[0].indicators}
    assert overall[("网络舆情", "业务培训完成数")] == "1 期"
    assert _at(_table(result, "网络舆情"), 507).target == "1 期"
    # the two tables disagree on this one: ≥6 次 overall, "以往年次数作为参考" in the project
    assert overall[("党建、文明创建及法律顾问经费", "法律顾问咨询次数")] == "≥6 次"


def test_claims_tables_and_title_paragraphs(
    seed_document: Document, result: PerformanceResult
) -> None:
    lines = {seed_document.blocks[i].location.line for i in result.claimed}
    tables = {445, 479, 505, 526, 544}
    paragraphs = {441, 443, 469, 471, 473, 475, 477, 495, 497, 499, 501, 503}
    paragraphs |= {516, 518, 520, 522, 524, 536, 538, 540, 542}
    assert lines == tables | paragraphs


def test_skipped_blocks_are_not_read(seed_document: Document) -> None:
    overall_index = next(i for i, b in enumerate(seed_document.blocks) if b.location.line == 445)
    result = extract_performance(seed_document, skip={overall_index})
    assert [t.scope for t in result.tables] == ["project"] * 4
    assert overall_index not in result.claimed


def test_pipeline_fills_disclosure(seed: Disclosure) -> None:
    assert seed.overall_performance is not None
    assert len(seed.overall_performance.indicators) == 22
    assert [len(t.indicators) for t in seed.project_performance] == [14, 9, 8, 12]
