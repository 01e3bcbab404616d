"""H102: a 款 row differs from the sum of its 项 rows."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import FUNCTION_TABLES, check_level_sums, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Level


@rule("H102", "款合计不等于所属项之和", Severity.ERROR)
def section_not_sum_of_items(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in the tables ordered by function code (表2, 表3, 表5, 表8), every 款
    row equals the sum of its 项 rows, in every amount column. A 款 printed without any 项 is
    a leaf and is not checked; a blank cell counts as 0.

    Why it matters: the 项 is the level a budget is approved at; a 款 that does not add up
    hides a mistyped amount at the level the money is actually spent.

    Example: 表5 prints 20805 行政事业单位养老支出 总计 50.34 while its 项 2080502, 2080505
    and 2080599 print 31.03, 16.12 and 3.91 (sum 51.06); expected 51.06, found 50.34,
    difference -0.72.

    Source: DISCLOSURE.md, "The eight standard tables": T2 "款 = sum of its 项" (the same
    hierarchy sums hold for T3, T5 and T8).
    """
    for table in tables_present(doc, FUNCTION_TABLES):
        yield from check_level_sums(ctx, table, Level.SECTION, "项")
