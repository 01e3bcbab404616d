"""H206: in 表7, 公务用车购置及运行维护费 differs from 购置 + 运行维护."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import check_keyed_sum, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule(
    "H206",
    "公务用车购置及运行维护费不等于购置费与运行维护费之和",
    Severity.ERROR,
    requires=(TableKind.T7,),
)
def t7_cars_not_purchase_plus_operation(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表7, 公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费, in
    every amount column. Blank cells count as 0. Skipped when neither part row is printed.

    Why it matters: purchases and running costs of official cars are reported and limited
    separately; a split that does not add up misstates one of them.

    Example: 表7 prints 公务用车购置及运行维护费 3.00, 公务用车购置 blank and 公务用车运行维护费
    3.30: expected 3.30, found 3.00, difference -0.30.

    Source: DISCLOSURE.md, "The eight standard tables": T7 "公务用车 = 购置 + 运行维护".
    """
    (table,) = tables_present(doc, (TableKind.T7,), skip_empty=False)
    yield from check_keyed_sum(
        ctx,
        table,
        "official_cars",
        ("car_purchase", "car_operation"),
        "公务用车购置及运行维护费 的{column} {{found}} 不等于公务用车购置费与运行维护费之和"
        " {{expected}}",
    )
