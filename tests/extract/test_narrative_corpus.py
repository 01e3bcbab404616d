"""Narrative extraction on real documents (../shared/corpus/real): figures checked on the page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from yusuan.extract.narrative import extract_narrative
from yusuan.extract.narrative_lines import rejoin_split_lines
from yusuan.model.narrative import NarrativeFigure
from yusuan.read.detect import read_document
from yusuan.read.document import Document, Paragraph, Table
from yusuan.read.location import SourceLocation

REAL = ("corpus", "real")


def _figures(shared_dir: Path, name: str) -> list[NarrativeFigure]:
    return extract_narrative(read_document(shared_dir.joinpath(*REAL, name))).figures


def test_party_office_2017_lines_written_in_runs(shared_dir: Path) -> None:
    # The PDF writes each line as runs out of order ("年度收入、支出预算总计" / "省委办公厅" /
    # "2017" / "20849.45" / "万"); p5-6: "省委办公厅 2017 年度收入、支出预算总计 20849.45 万
    # 元，与上年相比收、支预算总计各增加 2043.58 万元"; "一般公共预算收入 20702.25 万元，与上年相比
    # 增加 2043.58 万元，增长 10.95%"; "财政专户管理资金收入预算总计 147.20 万元"
    figures = _figures(shared_dir, "jiangsu_party-office_2017_budget.pdf")
    by_key = {f.key: f for f in reversed(figures)}  # the first of each key
    total = by_key["total_budget"]
    assert (total.amount, total.change, total.direction) == (
        Decimal("20849.45"),
        Decimal("2043.58"),
        "增加",
    )
    general = by_key["income.general_public_appropriation"]
    assert (general.amount, general.change, general.growth_rate) == (
        Decimal("20702.25"),
        Decimal("2043.58"),
        Decimal("10.95"),
    )
    assert by_key["income.special_account_revenue"].amount == Decimal("147.20")
    # p8: "党委办公厅（室）及相关机构事务（款）行政运行（项）支出 6106.99 万元，与上年相比增加
    # 101.48 万元，增长 1.66%"
    item = next(f for f in figures if f.key == "function" and f.amount == Decimal("6106.99"))
    assert item.name == "党委办公厅(室)及相关机构事务(款)行政运行(项)支出"
    assert (item.change, item.growth_rate) == (Decimal("101.48"), Decimal("1.66"))


def test_swu_2023_final_appropriation_split_and_shares(shared_dir: Path) -> None:
    # p17: "财政拨款支出总计为 237,100.00 万元，其中基本支出 199,015.13 万元，占总支出的 83.94%"
    figures = _figures(shared_dir, "chongqing_swu_2023_final.pdf")
    basic = [f for f in figures if f.key == "basic_expenditure"]
    assert [(f.amount, f.part_of, f.share_of) for f in basic] == [
        (Decimal("359781.59"), "total_expenditure", "total_expenditure"),
        (Decimal("199015.13"), "appropriation_expenditure", "appropriation_expenditure"),
    ]


def test_cppcc_2019_income_by_fund_type(shared_dir: Path) -> None:
    # p9-10: "2.财政专户管理资金收入预算总计 0 万元", "3.其他资金收入预算总计 80 万元"
    figures = _figures(shared_dir, "jiangsu_cppcc-office_2019_budget.pdf")
    keyed = [(f.key, f.amount) for f in figures if f.location.page in (9, 10)]
    assert ("income.special_account_revenue", Decimal("0")) in keyed
    assert ("income.other_funds", Decimal("80")) in keyed
    assert not [f for f in figures if f.key == "total_income" and f.part_of is not None]


def _run(text: str, x0: float, x1: float, top: float) -> Paragraph:
    return Paragraph(text, SourceLocation(file="a.pdf", page=1, bbox=(x0, top, x1, top + 16)))


def test_runs_of_one_line_joined_in_reading_order() -> None:
    blocks: list[Paragraph | Table] = [
        _run("年度收入、支出预算总计", 242, 417, 714),
        _run("省委办公厅", 122, 202, 714),
        _run("2017", 206, 238, 714),
        _run("20849.45", 421, 485, 714),
        _run("万", 489, 505, 714),
        _run("元，与上年相比增加", 90, 362, 744),
        _run("万元。", 426, 505, 744),
        _run("2043.58", 366, 422, 744),
    ]
    joined = rejoin_split_lines(Document(path="a.pdf", format="pdf", blocks=list(blocks)))
    assert [b.text for b in joined.blocks if isinstance(b, Paragraph)] == [
        "省委办公厅2017年度收入、支出预算总计20849.45万元，与上年相比增加2043.58万元。"
    ]


def test_label_and_unit_far_apart_stay_apart() -> None:
    blocks: list[Paragraph | Table] = [_run("合计", 90, 120, 100), _run("万元", 450, 480, 100)]
    document = Document(path="a.pdf", format="pdf", blocks=list(blocks))
    assert rejoin_split_lines(document) is document
