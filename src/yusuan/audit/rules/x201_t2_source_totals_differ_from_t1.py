"""X201: 表2's 合计 per income source differs from 表1's income item."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    INCOME_ITEMS,
    ZERO,
    Term,
    amount_columns,
    check_equal,
    check_sum,
    column_label,
    headline_column,
    keyed_row,
    tables_present,
)
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section, TableKind

SOURCES = (*INCOME_ITEMS, "institutional_fund", "carry_over")


@rule(
    "X201",
    "收入表各来源合计与收支总表收入项不一致",
    Severity.ERROR,
    requires=(TableKind.T1, TableKind.T2),
)
def t2_source_totals_differ_from_t1(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each income-source column of 表2's 合计 row (一般公共预算财政拨款收入,
    事业收入, … 上年结转) equals the matching income item of 表1 (placed on 表1's cell), and
    表2's 合计 总计 equals 表1's 本年收入合计 plus those of 用事业基金弥补收支差额 and 上年结转
    that 表2 prints as columns. A blank cell or a missing 表1 row counts as 0.

    Why it matters: 表1 summarises 表2; an income source with two different amounts leaves
    the reader not knowing how much the department receives from it.

    Example: 表2 合计 prints 一般公共预算财政拨款收入 521.05 while 表1 prints 512.05: the
    finding on 表1 gives expected 521.05, found 512.05, difference -9.00.

    Source: DISCLOSURE.md, "The eight standard tables": T2 "its 合计 per source = the
    matching T1 income item".
    """
    t1 = tables_present(doc, (TableKind.T1,))[0]
    t2 = tables_present(doc, (TableKind.T2,))[0]
    total = keyed_row(t2, "total")
    if total is None:
        return
    columns = amount_columns(t2)
    for column in columns:
        if column not in SOURCES:
            continue
        expected = Term(t2, total, column)
        item = keyed_row(t1, column, Section.INCOME)
        if item is None:
            finding = ctx.mismatch(
                expected.place,
                ZERO,
                expected.amount,
                f"表2 合计 的{column_label(t2, column)} {expected.printed} 在表1 中无对应收入项",
            )
        else:
            finding = check_equal(
                ctx,
                Term(t1, item, headline_column(item)),
                expected,
                f"{item.describe()} {{found}} 不等于表2 合计 的{column_label(t2, column)} "
                f"{{expected}}",
            )
        if finding is not None:
            yield finding
    subtotal = keyed_row(t1, "income_subtotal", Section.INCOME)
    if subtotal is None or "total" not in columns:
        return
    extras = [
        Term(t1, row, headline_column(row))
        for key in ("institutional_fund", "carry_over")
        if key in columns and (row := keyed_row(t1, key, Section.INCOME)) is not None
    ]
    parts = [Term(t1, subtotal, headline_column(subtotal)), *extras]
    finding = check_sum(
        ctx,
        Term(t2, total, "total"),
        parts,
        "表2 合计 的总计 {found} 不等于表1 本年收入合计（及上年结转等）{expected}",
    )
    if finding is not None:
        yield finding
