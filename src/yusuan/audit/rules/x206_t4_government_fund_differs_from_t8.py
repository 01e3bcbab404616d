"""X206: 表4's 政府性基金预算 column by function 类 differs from 表8."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import t4_column_against_detail, tables_present
from yusuan.audit.context import NotApplicable, RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section, TableKind


@rule(
    "X206",
    "财政拨款收支总表政府性基金预算与政府性基金预算支出表不一致",
    Severity.ERROR,
    requires=(TableKind.T4, TableKind.T8),
)
def t4_government_fund_differs_from_t8(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: on 表4's expenditure-by-function side, each 类's 政府性基金预算 amount
    equals that 类's 总计 in 表8 政府性基金预算支出表 (placed on 表4), and 表4's 本年支出合计
    政府性基金预算 equals 表8's 合计 总计. When 表8 is empty (the department has no fund
    budget) every 政府性基金预算 amount of 表4 must be blank or 0; when both are empty the rule
    is not applicable.

    Why it matters: 表8 is the detail of the government fund appropriation 表4 summarises; a
    fund amount in 表4 with an empty 表8 means one of the two tables is wrong.

    Example: 表4 prints 212 城乡社区支出 政府性基金预算 100.00 while 表8 is empty (“本部门无
    政府性基金财政拨款支出”): expected 0, found 100.00, difference 100.00.

    Source: DISCLOSURE.md, "The eight standard tables": T4 "政府性基金 column = T8".
    """
    t4 = tables_present(doc, (TableKind.T4,))[0]
    t8 = doc.tables[TableKind.T8]
    expenditure = [r for r in t4.rows if r.section == Section.FUNCTION]
    if t8.is_empty and all(r.amount("government_fund") == 0 for r in expenditure):
        raise NotApplicable("表8 为空且表4 无政府性基金预算支出")
    yield from t4_column_against_detail(
        ctx, t4, t8, "government_fund", "政府性基金预算", empty_detail_is_zero=True
    )
