"""H104: a 款 or 项 is printed without the row of the code above it."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    HIERARCHY_TABLES,
    hierarchy,
    tables_present,
)
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Level


@rule("H104", "科目缺少上级科目行", Severity.WARNING)
def code_without_parent_row(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表2, 表3, 表5, 表8 (function codes) and 表6 (economic codes), every
    printed 款 has its 类 row and every printed 项 has its 款 row. One finding per missing
    parent code, placed at the first child printed.

    Why it matters: without the parent row the hierarchy sums (H101, H102) cannot be checked
    and the 合计 is summed over mixed levels; usually a row was lost in layout or conversion.

    Example: 表3 prints 2070805 电视 396.84 directly under 207 文化旅游体育与传媒支出, without
    20708 广播电视: the finding names row 2070805 电视 and the missing 款 20708.

    Source: DISCLOSURE.md, "Classifications" (类 > 款 > 项) and "The eight standard tables"
    ("类 = sum of its 款; 款 = sum of its 项").
    """
    for table in tables_present(doc, HIERARCHY_TABLES):
        tree = hierarchy(table)
        for parent, children in tree.children.items():
            if parent in tree.by_code:
                continue
            child = children[0]
            level = Level.of_code(parent)
            noun = level.value if level else "上级科目"
            names = "、".join(c.describe() for c in children)
            yield ctx.finding(
                Place(table=table.describe(), row=child.describe(), source=child.location),
                f"{names} 所属的{noun} {parent} 未列出",
                expected=parent,
            )
