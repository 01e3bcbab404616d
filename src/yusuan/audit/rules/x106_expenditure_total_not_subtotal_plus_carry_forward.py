"""X106: in 表1/表4, 支出总计 differs from 本年支出合计 + 结转下年."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    EXPENDITURE_SECTIONS,
    SECTION_LABELS,
    SIDE_BY_SIDE_TABLES,
    check_between,
    row_with_key,
    tables_present,
)
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure


@rule("X106", "支出总计不等于本年支出合计与结转下年之和", Severity.ERROR)
def expenditure_total_not_subtotal_plus_carry_forward(
    doc: Disclosure, ctx: RuleContext
) -> Iterator[Finding]:
    """What it checks: in 表1 (and 表4), on each expenditure side (by function, by economic
    class), 支出总计 = 本年支出合计 + 结转下年 (+ any other line printed between the two, "of
    which" lines left out). A blank cell counts as 0.

    Why it matters: 支出总计 must account for everything spent this year plus what is carried
    into next year; a total that is not those two misstates the budget's size.

    Example: 表1 prints 本年支出合计 521.05, 结转下年 blank and 支出总计 520.05: expected
    521.05, found 520.05, difference -1.00.

    Source: DISCLOSURE.md, "The eight standard tables": T1 "支出总计 = 本年支出合计 +
    结转下年"; T4 "the T1 identities, restricted to appropriations".
    """
    for table in tables_present(doc, SIDE_BY_SIDE_TABLES):
        for section in EXPENDITURE_SECTIONS:
            total = row_with_key(table, "expenditure_total", section)
            if total is None:
                continue
            yield from check_between(
                ctx,
                table,
                section,
                "expenditure_subtotal",
                "expenditure_total",
                f"{SECTION_LABELS[section]}的支出总计 的{{column}} {{{{found}}}} "
                f"不等于本年支出合计与结转下年之和 {{{{expected}}}}",
            )
