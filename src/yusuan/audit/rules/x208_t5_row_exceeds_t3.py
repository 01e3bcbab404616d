"""X208: a row of 表5 (appropriation) exceeds the same row of 表3 (all funds)."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    ZERO,
    Term,
    amount_columns,
    column_label,
    first_by_code,
    keyed_row,
    tables_present,
)
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Row, TableKind

COLUMNS = ("total", "basic", "project")


@rule(
    "X208",
    "一般公共预算支出超过部门支出总表同一科目",
    Severity.WARNING,
    requires=(TableKind.T3, TableKind.T5),
)
def t5_row_exceeds_t3(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: for every function code printed in 表5 (and the 合计 row), each of
    总计, 基本支出 and 项目支出 is no larger than the same code's amount in 表3 部门支出预算总表
    (a code missing from 表3 counts as 0; a column either table lacks is not compared). They are equal when all funding is general public
    appropriation; 表3 is larger when the department also has fund, service or other income.

    Why it matters: 表5 is the appropriation-funded part of the expenditure 表3 shows in
    full; a part larger than the whole means one of the two tables is wrong. A warning,
    since which one is wrong cannot be told from the two tables alone.

    Example: 表5 prints 2101102 事业单位医疗 总计 19.88 while 表3 prints 9.88: the finding gives
    expected (at most) 9.88, found 19.88, difference 10.00.

    Source: DISCLOSURE.md, "The eight standard tables": T5 "each row ≤ the same row in T3
    (equal when all funding is appropriation)".
    """
    t3 = tables_present(doc, (TableKind.T3,))[0]
    t5 = tables_present(doc, (TableKind.T5,))[0]
    t3_codes = first_by_code(t3.coded_rows())
    pairs: list[tuple[Row, Row | None]] = [
        (row, t3_codes.get(row.code or "")) for row in t5.coded_rows()
    ]
    total5, total3 = keyed_row(t5, "total"), keyed_row(t3, "total")
    if total5 is not None and total3 is not None:
        pairs.insert(0, (total5, total3))
    shared = [c for c in COLUMNS if c in amount_columns(t5) and c in amount_columns(t3)]
    for row5, row3 in pairs:
        for column in shared:
            limit = row3.amount(column) if row3 is not None else ZERO
            if row5.amount(column) <= limit:
                continue
            part = Term(t5, row5, column)
            whole = Term(t3, row3, column) if row3 is not None else None
            finding = ctx.mismatch(
                part.place,
                limit,
                part.amount,
                f"{row5.describe()} 的{column_label(t5, column)} {part.printed} 大于表3 同一"
                f"科目的{column_label(t3, column)} {whole.printed if whole else '（无此科目）'}",
                related=[whole.place] if whole is not None else [],
            )
            if finding is not None:
                yield finding
