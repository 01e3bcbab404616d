"""H103: the 合计 row differs from the sum of the 类 rows."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    HIERARCHY_TABLES,
    Term,
    amount_columns,
    check_sum,
    column_label,
    differing_columns,
    keyed_row,
    tables_present,
    top_rows,
)
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure


@rule("H103", "合计行不等于各类之和", Severity.ERROR)
def total_not_sum_of_classes(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表2, 表3, 表5, 表8 (function codes) and 表6 (economic codes), the
    合计 row equals the sum of the 类 rows, in every amount column. When a table leaves a
    level out (prints 项 rows without their 类), the highest level printed is summed instead.

    Why it matters: the 合计 row is the figure carried into 表1, 表4 and the narrative; if it
    does not add up, the headline budget and its breakdown disagree.

    Example: 表6 prints 合计 人员经费 297.13 while 301 工资福利支出 and 303 对个人和家庭的补助
    print 257.24 and 39.98 (sum 297.22); expected 297.22, found 297.13, difference -0.09.

    Source: DISCLOSURE.md, "The eight standard tables": T2 "合计 = sum of 类"; T6 "合计 row =
    sum of 类" (the same for T3, T5, T8).
    """
    for table in tables_present(doc, HIERARCHY_TABLES):
        total = keyed_row(table, "total")
        classes = top_rows(table)
        if total is None or not classes:
            continue
        for column in differing_columns(total, classes, amount_columns(table)):
            finding = check_sum(
                ctx,
                Term(table, total, column),
                [Term(table, row, column) for row in classes],
                f"合计 的{column_label(table, column)} {{found}} 不等于各类之和 {{expected}}",
            )
            if finding is not None:
                yield finding
