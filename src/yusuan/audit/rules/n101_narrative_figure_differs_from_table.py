"""N101: a narrative total, income source, expenditure or 三公 figure differs from its table."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._narrative_lookup import (
    at_precision_of,
    figure_mismatch,
    other_table_value,
    table_value,
)
from yusuan.model.disclosure import Disclosure
from yusuan.model.figure_keys import FIGURE_KEYS

# Figures compared one-to-one with a table cell (see _narrative_lookup.table_value).
CHECKED_KEYS = (
    "total_budget",
    "total_income",
    "total_expenditure",
    "basic_expenditure",
    "project_expenditure",
    "general_public_expenditure",
    "general_public_basic",
    "personnel_expenses",
    "public_expenses",
    "government_fund_expenditure",
)


def _checked(key: str) -> bool:
    return key in CHECKED_KEYS or key.startswith(("income.", "three_public."))


@rule("N101", "说明中的金额与报表不一致", Severity.ERROR)
def narrative_figure_differs_from_table(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each amount the narrative states for a total or an item the tables
    print equals that table cell: 部门预算总额 = 表1 收入总计, 部门预算收入 = 本年收入合计,
    部门预算支出 = 本年支出合计 (收入预算/支出预算 stated as 表1 收入总计/支出总计, with
    the carry-overs, also holds), each income source = its 表1 row, 基本支出/项目支出 = 表3 合计
    (表5 when 表3 is missing, or when they break down 一般公共预算支出 or 财政拨款支出), 一般公共预算支出 = 表5 合计, 一般公共预算基本支出 = 表5 合计
    基本支出 (or 表6 合计), 人员经费/公用经费 = 表6 合计, each 三公 item = its 表7 row,
    政府性基金预算支出 = 表8 合计 (an empty 表8 counts as 0). The comparison is made at the
    narrative's printed precision (3 万元 = 3.00), and a blank total cell is left to the
    arithmetic rules.

    Why it matters: the narrative is what readers quote; a figure that differs from the
    approved tables misstates the budget, and the inspection sheet counts it as an error.

    Example: the seed states "人员经费 257.24 万元" while 表6 合计 prints 人员经费 297.13
    (257.24 is 301 工资福利支出 alone; 303 对个人和家庭的补助 39.89 is left out).

    Source: DISCLOSURE.md, "Whole-document rules": each narrative figure equals the table
    value it names.
    """
    for figure in doc.narrative:
        if not _checked(figure.key):
            continue
        target = table_value(doc, figure.key, figure.unit, figure.part_of)
        if target is None:
            continue
        expected = at_precision_of(target.amount, figure.amount)
        if figure.amount == expected:
            continue  # agrees (ctx.mismatch would give nothing): no message, no places
        other = other_table_value(doc, figure.key, figure.unit)
        if other is not None and figure.amount == at_precision_of(other.amount, figure.amount):
            continue  # 收入预算 stated as 收入总计 (with carry-overs)
        found = figure_mismatch(ctx, figure, target, FIGURE_KEYS.get(figure.key, figure.label))
        if found is not None:
            yield found
