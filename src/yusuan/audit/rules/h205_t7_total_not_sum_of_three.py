"""H205: in 表7, the “三公”经费 合计 differs from the sum of its three parts."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import check_keyed_sum, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule("H205", "“三公”经费合计不等于三项之和", Severity.ERROR, requires=(TableKind.T7,))
def t7_total_not_sum_of_three(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表7 一般公共预算“三公”经费支出表, 合计 = 因公出国(境)费 +
    公务用车购置及运行维护费 + 公务接待费, in every amount column. Blank cells count as 0.

    Why it matters: the “三公” total is one of the most scrutinised figures of a budget and
    is quoted in the narrative; a total that is not its parts misstates it.

    Example: 表7 prints 合计 3.00, 因公出国(境)费 blank, 公务用车购置及运行维护费 3.00 and
    公务接待费 0.50: expected 3.50, found 3.00, difference -0.50.

    Source: DISCLOSURE.md, "The eight standard tables": T7 "合计 = 因公出国(境)费 +
    公务用车购置及运行维护费 + 公务接待费".
    """
    (table,) = tables_present(doc, (TableKind.T7,), skip_empty=False)
    yield from check_keyed_sum(
        ctx,
        table,
        "three_public_total",
        ("overseas_travel", "official_cars", "official_reception"),
        "“三公”经费合计 的{column} {{found}} 不等于因公出国（境）费、公务用车购置及运行维护费"
        "与公务接待费之和 {{expected}}",
    )
