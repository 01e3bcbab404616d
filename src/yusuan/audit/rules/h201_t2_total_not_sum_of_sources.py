"""H201: in 表2, a row's 总计 differs from the sum of its income-source columns."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import check_row_arithmetic, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule("H201", "收入表总计不等于各收入来源之和", Severity.ERROR, requires=(TableKind.T2,))
def t2_total_not_sum_of_sources(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表2 部门收入预算总表, every row (合计 and each function code) has
    总计 = the sum of its income-source columns (一般公共预算财政拨款收入,
    政府性基金预算财政拨款收入, 事业收入, … 上年结转). Blank cells count as 0.

    Why it matters: 总计 is the row's budget; when it is not made of its sources, either the
    total or a source amount is wrong, and 表1's income items will not match either.

    Example: 表2 row 2070805 电视 prints 总计 396.84 and 一般公共预算财政拨款收入 369.84 with
    every other source blank: expected 369.84, found 396.84, difference 27.00.

    Source: DISCLOSURE.md, "The eight standard tables": T2 "each row: 总计 = sum of its
    source columns".
    """
    (table,) = tables_present(doc, (TableKind.T2,))
    yield from check_row_arithmetic(ctx, table, "total", parts_label="各收入来源之和")
