"""X202: a function code's 总计 in 表3 differs from its 总计 in 表2."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    Term,
    amount_columns,
    check_equal,
    compare_by_code,
    keyed_row,
    tables_present,
)
from yusuan.audit.context import NotApplicable, RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule(
    "X202",
    "支出表总计与收入表同一科目总计不一致",
    Severity.ERROR,
    requires=(TableKind.T2, TableKind.T3),
)
def t3_total_differs_from_t2(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: every function code's 总计 in 表3 部门支出预算总表 equals the same
    code's 总计 in 表2 部门收入预算总表 (placed on 表3), and the two 合计 rows agree. A code
    with a non-zero 总计 printed in only one of the two tables is reported on the table that
    prints it. Not applicable when either table lacks a 总计 column.

    Why it matters: each function code's budget is the same money seen from the income and
    from the expenditure side; a difference means one table has a wrong amount or a lost row.

    Example: 2070805 电视 prints 总计 396.84 in 表2 and 369.84 in 表3: expected 396.84, found
    369.84, difference -27.00.

    Source: DISCLOSURE.md, "The eight standard tables": T3 "every row's 总计 = the same code's
    总计 in T2".
    """
    t2 = tables_present(doc, (TableKind.T2,))[0]
    t3 = tables_present(doc, (TableKind.T3,))[0]
    if "total" not in amount_columns(t2) or "total" not in amount_columns(t3):
        raise NotApplicable("表2 或表3 未列示总计列")
    yield from compare_by_code(
        ctx,
        (t3, t3.coded_rows(), "total"),
        (t2, t2.coded_rows(), "total"),
        "{row} 的总计 {found} 不等于表2 同一科目的总计 {expected}",
        "{row} 的总计 {found} 在{table} 中无对应科目",
    )
    total3 = keyed_row(t3, "total")
    total2 = keyed_row(t2, "total")
    if total3 is not None and total2 is not None:
        finding = check_equal(
            ctx,
            Term(t3, total3, "total"),
            Term(t2, total2, "total"),
            "合计 的总计 {found} 不等于表2 合计 的总计 {expected}",
        )
        if finding is not None:
            yield finding
