"""H101: a 类 row differs from the sum of its 款 rows."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import HIERARCHY_TABLES, check_level_sums, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Level


@rule("H101", "类合计不等于所属款之和", Severity.ERROR)
def class_not_sum_of_sections(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in the tables ordered by function code (表2, 表3, 表5, 表8) and by
    economic code (表6), every 类 row equals the sum of its 款 rows, in every amount column.
    A 类 printed without any 款 is a leaf and is not checked; a blank cell counts as 0.

    Why it matters: a 类 that does not add up means either the 类 or one of its 款 was
    mistyped, so every figure quoted from it (narrative, 表1, 表4) is in doubt.

    Example: 表3 prints 207 文化旅游体育与传媒支出 总计 396.84 while its only 款 20708 广播电视
    is 369.84; the finding gives expected 369.84, found 396.84, difference 27.00.

    Source: DISCLOSURE.md, "The eight standard tables": T2 "类 = sum of its 款" (the same
    hierarchy sums hold for T3, T5, T8 and, by economic code, T6).
    """
    for table in tables_present(doc, HIERARCHY_TABLES):
        yield from check_level_sums(ctx, table, Level.CLASS, "款")
