"""X101: in 表1/表4, 本年收入合计 differs from the sum of the income items."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import SIDE_BY_SIDE_TABLES, check_between, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section


@rule("X101", "本年收入合计不等于各收入项之和", Severity.ERROR)
def income_subtotal_not_sum_of_items(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表1 部门收支预算总表 (and, restricted to appropriations, in 表4
    财政拨款收支预算总表), 本年收入合计 = the sum of the income items printed above it
    (一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 事业收入, 上级补助收入, 附属单位上缴收入,
    事业单位经营收入, 其他收入 …, or the items a table prints by name only, such as a
    university's 一、财政拨款). "Of which" lines (其中：捐赠收入; 1.一般公共预算资金 under
    一、财政拨款收入) are parts of the line above and are not added. Blank cells count as 0.

    Why it matters: 本年收入合计 is the budget's headline income; if it is not made of its
    sources, either the headline or a source (and then 表2's 合计) is wrong.

    Example: 表1 prints 一般公共预算财政拨款收入 521.05, 事业收入 10.00 and 本年收入合计
    521.05: expected 531.05, found 521.05, difference -10.00.

    Source: DISCLOSURE.md, "The eight standard tables": T1 "本年收入合计 = sum of income
    items"; T4 "the T1 identities, restricted to appropriations".
    """
    for table in tables_present(doc, SIDE_BY_SIDE_TABLES):
        yield from check_between(
            ctx,
            table,
            Section.INCOME,
            None,
            "income_subtotal",
            "本年收入合计 的{column} {{found}} 不等于各收入项之和 {{expected}}",
        )
