"""H202: in 表3, a row's 总计 differs from the sum of its expenditure columns."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import check_row_arithmetic, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule("H202", "支出表总计不等于各支出列之和", Severity.ERROR, requires=(TableKind.T3,))
def t3_total_not_sum_of_columns(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表3 部门支出预算总表, every row (合计 and each function code) has
    总计 = 基本支出 + 项目支出 + 上缴上级支出 + 对附属单位补助支出 + 事业单位经营支出 + 结转下年
    (every other amount column the table prints). Blank cells count as 0.

    Why it matters: the split into basic and project expenditure is what the narrative and
    表5 explain; a row whose parts do not make its total misstates one of them.

    Example: 表3 row 合计 prints 总计 521.05, 基本支出 343.64 and 项目支出 177.14 (sum
    520.78): expected 520.78, found 521.05, difference 0.27.

    Source: DISCLOSURE.md, "The eight standard tables": T3 "each row: 总计 = sum of the other
    columns".
    """
    (table,) = tables_present(doc, (TableKind.T3,))
    yield from check_row_arithmetic(ctx, table, "total", parts_label="其余各支出列之和")
