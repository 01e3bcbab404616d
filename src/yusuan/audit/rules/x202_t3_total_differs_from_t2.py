"""X202: a function code's 总计 in 表3 differs from its 总计 in 表2."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    Term,
    amount_columns,
    check_equal,
    compare_by_code,
    headline_value,
    keyed_row,
    tables_present,
)
from yusuan.audit.context import NotApplicable, RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure, DocumentKind
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
    prints it. Not applicable when either table lacks a 总计 column or 表2 has no function
    codes (a university's 收入预算表 prints one 合计 row) or prints this year's income only
    (no 上年结转 column) while 表1 shows 上年结转 / 使用非财政拨款结余 spent too (universities), and for a final account
    (决算): a year's actual income and actual expenditure under a code differ by design
    (carry-overs in and out), so 收入决算表 and 支出决算表 need not agree.

    Why it matters: each function code's budget is the same money seen from the income and
    from the expenditure side; a difference means one table has a wrong amount or a lost row.

    Example: 2070805 电视 prints 总计 396.84 in 表2 and 369.84 in 表3: expected 396.84, found
    369.84, difference -27.00.

    Source: DISCLOSURE.md, "The eight standard tables": T3 "every row's 总计 = the same code's
    总计 in T2".
    """
    if doc.kind is DocumentKind.FINAL_ACCOUNT:
        raise NotApplicable("决算的收入决算表与支出决算表按科目本不相等（含结转结余）")
    t2 = tables_present(doc, (TableKind.T2,))[0]
    t3 = tables_present(doc, (TableKind.T3,))[0]
    if "total" not in amount_columns(t2) or "total" not in amount_columns(t3):
        raise NotApplicable("表2 或表3 未列示总计列")
    if not t2.coded_rows():
        raise NotApplicable("表2 未按功能科目列示（如高校收入预算表只列合计）")
    if "carry_over" not in amount_columns(t2) and _spends_beyond_this_years_income(doc):
        raise NotApplicable("表2 只列本年收入（无上年结转栏），而支出含上年结转或结余资金")
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


def _spends_beyond_this_years_income(doc: Disclosure) -> bool:
    """True when 表1 prints a non-zero 上年结转 or 用事业基金/非财政拨款结余 line."""
    t1 = doc.table(TableKind.T1)
    if t1 is None:
        return False
    return any(
        row.key in ("carry_over", "institutional_fund") and headline_value(row) != 0
        for row in t1.rows
    )
