"""X205: 表4's 一般公共预算 column by function 类 differs from 表5's 类 总计."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import t4_column_against_detail, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule(
    "X205",
    "财政拨款收支总表一般公共预算与一般公共预算支出表不一致",
    Severity.ERROR,
    requires=(TableKind.T4, TableKind.T5),
)
def t4_general_public_differs_from_t5(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: on 表4's expenditure-by-function side, each 类's 一般公共预算 amount
    equals that 类's 总计 in 表5 一般公共预算支出表 (placed on 表4), and 表4's 本年支出合计
    一般公共预算 equals 表5's 合计 总计. A non-zero 类 on one side only is reported.

    Why it matters: 表5 is the detail of the general public budget appropriation that 表4
    summarises; the narrative's "一般公共预算支出 … 万元" is quoted from either.

    Example: 表4 prints 208 社会保障和就业支出 一般公共预算 53.04 while 表5 prints 50.34:
    expected 50.34, found 53.04, difference 2.70.

    Source: DISCLOSURE.md, "The eight standard tables": T4 "一般公共预算 column by function 类
    = T5 类 rows".
    """
    t4 = tables_present(doc, (TableKind.T4,))[0]
    t5 = tables_present(doc, (TableKind.T5,))[0]
    yield from t4_column_against_detail(ctx, t4, t5, "general_public", "一般公共预算")
