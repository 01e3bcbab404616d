"""D101: one of the eight standard tables is missing."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule("D101", "缺少标准报表", Severity.ERROR)
def standard_table_missing(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: all eight standard tables (表1 部门收支预算总表 … 表8 政府性基金预算支出
    表) are present; one finding per missing table. An empty table counts as present (D102
    checks its note).

    Why it matters: the eight tables are the mandatory content of a department budget
    disclosure; a missing one is incomplete disclosure, and every rule needing it cannot run.

    Example: a disclosure that prints 表1–表7 and omits 表8 because it has no government-fund
    spending gets "缺少表8 政府性基金预算支出表" (it must print the empty table with a note).

    A table-set family that prints fewer tables by design (MOE universities: 收支总表, 收入表,
    支出表, 财政拨款支出表) is held to its own set (``Disclosure.family``).

    Source: DISCLOSURE.md, "Whole-document rules": all eight tables are present (an empty one
    with its note); "Table-set families seen in real documents".
    """
    if not doc.tables:
        yield ctx.finding(
            Place(table="标准报表"),
            "未找到任何标准报表（表1至表8），报表可能在另一个文件中",
            expected="表1至表8",
            found="缺失",
        )
        return
    # a family that prints fewer tables by design (universities: four) is held to its own set
    expected = doc.family.expected_tables if doc.family is not None else frozenset(TableKind)
    for kind in TableKind:
        if kind in doc.tables or kind not in expected:
            continue
        yield ctx.finding(
            Place(table=f"表{kind.number} {kind.standard_title}"),
            f"未找到表{kind.number}（{kind.standard_title}）",
            expected=f"表{kind.number} {kind.standard_title}",
            found="缺失",
        )
