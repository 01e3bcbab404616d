"""H204: in 表6, a row's 合计 differs from 人员经费 + 公用经费."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import check_row_arithmetic, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule("H204", "基本支出合计不等于人员经费与公用经费之和", Severity.ERROR, requires=(TableKind.T6,))
def t6_total_not_personnel_plus_public(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表6 一般公共预算基本支出表, every row (合计 and each economic code)
    has 合计 = 人员经费 + 公用经费. Blank cells count as 0.

    Why it matters: basic expenditure is by definition personnel plus public expenses; the
    narrative quotes all three, so a row that does not add up makes one of them wrong.

    Example: 表6 row 合计 prints 343.64, 人员经费 297.13 and 公用经费 45.61 (sum 342.74):
    expected 342.74, found 343.64, difference 0.90.

    Source: DISCLOSURE.md, "The eight standard tables": T6 "合计 = 人员经费 + 公用经费 per
    row"; "Standard terms": 基本支出 = 人员经费 + 公用经费.
    """
    (table,) = tables_present(doc, (TableKind.T6,))
    yield from check_row_arithmetic(
        ctx, table, "total", ("personnel", "public"), parts_label="人员经费与公用经费之和"
    )
