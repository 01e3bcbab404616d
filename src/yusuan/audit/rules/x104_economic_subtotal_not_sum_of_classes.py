"""X104: in 表1/表4, 本年支出合计 (by economic class) differs from the sum of economic 类."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import SIDE_BY_SIDE_TABLES, check_section_classes, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section


@rule("X104", "本年支出合计不等于各经济分类类级之和", Severity.ERROR)
def economic_subtotal_not_sum_of_classes(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表1 (and in 表4, per appropriation column), the 本年支出合计 of the
    expenditure-by-economic-class side = the sum of the economic 类 rows (301 工资福利支出 …
    399 其他支出). Blank cells count as 0.

    Why it matters: the economic side says how the money is spent (salaries, goods and
    services, transfers); a total not made of its classes means a class amount is wrong.

    Example: 表1 prints 301 257.24, 302 174.92, 303 39.89, 399 49.00 (sum 521.05) and
    本年支出合计 521.50: expected 521.05, found 521.50, difference 0.45.

    Source: DISCLOSURE.md, "The eight standard tables": T1 "本年支出合计 by economic class =
    sum of economic 类 rows"; T4 "the T1 identities, restricted to appropriations".
    """
    for table in tables_present(doc, SIDE_BY_SIDE_TABLES):
        yield from check_section_classes(ctx, table, Section.ECONOMIC, "各经济分类类级之和")
