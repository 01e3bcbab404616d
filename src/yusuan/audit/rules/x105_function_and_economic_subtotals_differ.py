"""X105: in 表1/表4, 本年支出合计 by function differs from 本年支出合计 by economic class."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    SIDE_BY_SIDE_TABLES,
    Term,
    amount_columns,
    check_equal,
    column_label,
    row_with_key,
    tables_present,
)
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section


@rule("X105", "功能分类与经济分类的本年支出合计不一致", Severity.ERROR)
def function_and_economic_subtotals_differ(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表1 (and in 表4, per appropriation column), 本年支出合计 printed on
    the economic-class side equals 本年支出合计 printed on the function side. A blank cell
    against a non-zero one is reported.

    Why it matters: the two sides classify the same expenditure two ways; different totals
    mean one side lost or double-counted an amount.

    Example: 表1 prints 本年支出合计 521.05 by function and 512.05 by economic class: expected
    521.05, found 512.05, difference -9.00 (placed on the economic side).

    Source: DISCLOSURE.md, "The eight standard tables": T1 "本年支出合计 by function = ... =
    本年支出合计 by economic class"; T4 "the T1 identities, restricted to appropriations".
    """
    for table in tables_present(doc, SIDE_BY_SIDE_TABLES):
        function = row_with_key(table, "expenditure_subtotal", Section.FUNCTION)
        economic = row_with_key(table, "expenditure_subtotal", Section.ECONOMIC)
        if function is None or economic is None:
            continue
        for column in amount_columns(table, [function, economic]):
            finding = check_equal(
                ctx,
                Term(table, economic, column),
                Term(table, function, column),
                f"按经济分类的本年支出合计 的{column_label(table, column)} {{found}} "
                f"不等于按功能分类的本年支出合计 {{expected}}",
            )
            if finding is not None:
                yield finding
