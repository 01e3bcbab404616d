"""Helpers for the whole-document rule tests (N, P, D, Q): seed-shaped tables, text pieces,
performance tables and statements built by hand from the seed document's printed values."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from tests.audit.rules.arithmetic_support import findings
from tests.factories import FILE, make_disclosure, make_table
from yusuan.audit.finding import Finding
from yusuan.model.disclosure import Disclosure
from yusuan.model.narrative import (
    NarrativeFigure,
    NarrativeParagraph,
    StatedCount,
    StatedFlag,
    TocEntry,
)
from yusuan.model.performance import Indicator, PerformanceTable
from yusuan.model.tables import StandardTable, TableKind
from yusuan.read.location import SourceLocation

__all__ = ["findings", "only"]


def at(line: int) -> SourceLocation:
    return SourceLocation(file=FILE, line=line)


def only(code: str, doc: Disclosure) -> Finding:
    """The single finding of rule ``code`` on ``doc`` (fails if there are 0 or several)."""
    found = findings(code, doc)
    assert len(found) == 1, found
    return found[0]


def seed_function_table(kind: TableKind = TableKind.T3, tv: str = "396.84") -> StandardTable:
    """The seed's 表3 (or 表5) rows with amounts; ``tv`` is 2070805 电视 总计."""
    return make_table(
        kind,
        ["total", "basic", "project"],
        [
            ("total", "合计", ["521.05", "343.64", "177.41"]),
            ("207", "文化旅游体育与传媒支出", ["396.84", "219.43", "177.41"]),
            ("20708", "广播电视", ["396.84", "219.43", "177.41"]),
            ("2070805", "电视", [tv, "219.43", "177.41"]),
            ("208", "社会保障和就业支出", ["50.34", "50.34", ""]),
            ("210", "卫生健康支出", ["35.91", "35.91", ""]),
            ("21099", "其他卫生健康支出", ["0.86", "0.86", ""]),
            ("221", "住房保障支出", ["37.96", "37.96", ""]),
        ],
        first_line=280,
    )


def seed_t6(personnel: str = "297.13", wages: str = "257.24") -> StandardTable:
    """The seed's 表6 合计 and 类 rows."""
    return make_table(
        TableKind.T6,
        ["total", "personnel", "public"],
        [
            ("total", "合计", ["343.64", personnel, "46.51"]),
            ("301", "工资福利支出", [wages, wages, ""]),
            ("302", "商品和服务支出", ["46.51", "", "46.51"]),
            ("303", "对个人和家庭的补助", ["39.89", "39.89", ""]),
        ],
        first_line=370,
    )


def seed_t7(total: str = "3.00", reception: str = "") -> StandardTable:
    """The seed's 表7 (三公: only 公务用车运行维护费 3.00)."""
    return make_table(
        TableKind.T7,
        ["amount"],
        [
            ("three_public_total", "合 计", [total]),
            ("overseas_travel", "1. 因公出国（境）费用", [""]),
            ("official_cars", "2. 公务用车购置及运行维护费", ["3.00"]),
            ("car_purchase", "其中：（1）公务用车购置", [""]),
            ("car_operation", "（2）公务用车运行维护费", ["3.00"]),
            ("official_reception", "3. 公务接待费", [reception]),
        ],
        first_line=402,
    )


SEED_T8_NOTE = "注：本部门无政府性基金财政拨款支出。"


def seed_t8(amount: str = "", note: str | None = SEED_T8_NOTE) -> StandardTable:
    """The seed's empty 表8 with its note (``amount`` fills a 合计 row)."""
    return make_table(
        TableKind.T8,
        ["total", "basic", "project"],
        [("total", "合计", [amount, "", amount])],
        first_line=418,
        note=note,
    )


def with_text(
    doc: Disclosure,
    *,
    paragraphs: Sequence[str] = (),
    toc: Sequence[TocEntry] = (),
    performance: Sequence[PerformanceTable] = (),
    counts: Sequence[StatedCount] = (),
    flags: Sequence[StatedFlag] = (),
    narrative: Sequence[NarrativeFigure] = (),
) -> Disclosure:
    """``doc`` with narrative paragraphs (lines 87, 88, …) and the other parts added."""
    return doc.model_copy(
        update={
            "paragraphs": [
                NarrativeParagraph(text=t, location=at(87 + i)) for i, t in enumerate(paragraphs)
            ],
            "toc": list(toc),
            "performance": list(performance),
            "counts": list(counts),
            "flags": list(flags),
            "narrative": [*doc.narrative, *narrative],
        }
    )


def text_doc(*paragraphs: str, fiscal_year: int = 2020) -> Disclosure:
    return with_text(make_disclosure(fiscal_year=fiscal_year), paragraphs=paragraphs)


def flag(key: str, sentence: str, line: int = 150) -> StatedFlag:
    return StatedFlag(key=key, sentence=sentence, location=at(line))


def count(key: str, value: int, line: int = 150) -> StatedCount:
    sentence = f"共设立绩效指标 {value} 条"
    return StatedCount(key=key, value=value, sentence=sentence, location=at(line))


def indicator(name: str, target: str, project: str | None = None, line: int = 500) -> Indicator:
    return Indicator(name=name, target=target, project=project, location=at(line))


def performance_table(
    project: str | None,
    amount: str | None,
    indicators: Sequence[Indicator] = (),
    *,
    line: int = 470,
) -> PerformanceTable:
    """A project table (``project`` given) or the overall one (``project`` None)."""
    return PerformanceTable(
        scope="project" if project else "overall",
        title="项目绩效目标评价指标表" if project else "2020 年整体预算绩效目标表",
        project=project,
        amount=Decimal(amount) if amount else None,
        unit="万元" if amount else None,
        indicators=list(indicators),
        location=at(line),
    )


def seed_project_tables(party_amount: str = "8") -> list[PerformanceTable]:
    """The seed's four project tables with their stated amounts (no indicators)."""
    return [
        performance_table("江汉网络自媒体宣传", "49", line=475),
        performance_table("网络舆情", "21.78", line=501),
        performance_table("江汉宣传", "54.63", line=522),
        performance_table("党建、文明创建及法律顾问经费", party_amount, line=542),
    ]


def toc_entry(text: str, body: str | None, line: int = 9) -> TocEntry:
    return TocEntry(
        text=text,
        location=at(line),
        body_text=body,
        body_location=at(line + 54) if body is not None else None,
    )
