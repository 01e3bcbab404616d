"""H208: in 表6, 公用经费 合计 differs from 302 (+ 310)."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import check_t6_column_against_classes, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind

PUBLIC_CLASSES = ("302", "310")


@rule(
    "H208",
    "公用经费合计不等于商品和服务支出与资本性支出之和",
    Severity.WARNING,
    requires=(TableKind.T6,),
)
def t6_public_not_302_plus_310(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表6, the 合计 row's 公用经费 equals the 合计 (小计) of 类 302
    商品和服务支出, plus that of 类 310 资本性支出 where 表6 prints it. A warning: some offices
    put part of 302 (e.g. 30229 福利费, 30239 交通费补贴) under 人员经费, so a difference calls
    for a look, not a correction.

    Why it matters: 公用经费 is quoted in the narrative as "商品和服务支出 (+ 资本性支出)"; a
    公用经费 column that is not made of those classes usually means a 款 was put in the wrong
    column.

    Example: 表6 prints 合计 公用经费 46.51 and 302 商品和服务支出 46.15 (no 310): expected
    46.15, found 46.51, difference 0.36.

    Source: DISCLOSURE.md, "The eight standard tables": T6 "公用经费 = 302 (+ 310 where
    used)".
    """
    (table,) = tables_present(doc, (TableKind.T6,))
    finding = check_t6_column_against_classes(
        ctx,
        table,
        "public",
        PUBLIC_CLASSES,
        "合计 的公用经费 {found} 不等于 302 商品和服务支出（及 310 资本性支出）之和 {expected}"
        "（部分公用类支出可能列于其他科目）",
    )
    if finding is not None:
        yield finding
