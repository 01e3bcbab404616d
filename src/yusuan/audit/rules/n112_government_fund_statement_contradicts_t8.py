"""N112: the narrative's statement about government-fund spending contradicts 表8."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule(
    "N112",
    "说明关于政府性基金预算支出的表述与表8不符",
    Severity.ERROR,
    requires=(TableKind.T8,),
)
def government_fund_statement_contradicts_t8(
    doc: Disclosure, ctx: RuleContext
) -> Iterator[Finding]:
    """What it checks: 表8 is empty exactly when the narrative says the department has no
    government-fund budget spending (没有使用政府性基金预算拨款安排的支出). A filled 表8 with
    that statement is an error; an empty 表8 without it (and without a government-fund
    amount in the narrative, which N101 compares) is a warning.

    Why it matters: the two disagree on whether the department spends government-fund money
    at all; one of them is wrong or the narrative leaves a section unexplained.

    Example: the seed says "我单位 2020 年没有使用政府性基金预算财政拨款安排的支出" and its
    表8 is empty with the note "本部门无政府性基金财政拨款支出": holds.

    Source: DISCLOSURE.md, 表8: when empty, a note must say the department has none; the
    narrative must say the same.
    """
    table = doc.tables[TableKind.T8]
    statement = doc.has_flag("no_government_fund")
    table_place = Place(table=table.describe(), source=table.location)
    if statement is not None and not table.is_empty:
        yield ctx.finding(
            Place(sentence=statement.sentence, source=statement.location),
            "说明称没有政府性基金预算支出，但表8列有金额",
            expected="表8为空表",
            found="表8有金额",
            related=[table_place],
        )
    elif (
        statement is None
        and table.is_empty
        and doc.paragraphs
        and not doc.figures("government_fund_expenditure")
    ):
        yield ctx.finding(
            table_place,
            "表8为空表，但说明未说明本部门没有政府性基金预算支出",
            expected="说明写明没有政府性基金预算支出",
            found="说明未提及",
            severity=Severity.WARNING,
        )
