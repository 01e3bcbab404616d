"""X203: 表3's 合计 differs from 表1's 本年支出合计."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    Term,
    amount_columns,
    check_sum,
    headline_column,
    keyed_row,
    row_with_key,
    tables_present,
)
from yusuan.audit.context import NotApplicable, RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section, TableKind


@rule(
    "X203",
    "支出表合计与收支总表本年支出合计不一致",
    Severity.ERROR,
    requires=(TableKind.T1, TableKind.T3),
)
def t3_total_differs_from_t1(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: 表3's 合计 总计 equals 表1's 本年支出合计 (the function side, or the
    economic side when 表1 has no function side). When 表3 prints a 结转下年 column its 总计
    includes that carry-forward, so 表1's 结转下年 is added to the expected amount.

    Why it matters: 表1 summarises 表3; two different expenditure totals leave the reader not
    knowing the size of the budget.

    Example: 表3 合计 prints 总计 521.05 while 表1 本年支出合计 is 512.05: expected 512.05,
    found 521.05, difference 9.00.

    Source: DISCLOSURE.md, "The eight standard tables": T3 "合计 = T1 本年支出合计".
    """
    t1 = tables_present(doc, (TableKind.T1,))[0]
    t3 = tables_present(doc, (TableKind.T3,))[0]
    if "total" not in amount_columns(t3):
        raise NotApplicable("表3 未列示总计列")
    total = keyed_row(t3, "total")
    section = Section.FUNCTION
    subtotal = row_with_key(t1, "expenditure_subtotal", section)
    if subtotal is None:
        section = Section.ECONOMIC
        subtotal = keyed_row(t1, "expenditure_subtotal", section)
    if total is None or subtotal is None:
        return
    parts = [Term(t1, subtotal, headline_column(subtotal))]
    carry = row_with_key(t1, "carry_forward", section)
    if carry is not None and "carry_forward" in t3.columns:
        parts.append(Term(t1, carry, headline_column(carry)))
    finding = check_sum(
        ctx,
        Term(t3, total, "total"),
        parts,
        "合计 的总计 {found} 不等于表1 本年支出合计 {expected}",
    )
    if finding is not None:
        yield finding
