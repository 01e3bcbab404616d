"""X103: in 表1/表4, 本年支出合计 (by function) differs from the sum of the function 类."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import SIDE_BY_SIDE_TABLES, check_section_classes, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section


@rule("X103", "本年支出合计不等于各功能分类类级之和", Severity.ERROR)
def function_subtotal_not_sum_of_classes(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表1 (and in 表4, per appropriation column), the 本年支出合计 of the
    expenditure-by-function side = the sum of the function 类 rows (201 一般公共服务支出 …
    233). Blank cells count as 0.

    Why it matters: the function side says what the money is for; a total not made of its
    classes means a class amount (also quoted in the narrative and 表3) is wrong.

    Example: 表1 prints 207 396.84, 208 50.34, 210 35.91, 221 37.96 (sum 521.05) and
    本年支出合计 512.05: expected 521.05, found 512.05, difference -9.00.

    Source: DISCLOSURE.md, "The eight standard tables": T1 "本年支出合计 by function = sum of
    function 类 rows"; T4 "the T1 identities, restricted to appropriations".
    """
    for table in tables_present(doc, SIDE_BY_SIDE_TABLES):
        yield from check_section_classes(ctx, table, Section.FUNCTION, "各功能分类类级之和")
