"""X102: in 表1/表4, 收入总计 differs from 本年收入合计 + 用事业基金弥补收支差额 + 上年结转."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import SIDE_BY_SIDE_TABLES, check_between, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section


@rule("X102", "收入总计不等于本年收入合计与上年结转等之和", Severity.ERROR)
def income_total_not_subtotal_plus_carry_over(
    doc: Disclosure, ctx: RuleContext
) -> Iterator[Finding]:
    """What it checks: in 表1 (and 表4), 收入总计 = 本年收入合计 + 用事业基金弥补收支差额 +
    上年结转: 本年收入合计 plus every line printed between it and 收入总计 (a university's
    使用非财政拨款结余 among them; "of which" lines left out). Blank cells count as 0.

    Why it matters: 收入总计 is the amount the department can spend this year; a total not
    made of this year's income and the carry-over misstates the budget's size.

    Example: 表1 prints 本年收入合计 521.05, 上年结转 20.00 and 收入总计 521.05: expected
    541.05, found 521.05, difference -20.00.

    Source: DISCLOSURE.md, "The eight standard tables": T1 "收入总计 = 本年收入合计 +
    用事业基金弥补收支差额 + 上年结转"; T4 "the T1 identities, restricted to appropriations".
    """
    for table in tables_present(doc, SIDE_BY_SIDE_TABLES):
        yield from check_between(
            ctx,
            table,
            Section.INCOME,
            "income_subtotal",
            "income_total",
            "收入总计 的{column} {{found}} 不等于本年收入合计、用事业基金弥补收支差额与上年结转之和"
            " {{expected}}",
        )
