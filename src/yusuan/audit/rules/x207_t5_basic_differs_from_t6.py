"""X207: 表5's 基本支出 合计 differs from 表6's 合计."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    Term,
    amount_columns,
    check_equal,
    keyed_row,
    main_column,
    tables_present,
)
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule(
    "X207",
    "一般公共预算基本支出合计与基本支出表不一致",
    Severity.ERROR,
    requires=(TableKind.T5, TableKind.T6),
)
def t5_basic_differs_from_t6(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: 表5 一般公共预算支出表's 合计 row, column 基本支出, equals 表6
    一般公共预算基本支出表's 合计 row, column 合计 (placed on 表5).

    Why it matters: 表6 breaks down by economic class the basic expenditure 表5 gives by
    function; the narrative's "基本支出 … 万元" must be one number, not two.

    Example: 表5 合计 prints 基本支出 343.64 while 表6 合计 prints 334.64: expected 334.64,
    found 343.64, difference 9.00.

    Source: DISCLOSURE.md, "The eight standard tables": T5 "基本支出 合计 = T6 合计".
    """
    t5 = tables_present(doc, (TableKind.T5,))[0]
    t6 = tables_present(doc, (TableKind.T6,))[0]
    total5 = keyed_row(t5, "total")
    total6 = keyed_row(t6, "total")
    if total5 is None or total6 is None or "basic" not in amount_columns(t5):
        return
    finding = check_equal(
        ctx,
        Term(t5, total5, "basic"),
        Term(t6, total6, main_column(t6)),
        "合计 的基本支出 {found} 不等于表6 合计 {expected}",
    )
    if finding is not None:
        yield finding
