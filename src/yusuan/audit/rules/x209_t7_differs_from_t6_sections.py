"""X209: a “三公” amount in 表7 differs from its economic 款 in 表6."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import Term, check_equal, keyed_row, main_column, tables_present
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import StandardTable, TableKind

PAIRS = (
    ("car_operation", "30231", "公务用车"),
    ("official_reception", "30217", "接待"),
    ("overseas_travel", "30212", "出国"),
)
"""表7 row key → the 表6 economic 款 recording the same expense, and a word its name has."""


def _compared_column(table: StandardTable) -> str:
    """The column of the year's amount: 决算数 (``final``) in a final account, whose 表7
    also prints the 预算数; else the table's main column."""
    return "final" if "final" in table.columns else main_column(table)


@rule(
    "X209",
    "“三公”经费与基本支出表对应经济科目不一致",
    Severity.WARNING,
    requires=(TableKind.T6, TableKind.T7),
)
def t7_differs_from_t6_sections(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: in 表7, 公务用车运行维护费 equals 表6's 款 30231 公务用车运行维护费,
    公务接待费 equals 30217 公务接待费 and 因公出国(境)费 equals 30212 因公出国（境）费用,
    each only where 表6 prints that 款 under its standard name (a local list may use the code
    for something else) (placed on 表7). Tables printed in different units (Shanghai: 表7 in
    万元, 表6 in 元) are compared in 万元. In a final account the 决算数 columns are compared
    (its 表7 prints the 预算数 beside them). A warning: 表6 holds basic
    expenditure only, so a “三公” expense budgeted partly as project expenditure makes 表7
    larger without any error.

    Why it matters: the “三公” figures are the most read of a budget; when all of them are
    basic expenditure, 表7 and 表6 are two prints of the same amount.

    Example: 表7 prints 公务用车运行维护费 3.50 while 表6 prints 30231 公务用车运行维护费 3.00:
    expected 3.00, found 3.50, difference 0.50.

    Source: DISCLOSURE.md, "The eight standard tables": T7 "公务用车运行维护费 should match
    economic 款 30231, 公务接待费 30217, 因公出国(境)费 30212, where they are all basic
    expenditure".
    """
    t6 = tables_present(doc, (TableKind.T6,))[0]
    t7 = tables_present(doc, (TableKind.T7,), skip_empty=False)[0]
    for key, code, word in PAIRS:
        row7 = keyed_row(t7, key)
        row6 = t6.row_by_code(code)
        if row7 is None or row6 is None or (row6.name and word not in row6.name):
            continue
        finding = check_equal(
            ctx,
            Term(t7, row7, _compared_column(t7)),
            Term(t6, row6, _compared_column(t6)),
            f"{row7.describe()} {{found}} 不等于表6 {row6.describe()} {{expected}}",
        )
        if finding is not None:
            yield finding
