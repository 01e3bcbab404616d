"""The label vocabulary of narrative figures, as data: words before an amount → figure key.

A new phrasing is a new row, not new code. Rows are tried in order and the first that fits
wins, so specific rows (“三公”经费, 政府采购, 一般公共预算基本支出) come before general ones
(预算支出, 基本支出). A row fits when the label holds one of its ``words``, holds none of its
``exclude`` words, and each group of ``context`` words has a member in the context (the
sentence up to the amount plus the headings the paragraph sits under).

Labels and words are compared after :func:`yusuan.extract.sentences.compact` (no spaces,
no quotes, ASCII punctuation), so ``“三公”经费`` and ``三公经费`` are the same words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from yusuan.extract.sentences import compact


@dataclass(frozen=True)
class LabelRule:
    """One vocabulary row. ``name_from_label``: the figure's ``name`` is the label itself
    (economic classes, functions). ``exclude_context``: words that, anywhere in the context,
    mean the amount is another one (在面向中小企业预留的政府采购项目中 … 采购金额 225.10 万元
    is not the procurement total)."""

    key: str
    words: tuple[str, ...]
    context: tuple[tuple[str, ...], ...] = ()
    exclude: tuple[str, ...] = ()
    name_from_label: bool = False
    exclude_context: tuple[str, ...] = ()


_PROCUREMENT = ("采购",)
# Amounts reserved for small and medium enterprises are not the procurement budget or its parts.
_RESERVED = ("中小企业", "小型", "微型", "预留")

# Economic-classification classes (部门预算支出经济分类, 类 level) as narratives name them.
ECONOMIC_CLASS_NAMES: tuple[str, ...] = (
    "工资福利支出",
    "商品和服务支出",
    "对个人和家庭的补助",
    "对个人和家庭补助",
    "债务利息及费用支出",
    "资本性支出",
    "对企业补助",
    "对社会保障基金补助",
)

LABEL_RULES: tuple[LabelRule, ...] = (
    # Performance targets: "…纳入预算绩效管理…，涉及一般公共预算 177.41 万元".
    LabelRule(
        "performance.overall_amount",
        ("涉及", "整体绩效", "金额", "资金"),
        context=(("绩效",), ("整体",)),
    ),
    LabelRule(
        "performance.projects_amount", ("涉及", "金额", "资金"), context=(("绩效",), ("项目",))
    ),
    # "Three public" expenses.
    LabelRule("three_public.total", ("三公经费", "三公")),
    LabelRule("three_public.overseas_travel", ("因公出国", "出国(境)", "出国境")),
    LabelRule("three_public.reception", ("公务接待",)),
    LabelRule("three_public.cars", ("公务用车购置及运行", "公务用车购置和运行", "车辆购置及运行")),
    LabelRule("three_public.car_purchase", ("公务用车购置", "车辆购置", "公车购置")),
    LabelRule(
        "three_public.car_operation",
        ("公务用车运行", "公车运行", "车辆运行", "公务用车运维", "运行维护费"),
    ),
    # Other matters.
    LabelRule("operating_expenses", ("机关运行经费", "单位运行经费", "运行经费")),
    LabelRule("purchased_services", ("政府购买服务",)),
    LabelRule(
        "procurement.goods",
        ("货物类", "物类", "货物"),
        context=(_PROCUREMENT,),
        exclude=_RESERVED,
        exclude_context=_RESERVED,
    ),
    LabelRule(
        "procurement.services",
        ("服务类", "采购服务", "购买服务", "服务"),
        context=(_PROCUREMENT,),
        exclude=_RESERVED,
        exclude_context=_RESERVED,
    ),
    LabelRule(
        "procurement.works",
        ("工程类", "采购工程", "工程"),
        context=(_PROCUREMENT,),
        exclude=_RESERVED,
        exclude_context=_RESERVED,
    ),
    LabelRule(
        "procurement.total",
        ("政府采购", "采购预算", "采购"),
        exclude=_RESERVED,
        exclude_context=_RESERVED,
    ),
    # Income sources.
    LabelRule(
        "income.general_public_appropriation",
        ("一般公共预算财政拨款收入", "一般公共预算拨款收入", "一般公共预算收入"),
    ),
    LabelRule(
        "income.government_fund_appropriation",
        (
            "政府性基金预算财政拨款收入",
            "政府性基金预算拨款收入",
            "政府性基金预算收入",
            "政府性基金收入",
        ),
    ),
    LabelRule(
        "income.state_capital_appropriation",
        ("国有资本经营预算财政拨款收入", "国有资本经营预算拨款收入", "国有资本经营预算收入"),
    ),
    LabelRule(
        "income.appropriation",
        # 财政拨款收、支总预算 17981.68 万元: the appropriation, not the whole budget
        ("财政拨款收入", "财政拨款收、支总预算", "财政拨款收支总预算"),
    ),
    # Jiangsu 收支预算总表 income by fund type: 财政专户管理资金, 其他资金.
    LabelRule("income.special_account_revenue", ("财政专户管理资金",), exclude=("支出",)),
    LabelRule("income.other_funds", ("其他资金收入", "其他资金"), exclude=("支出",)),
    LabelRule("income.operating_revenue", ("经营收入",)),
    LabelRule("income.service_revenue", ("事业收入",)),
    LabelRule("income.grants_from_higher_level", ("上级补助收入",)),
    LabelRule("income.remittances_from_subordinates", ("附属单位上缴收入",)),
    LabelRule(
        "income.institutional_fund",
        # universities: 使用非财政拨款结余 is the line 用事业基金弥补收支差额 stands on
        ("用事业基金弥补", "事业基金弥补收支差额", "使用非财政拨款结余"),
    ),
    LabelRule("income.carry_over", ("上年结转", "上年结余"), exclude=("结转下年",)),
    LabelRule("income.other_revenue", ("其他收入",)),
    # Expenditure by source and kind.
    LabelRule(
        "general_public_basic",
        (
            "一般公共预算基本支出",
            "一般公共预算财政拨款基本支出",
            "一般公共预算拨款基本支出",
            # appropriations for basic expenditure are general public budget ones (a
            # government fund pays basic expenditure almost nowhere)
            "财政拨款基本支出",
        ),
    ),
    LabelRule("government_fund_expenditure", ("政府性基金",), exclude=("收入",)),
    LabelRule("state_capital_expenditure", ("国有资本经营",), exclude=("收入",)),
    LabelRule(
        "general_public_expenditure",
        (
            "一般公共预算安排支出",
            "一般公共预算支出",
            "一般公共预算拨款支出",
            "一般公共预算财政拨款支出",
            "一般公共预算安排",
        ),
    ),
    LabelRule("appropriation_expenditure", ("财政拨款支出", "财政拨款预算支出")),
    LabelRule("personnel_expenses", ("人员经费",)),
    LabelRule("public_expenses", ("公用经费",)),
    LabelRule("basic_expenditure", ("基本支出",)),
    LabelRule("project_expenditure", ("项目支出",)),
    *(LabelRule("economic", (name,), name_from_label=True) for name in ECONOMIC_CLASS_NAMES),
    # Totals last: their words occur inside many specific labels.
    LabelRule(
        "total_budget",
        (
            "总预算",
            "预算总额",
            "收支预算总额",
            "预算总规模",
            "收入、支出预算总计",
            "收支预算总计",
            "收入支出总计",
            "收支总计",
        ),
    ),
    LabelRule("total_income", ("预算收入", "收入预算", "收入总计", "总收入", "收入合计")),
    LabelRule("total_expenditure", ("预算支出", "支出预算", "支出总计", "总支出", "支出合计")),
)


@dataclass(frozen=True)
class _Compiled:
    rule: LabelRule
    context: tuple[tuple[str, ...], ...]
    exclude: tuple[str, ...]
    exclude_context: tuple[str, ...]
    plain: bool  # no exclude or context words: the row fits whenever a word does


_COMPILED: tuple[_Compiled, ...] = tuple(
    _Compiled(
        rule,
        tuple(tuple(compact(w) for w in group) for group in rule.context),
        tuple(compact(w) for w in rule.exclude),
        tuple(compact(w) for w in rule.exclude_context),
        not (rule.exclude or rule.context or rule.exclude_context),
    )
    for rule in LABEL_RULES
)

# hot path: the rows whose words a label holds are found in one scan. At each position the
# look-ahead gives the longest vocabulary word starting there; the words starting there are
# that word and those of its prefixes that are words, so each word maps to the rows of
# itself and of its prefixes.
_ROWS_OF_WORD: dict[str, set[int]] = {}
for _row, _rule in enumerate(LABEL_RULES):
    for _word in _rule.words:
        _ROWS_OF_WORD.setdefault(compact(_word), set()).add(_row)
_ROWS_FROM: dict[str, frozenset[int]] = {
    word: frozenset().union(
        *(rows for other, rows in _ROWS_OF_WORD.items() if word.startswith(other))
    )
    for word in _ROWS_OF_WORD
}
_WORD_AT = re.compile(
    "(?=(" + "|".join(map(re.escape, sorted(_ROWS_OF_WORD, key=len, reverse=True))) + "))"
)


# A label (``一般公共预算财政拨款支出``, ``基本支出``) is a short phrase that recurs across
# documents, unlike the context; the scan is the costly part (~7 us).
@lru_cache(maxsize=4096)
def _rows_holding(text: str) -> tuple[int, ...]:
    """Indexes of the vocabulary rows with a word in ``text`` (compacted), ascending."""
    rows: set[int] = set()
    for match in _WORD_AT.finditer(text):
        rows |= _ROWS_FROM[match.group(1)]
    return tuple(sorted(rows))


# Labels naming amounts yusuan has no key for (会议费, 培训费), or quoting a table (《…表》):
# no vocabulary row applies to them.
# In final accounts, 年初预算/调整预算 amounts are the budget a final figure is set against,
# not the figure itself.
UNKEYED_WORDS: tuple[str, ...] = (
    "会议费",
    "培训费",
    "《",
    "财政拨款收入支出",
    "年初预算",
    "调整预算",
    "调整后预算",
    # 含外宾接待支出 0.00 万元: a part of 公务接待费 with no key of its own
    "外宾",
)
_UNKEYED_WORD = re.compile("|".join(map(re.escape, UNKEYED_WORDS)))


def resolve_label(label: str, context: str = "") -> LabelRule | None:
    """The first vocabulary row that fits ``label`` (words before an amount) in ``context``
    (sentence prefix and section headings), or ``None`` for a label naming no known figure."""
    return resolve_compacted(compact(label), context)


def resolve_compacted(text: str, context: str = "") -> LabelRule | None:
    """:func:`resolve_label` of a label already compacted (``text``)."""
    if not text or _UNKEYED_WORD.search(text) is not None:
        return None
    ctx: str | None = None  # compacted when a row first reads it
    for index in _rows_holding(text):
        row = _COMPILED[index]
        if row.plain:
            return row.rule
        if any(word in text for word in row.exclude):
            continue
        if not row.exclude_context and not row.context:
            return row.rule
        if ctx is None:
            ctx = compact(context)
        if any(word in ctx for word in row.exclude_context):
            continue
        if all(any(word in ctx or word in text for word in group) for group in row.context):
            return row.rule
    return None
