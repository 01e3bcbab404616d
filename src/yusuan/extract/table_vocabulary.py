"""The words standard tables are recognised by, kept as data so new variants are one line.

Everything here is compared in *compact* form (:func:`compact`): whitespace, quotes and
bracket style removed, so ``项 目``, ``因公出国（境）费用`` and ``因公出国(境)费`` compare equal
to their standard spelling. Add a variant by adding its compact spelling to a table below;
the tests in ``tests/extract/test_tables_vocabulary.py`` check that every key used here is
a canonical key of :mod:`yusuan.model.tables`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from yusuan.model.tables import TableKind

# Characters dropped by ``compact``: whitespace, quotes, brackets (both widths), colons.
_DROP = " \t\n\r\u3000\u00a0“”\"‘’'「」『』()（）[]【】〔〕"
# hot path: one regex pass is several times faster than ``str.translate`` on CJK text
_DROPPED = re.compile("[" + re.escape(_DROP) + "]+")
_WIDE_PUNCTUATION = re.compile(
    "[：，．]"
)  # made narrow: ``：`` → ``:``, ``，`` → ``,``, ``．`` → ``.``


def compact(text: str) -> str:
    """``text`` without whitespace, quotes, brackets: ``“三公”经费 (合 计)`` → ``三公经费合计``;
    full-width ``：，．`` become ``:,.``."""
    if text.isalnum():
        return text  # hot path: nothing to drop or narrow (all of them are neither)
    text = _DROPPED.sub("", text)
    if _WIDE_PUNCTUATION.search(text):
        text = text.replace("：", ":").replace("，", ",").replace("．", ".")
    return text


def compact_each(texts: list[str]) -> list[str]:
    """``[compact(text) for text in texts]`` in one regex pass over all of them (compact
    works character by character, so the texts are joined by a separator it keeps)."""
    joined = "\0".join(texts)
    if joined.count("\0") != len(texts) - 1:  # a text holding the separator itself
        return [compact(text) for text in texts]
    return compact(joined).split("\0")


# --- Titles -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TitleRule:
    """A title names ``kind`` when it holds one word of every group in ``all_of`` and no
    word of ``none_of`` (all compared in compact form). Rules are tried in order."""

    kind: TableKind
    all_of: tuple[tuple[str, ...], ...]
    none_of: tuple[str, ...] = ()


# Words that make a title something other than one of the eight tables.
TITLE_EXCLUDED = ("绩效", "基本信息", "目录", "政府采购", "国有资本经营")

TITLE_RULES: tuple[TitleRule, ...] = (
    # 一般公共预算“三公”经费支出表 / 财政拨款“三公”经费支出表 / 部门“三公”经费和机关运行经费预算表
    TitleRule(TableKind.T7, (("三公",),)),
    # 一般公共预算基本支出表 / 一般公共预算财政拨款基本支出表
    TitleRule(TableKind.T6, (("一般公共预算",), ("基本支出",)), ("机关运行",)),
    # 政府性基金预算支出表 / 政府性基金预算财政拨款支出表
    TitleRule(TableKind.T8, (("政府性基金",), ("支出",)), ("机关运行",)),
    # 财政拨款收支预算总表 / 财政拨款收支总表 / 财政拨款收入支出决算总表
    TitleRule(TableKind.T4, (("财政拨款",), ("收支", "收入支出"))),
    # 一般公共预算支出表 / 一般公共预算财政拨款支出表
    TitleRule(TableKind.T5, (("一般公共预算",), ("支出",)), ("机关运行",)),
    # 部门收支预算总表 / 收支总表 / 部门财务收支预算总表 / 收入支出决算总表
    TitleRule(TableKind.T1, (("收支", "收入支出"), ("总表",))),
    # 部门收入预算总表 / 收入预算表 / 收入决算表
    TitleRule(TableKind.T2, (("收入",), ("预算总表", "预算表", "总表", "决算表")), ("支出",)),
    # 部门支出预算总表 / 支出预算表 / 支出决算表
    TitleRule(
        TableKind.T3,
        (("支出",), ("预算总表", "预算表", "总表", "决算表")),
        ("收入", "财政拨款", "机关运行"),
    ),
)


# --- Columns ----------------------------------------------------------------------------


class ColumnRole(StrEnum):
    """What a table column holds."""

    CODE = "code"  # classification code (功能科目编码)
    CODE_PART = "code_part"  # one part of a split code (类 / 款 / 项 columns)
    NAME = "name"  # classification name (功能科目名称)
    LABEL = "label"  # row label: code and name in one cell, or a standard row name (项目)
    AMOUNT = "amount"
    DESCRIPTIVE = "descriptive"  # text that is neither label nor amount (情况说明, 单位名称)


# Header texts (compact) of non-amount columns.
COLUMN_ROLES: dict[str, ColumnRole] = {
    **dict.fromkeys(
        (
            "功能科目编码",
            "功能分类科目编码",
            "支出功能分类科目编码",
            "经济科目编码",
            "经济分类科目编码",
            "部门预算支出经济分类科目编码",
            "科目编码",
            "科目代码",
            "功能科目代码",
            "编码",
            "代码",
        ),
        ColumnRole.CODE,
    ),
    **dict.fromkeys(("类", "款", "项"), ColumnRole.CODE_PART),
    **dict.fromkeys(
        (
            "功能科目名称",
            "功能分类科目名称",
            "支出功能分类科目名称",
            "经济科目名称",
            "经济分类科目名称",
            "部门预算支出经济分类科目名称",
            "科目名称",
            "名称",
        ),
        ColumnRole.NAME,
    ),
    **dict.fromkeys(
        (
            "项目",
            "收入",
            "支出",
            "科目",
            "功能分类科目",
            "支出功能分类科目",
            "经济分类科目",
            "部门预算支出经济分类科目",
            "项目名称",
            "收入项目",
            "支出项目",
        ),
        ColumnRole.LABEL,
    ),
    **dict.fromkeys(
        ("单位代码", "单位名称", "单位编码", "情况说明", "说明", "备注"), ColumnRole.DESCRIPTIVE
    ),
}

# Header texts (compact) of amount columns → canonical column key (COLUMN_LABELS).
COLUMN_KEYS: dict[str, str] = {
    **dict.fromkeys(("总计", "合计", "小计", "本年收入合计", "本年支出合计"), "total"),
    **dict.fromkeys(("财政拨款收入", "财政拨款"), "appropriation"),
    **dict.fromkeys(
        ("预算数", "本年预算数", "本年预算", "预算金额", "金额", "本年预算金额"), "amount"
    ),
    # final accounts (决算)
    **dict.fromkeys(("决算数", "本年决算数", "决算金额"), "final"),
    **dict.fromkeys(("年初预算数", "年初预算"), "initial_budget"),
    **dict.fromkeys(("调整预算数", "全年预算数", "调整后预算数"), "adjusted_budget"),
    **dict.fromkeys(("年初结转和结余", "年初结转结余"), "carry_over_start"),
    "本年收入": "income_this_year",
    "单位预留机动经费": "reserve",
    "基本支出": "basic",
    "项目支出": "project",
    "人员经费": "personnel",
    "公用经费": "public",
    **dict.fromkeys(("一般公共预算", "一般公共预算财政拨款", "一般公共预算拨款"), "general_public"),
    **dict.fromkeys(
        ("政府性基金预算", "政府性基金预算财政拨款", "政府性基金预算拨款"), "government_fund"
    ),
    **dict.fromkeys(
        ("一般公共预算财政拨款收入", "一般公共预算拨款收入", "一般公共预算收入"),
        "general_public_appropriation",
    ),
    **dict.fromkeys(
        ("政府性基金预算财政拨款收入", "政府性基金预算拨款收入", "政府性基金收入"),
        "government_fund_appropriation",
    ),
    **dict.fromkeys(
        ("国有资本经营预算财政拨款收入", "国有资本经营预算收入"), "state_capital_appropriation"
    ),
    **dict.fromkeys(
        ("国有资本经营预算", "国有资本经营预算财政拨款", "国有资本经营预算拨款"), "state_capital"
    ),
    "事业收入": "service_revenue",
    **dict.fromkeys(("事业单位经营收入", "经营收入"), "operating_revenue"),
    "上级补助收入": "grants_from_higher_level",
    "附属单位上缴收入": "remittances_from_subordinates",
    "其他收入": "other_revenue",
    "用事业基金弥补收支差额": "institutional_fund",
    **dict.fromkeys(("上年结转", "上年结转、结余", "上年结转结余"), "carry_over"),
    "上缴上级支出": "remittance_to_higher",
    "对附属单位补助支出": "subsidy_to_subordinates",
    **dict.fromkeys(("事业单位经营支出", "经营支出"), "operating_expenditure"),
    **dict.fromkeys(("结转下年", "年末结转和结余"), "carry_forward"),
}

# Column keys that mark an income-by-source table (T2).
INCOME_COLUMN_KEYS = frozenset(
    (
        "general_public_appropriation",
        "government_fund_appropriation",
        "state_capital_appropriation",
        "service_revenue",
        "operating_revenue",
        "grants_from_higher_level",
        "remittances_from_subordinates",
        "other_revenue",
    )
)
# Column keys only the expenditure table (T3) has.
EXPENDITURE_ONLY_KEYS = frozenset(
    ("remittance_to_higher", "subsidy_to_subordinates", "operating_expenditure")
)


# --- Rows -------------------------------------------------------------------------------

# Row labels (compact, list numbers stripped) of T1/T4 income rows → ROW_LABELS key.
INCOME_ROW_KEYS: dict[str, str] = {
    **dict.fromkeys(
        (
            "一般公共预算财政拨款收入",
            "一般公共预算拨款收入",
            "一般公共预算收入",
            "一般公共预算拨款",
            "一般公共预算财政拨款",
        ),
        "general_public_appropriation",
    ),
    **dict.fromkeys(
        (
            "政府性基金预算财政拨款收入",
            "政府性基金预算拨款收入",
            "政府性基金预算收入",
            "政府性基金收入",
            "政府性基金预算财政拨款",
        ),
        "government_fund_appropriation",
    ),
    **dict.fromkeys(
        (
            "国有资本经营预算财政拨款收入",
            "国有资本经营预算收入",
            "国有资本经营预算财政拨款",
            "国有资本经营预算",
        ),
        "state_capital_appropriation",
    ),
    "事业收入": "service_revenue",
    "上级补助收入": "grants_from_higher_level",
    "附属单位上缴收入": "remittances_from_subordinates",
    **dict.fromkeys(("事业单位经营收入", "经营收入"), "operating_revenue"),
    "其他收入": "other_revenue",
    **dict.fromkeys(
        ("本年收入合计", "收入合计", "本年收入小计", "当年收入小计"), "income_subtotal"
    ),
    # Jiangsu 收支预算总表: income by fund type (1.一般公共预算 / 2.政府性基金预算 are its parts)
    **dict.fromkeys(("财政拨款", "财政拨款收入"), "appropriation"),
    **dict.fromkeys(("一般公共预算", "一般公共预算资金"), "general_public_appropriation"),
    **dict.fromkeys(("政府性基金预算", "政府性基金"), "government_fund_appropriation"),
    "财政专户管理资金": "special_account_revenue",
    "其他资金": "other_funds",
    **dict.fromkeys(
        ("用事业基金弥补收支差额", "使用非财政拨款结余含专用结余", "使用非财政拨款结余"),
        "institutional_fund",
    ),
    **dict.fromkeys(
        (
            "上年结转",
            "年初结转和结余",
            "年初财政拨款结转和结余",
            "上年结转结余",
            "上年结转和结余",
            "上年结余",
            "上年结转、结余",
            "上年结转资金",
            "上年结转和结余资金",
        ),
        "carry_over",
    ),
    **dict.fromkeys(("收入总计", "收入总额"), "income_total"),
}

# Row labels of T1/T4 expenditure rows (function or economic side) → ROW_LABELS key.
EXPENDITURE_ROW_KEYS: dict[str, str] = {
    **dict.fromkeys(
        ("本年支出合计", "支出合计", "本年支出小计", "当年支出小计"),
        "expenditure_subtotal",
    ),
    **dict.fromkeys(
        ("结转下年", "年末结转和结余", "结转下年支出", "结转下年资金", "年末财政拨款结转和结余"),
        "carry_forward",
    ),
    "结余分配": "surplus_distribution",
    **dict.fromkeys(("支出总计", "支出总额"), "expenditure_total"),
}

# Row labels of an expenditure-by-purpose group (Jiangsu 支出用途) → ROW_LABELS key.
PURPOSE_ROW_KEYS: dict[str, str] = {
    "基本支出": "basic_expenditure",
    "项目支出": "project_expenditure",
    "单位预留机动经费": "reserve",
}

# Row labels of the other tables' total rows.
TOTAL_ROW_LABELS = frozenset(("合计", "总计", "小计"))

# Lines of a final 基本支出决算表 below its list → ROW_LABELS key.
ECONOMIC_TOTAL_ROW_KEYS: dict[str, str] = {
    "人员经费合计": "personnel_total",
    "公用经费合计": "public_total",
}

# Row labels of T7 (三公) → ROW_LABELS key.
THREE_PUBLIC_ROW_KEYS: dict[str, str] = {
    **dict.fromkeys(
        ("合计", "总计", "三公经费合计", "三公经费支出合计", "三公经费", "小计"),
        "three_public_total",
    ),
    **dict.fromkeys(("因公出国境费", "因公出国境费用", "因公出国境经费"), "overseas_travel"),
    **dict.fromkeys(
        (
            "公务用车购置及运行维护费",
            "公务用车购置及运行费",
            "公务用车购置及运行维护费用",
            "公务用车购置和运行维护费",
        ),
        "official_cars",
    ),
    **dict.fromkeys(("公务用车购置", "公务用车购置费"), "car_purchase"),
    **dict.fromkeys(
        ("公务用车运行维护费", "公务用车运行费", "公务用车运行维护", "公务用车运行维护费用"),
        "car_operation",
    ),
    **dict.fromkeys(("公务接待费", "公务接待费用"), "official_reception"),
}

# Labels of sub-heading rows inside a side-by-side table (no amounts, nothing to map).
SUBHEADING_WORDS = ("支出", "收入", "项目", "分类")
