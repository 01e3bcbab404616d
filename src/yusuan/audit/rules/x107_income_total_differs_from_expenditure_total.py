"""X107: in 表1/表4, 收入总计 differs from 支出总计."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    EXPENDITURE_SECTIONS,
    SECTION_LABELS,
    SIDE_BY_SIDE_TABLES,
    headline_column,
    headline_value,
    keyed_row,
    row_with_key,
    show,
    tables_present,
)
from yusuan.audit.context import RuleContext, cell_place
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section


@rule("X107", "收入总计不等于支出总计", Severity.ERROR)
def income_total_differs_from_expenditure_total(
    doc: Disclosure, ctx: RuleContext
) -> Iterator[Finding]:
    """What it checks: in 表1 (and 表4), 收入总计 equals 支出总计 on each expenditure side (by
    function, by economic class). In 表4, where income is printed in one column and
    expenditure split into 一般公共预算 and 政府性基金预算, the expenditure side's 合计 column
    is used when printed, otherwise the sum of its columns.

    Why it matters: a budget balances: everything available (this year's income plus the
    carry-over) is planned to be spent or carried forward. An unbalanced 收支总表 means an
    amount is missing on one side.

    Example: 表1 prints 收入总计 521.05 and 支出总计 (by function) 520.05: expected 521.05,
    found 520.05, difference -1.00 (placed on 支出总计).

    Source: DISCLOSURE.md, "The eight standard tables": T1 "收入总计 = 支出总计"; T4 "the T1
    identities, restricted to appropriations".
    """
    for table in tables_present(doc, SIDE_BY_SIDE_TABLES):
        income = keyed_row(table, "income_total", Section.INCOME)
        if income is None or not income.cells:
            continue
        expected = headline_value(income)
        for section in EXPENDITURE_SECTIONS:
            total = row_with_key(table, "expenditure_total", section)
            if total is None or not total.cells:
                continue
            found = headline_value(total)
            if found == expected:
                continue  # balanced: no message, no places to build
            column = headline_column(total)
            printed = show(total.value(column)) if len(total.cells) == 1 else str(found)
            finding = ctx.mismatch(
                cell_place(table, total, column),
                expected,
                found,
                f"{SECTION_LABELS[section]}的支出总计 {printed} 不等于收入总计 {expected}",
                related=[cell_place(table, income, headline_column(income))],
            )
            if finding is not None:
                yield finding
