"""Helpers for the arithmetic rule tests (H, X): run one rule, summarise its findings."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from tests.factories import make_table
from yusuan.audit.engine import RuleResult, run_rule
from yusuan.audit.finding import Finding
from yusuan.audit.registry import get_rule
from yusuan.catalog.catalog import Catalog
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section, StandardTable, TableKind

I, F, E = Section.INCOME, Section.FUNCTION, Section.ECONOMIC  # noqa: E741

Summary = tuple[str, str | None, str | None, object, object, Decimal | None]


def result(code: str, doc: Disclosure) -> RuleResult:
    return run_rule(get_rule(code), doc, Catalog())


def findings(code: str, doc: Disclosure) -> list[Finding]:
    return result(code, doc).findings


def summary(finding: Finding) -> Summary:
    """(code, place.row, place.column, expected, found, difference)."""
    return (
        finding.code,
        finding.place.row,
        finding.place.column,
        finding.expected,
        finding.found,
        finding.difference,
    )


def D(text: str) -> Decimal:
    return Decimal(text)


# The seed's 表1 部门收支预算总表 (江汉区融媒体中心 2020), non-blank rows plus a few blank ones.
SEED_T1: list[tuple[str, str, str, Section]] = [
    ("general_public_appropriation", "一、一般公共预算财政拨款收入", "521.05", I),
    ("government_fund_appropriation", "二、政府性基金预算财政拨款收入", "", I),
    ("service_revenue", "三、事业收入", "", I),
    ("other_revenue", "七、其他收入", "", I),
    ("income_subtotal", "本年收入合计", "521.05", I),
    ("institutional_fund", "八、用事业基金弥补收支差额", "", I),
    ("carry_over", "九、上年结转", "", I),
    ("income_total", "收入总计", "521.05", I),
    ("201", "一般公共服务支出", "", F),
    ("207", "文化旅游体育与传媒支出", "396.84", F),
    ("208", "社会保障和就业支出", "50.34", F),
    ("210", "卫生健康支出", "35.91", F),
    ("221", "住房保障支出", "37.96", F),
    ("expenditure_subtotal", "本年支出合计", "521.05", F),
    ("carry_forward", "结转下年", "", F),
    ("expenditure_total", "支出总计", "521.05", F),
    ("301", "工资福利支出", "257.24", E),
    ("302", "商品和服务支出", "174.92", E),
    ("303", "对个人和家庭的补助", "39.89", E),
    ("310", "资本性支出", "", E),
    ("399", "其他支出", "49.00", E),
    ("expenditure_subtotal", "本年支出合计", "521.05", E),
    ("carry_forward", "结转下年", "", E),
    ("expenditure_total", "支出总计", "521.05", E),
]


def seed_t1(changes: dict[tuple[str, Section], str] | None = None) -> StandardTable:
    """The seed's 表1 with some cells changed: ``{("207", F): "369.84"}``."""
    edits = changes or {}
    return make_table(
        TableKind.T1,
        ["amount"],
        [(ident, label, [edits.get((ident, s), text)], s) for ident, label, text, s in SEED_T1],
        first_line=200,
    )


# The seed's 表4 财政拨款收支预算总表: income in one column, expenditure in two.
SEED_T4: list[tuple[str, str, list[str], Section]] = [
    ("general_public_appropriation", "一、一般公共预算财政拨款收入", ["521.05", ""], I),
    ("government_fund_appropriation", "二、政府性基金预算财政拨款收入", ["", ""], I),
    ("income_subtotal", "本年收入合计", ["521.05", ""], I),
    ("carry_over", "上年结转", ["", ""], I),
    ("income_total", "收入总计", ["521.05", ""], I),
    ("207", "文化旅游体育与传媒支出", ["396.84", ""], F),
    ("208", "社会保障和就业支出", ["50.34", ""], F),
    ("210", "卫生健康支出", ["35.91", ""], F),
    ("212", "城乡社区支出", ["", ""], F),
    ("221", "住房保障支出", ["37.96", ""], F),
    ("expenditure_subtotal", "本年支出合计", ["521.05", ""], F),
    ("carry_forward", "结转下年", ["", ""], F),
    ("expenditure_total", "支出总计", ["521.05", ""], F),
    ("301", "工资福利支出", ["257.24", ""], E),
    ("302", "商品和服务支出", ["174.92", ""], E),
    ("303", "对个人和家庭的补助", ["39.89", ""], E),
    ("399", "其他支出", ["49.00", ""], E),
    ("expenditure_subtotal", "本年支出合计", ["521.05", ""], E),
    ("carry_forward", "结转下年", ["", ""], E),
    ("expenditure_total", "支出总计", ["521.05", ""], E),
]


def seed_t4(changes: dict[tuple[str, Section], list[str]] | None = None) -> StandardTable:
    """The seed's 表4 (income rows under ``general_public``; ``government_fund`` blank
    there) with some rows changed: ``{("212", F): ["", "100.00"]}``."""
    edits = changes or {}
    return make_table(
        TableKind.T4,
        ["general_public", "government_fund"],
        [(ident, label, edits.get((ident, s), cells), s) for ident, label, cells, s in SEED_T4],
        first_line=300,
    )


def swu_t1(changes: dict[str, str] | None = None) -> StandardTable:
    """西南大学收支预算总表 2023 (corpus/real/chongqing_swu_2023_budget.pdf, page 7): items
    and classes printed by name only, an "of which" line, 使用非财政拨款结余."""
    edits = changes or {}
    rows: list[tuple[str, str, str, Section]] = [
        ("一、财政拨款", "一、财政拨款", "230876.38", I),
        ("service_revenue", "二、事业收入", "122342.73", I),
        ("operating_revenue", "三、事业单位经营收入", "", I),
        ("other_revenue", "四、其他收入", "50265.53", I),
        ("其中：捐赠收入", "其中：捐赠收入", "1000.00", I),
        ("income_subtotal", "本年收入合计", "403484.64", I),
        ("使用非财政拨款结余", "使用非财政拨款结余", "59972.79", I),
        ("carry_over", "上年结转", "93801.70", I),
        ("income_total", "收 入 总 计", "557259.13", I),
        ("一、教育支出", "一、教育支出", "434334.99", F),
        ("二、科学技术支出", "二、科学技术支出", "2801.72", F),
        ("三、社会保障和就业支出", "三、社会保障和就业支出", "14616.30", F),
        ("四、住房保障支出", "四、住房保障支出", "16916.56", F),
        ("五、其他支出", "五、其他支出", "109.50", F),
        ("expenditure_subtotal", "本年支出合计", "468779.07", F),
        ("carry_forward", "结转下年", "88480.06", F),
        ("expenditure_total", "支 出 总 计", "557259.13", F),
    ]
    table = make_table(
        TableKind.T1,
        ["amount"],
        [(ident, label, [edits.get(label, text)], s) for ident, label, text, s in rows],
        first_line=700,
    )
    # rows printed by name only carry no key (make_table would take the label as key)
    unkeyed = {ident for ident, label, _, _ in rows if ident == label}
    return table.model_copy(
        update={"rows": [replace(r, key=None) if r.key in unkeyed else r for r in table.rows]}
    )
