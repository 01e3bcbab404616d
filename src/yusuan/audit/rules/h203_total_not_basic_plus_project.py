"""H203: in 表5 or 表8, a row's 总计 differs from 基本支出 + 项目支出."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import check_row_arithmetic, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule("H203", "总计不等于基本支出与项目支出之和", Severity.ERROR)
def total_not_basic_plus_project(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表5 一般公共预算支出表 and 表8 政府性基金预算支出表 (when not empty),
    every row has 总计 = 基本支出 + 项目支出. Blank cells count as 0. Not applicable when both
    tables are missing or empty.

    Why it matters: the appropriation is spent either as basic or as project expenditure;
    a row whose parts do not make its total misstates one of them, and 表6 (basic) or the
    project performance targets then cannot be reconciled.

    Example: 表5 row 207 文化旅游体育与传媒支出 prints 总计 396.84, 基本支出 219.43 and
    项目支出 174.71 (sum 394.14): expected 394.14, found 396.84, difference 2.70.

    Source: DISCLOSURE.md, "The eight standard tables": T5 and T8 "总计 = 基本支出 + 项目支出".
    """
    for table in tables_present(doc, (TableKind.T5, TableKind.T8)):
        yield from check_row_arithmetic(
            ctx, table, "total", ("basic", "project"), parts_label="基本支出与项目支出之和"
        )
