"""D102: an empty standard table has no note saying why."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind

# What an empty-table note says: 本部门无/没有…, 不涉及, 未安排, 此表为空表.
# Tables a department may legitimately have nothing in (an empty 表1–表6 is an extraction or
# arithmetic matter, reported by the H/X rules).
MAY_BE_EMPTY = (TableKind.T7, TableKind.T8)
EMPTY_NOTE = re.compile(r"无|没有|不涉及|未安排|未使用|空表|为零|为0|表为空")


@rule("D102", "空表未附说明", Severity.WARNING)
def empty_table_without_note(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: an empty 表7 (三公) or 表8 (政府性基金) — the tables a department may
    have nothing in — carries a note saying the
    department has none of it (注：本部门无政府性基金预算财政拨款支出 …).

    Why it matters: without the note readers cannot tell an empty table from a table left
    unfilled or lost in conversion; the disclosure rules require the explanation.

    Example: the seed's empty 表8 has "注：本部门无政府性基金财政拨款支出。": holds; the same
    table without that line would be flagged.

    Source: DISCLOSURE.md, 表8: when empty, a note must say the department has none;
    "Whole-document rules": an empty table with its note.
    """
    for kind, table in sorted(doc.tables.items()):
        if kind not in MAY_BE_EMPTY or not table.is_empty:
            continue
        if table.note and EMPTY_NOTE.search(table.note):
            continue
        found = table.note or "无说明"
        yield ctx.finding(
            Place(table=table.describe(), source=table.location),
            f"表{kind.number}（{table.title}）没有任何金额，且未注明本部门无此项收支",
            expected="注明本部门无此项收支",
            found=found,
        )
