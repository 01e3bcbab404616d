"""H207: in 表6, 人员经费 合计 differs from 301 + 303."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import check_t6_column_against_classes, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind

PERSONNEL_CLASSES = ("301", "303")


@rule(
    "H207",
    "人员经费合计不等于工资福利支出与对个人和家庭的补助之和",
    Severity.WARNING,
    requires=(TableKind.T6,),
)
def t6_personnel_not_301_plus_303(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表6, the 合计 row's 人员经费 equals the 合计 (小计) of 类 301
    工资福利支出 plus that of 类 303 对个人和家庭的补助. A warning, not an error: some budget
    offices class a few personnel items elsewhere (e.g. 30299 or 399 for staff-related
    spending, or a part of 303 under 公用经费), so a difference calls for a look, not a
    correction.

    Why it matters: 人员经费 is quoted in the narrative as "工资福利支出 + 对个人和家庭的补助";
    a 人员经费 column that is not made of those classes usually means a 款 was put in the
    wrong column.

    Example: 表6 prints 合计 人员经费 297.13 with 301 257.24 and 303 39.98 (sum 297.22):
    expected 297.22, found 297.13, difference -0.09.

    Source: DISCLOSURE.md, "The eight standard tables": T6 "人员经费 = 301 + 303 (plus
    personnel items elsewhere)".
    """
    (table,) = tables_present(doc, (TableKind.T6,))
    finding = check_t6_column_against_classes(
        ctx,
        table,
        "personnel",
        PERSONNEL_CLASSES,
        "合计 的人员经费 {found} 不等于 301 工资福利支出 与 303 对个人和家庭的补助 之和 "
        "{expected}（部分人员类支出可能列于其他科目）",
    )
    if finding is not None:
        yield finding
