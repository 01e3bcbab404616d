"""D107: a standard table with rows but no total row (cut off, or its totals lost)."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import keyed_row
from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import ROW_LABELS, StandardTable, TableKind

# The row keys that close each standard table; any one of them is enough.
TOTAL_KEYS: dict[TableKind, tuple[str, ...]] = {
    TableKind.T1: ("income_total", "expenditure_total", "income_subtotal", "expenditure_subtotal"),
    TableKind.T2: ("total",),
    TableKind.T3: ("total",),
    TableKind.T4: ("income_total", "expenditure_total", "income_subtotal", "expenditure_subtotal"),
    TableKind.T5: ("total",),
    TableKind.T6: ("total",),
    TableKind.T7: ("three_public_total",),
    TableKind.T8: ("total",),
}


def _has_total(table: StandardTable, keys: tuple[str, ...]) -> bool:
    """A row with a total key, or any printed 合计/总计 row (layouts such as the final
    account's 基本支出表 close with 人员经费合计 and 公用经费合计 instead of one 合计)."""
    if any(keyed_row(table, key) is not None for key in keys):
        return True  # the usual case, from the per-run index of keyed rows
    return any(
        "合计" in row.label.replace(" ", "") or "总计" in row.label.replace(" ", "")
        for row in table.rows
    )


@rule("D107", "标准报表缺少合计行（可能不完整）", Severity.WARNING)
def table_without_total_row(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: every standard table that has rows also has the row that closes it —
    合计 for 表2, 表3, 表5, 表6 and 表8; 收入总计/支出总计 (or 本年收入合计/本年支出合计)
    for 表1 and 表4; the 合计 of the 三公 for 表7.

    Why it matters: a table without its total row was cut off (a truncated file, a page
    lost in conversion) or its totals were never printed; the identities that need the
    total cannot be checked, and readers cannot see the whole. The audit says so instead of
    passing those identities silently.

    Example: a conversion that stops after 表1's function rows, before 本年收入合计 and
    收入总计, gives one warning on 表1; the identities of 表1 are then not applicable.

    A printed 合计/总计 row of another name (人员经费合计, 收入总计 first) also closes a
    table.

    Source: the standard layouts of the eight tables (each closes with its totals), and the
    completeness requirement of the disclosure rules.
    """
    for kind, table in sorted(doc.tables.items()):
        keys = TOTAL_KEYS.get(kind)
        if keys is None or not table.rows or _has_total(table, keys):
            continue
        last = table.rows[-1]
        yield ctx.finding(
            Place(table=table.describe(), row=last.describe(), source=last.location),
            f"表{kind.number}（{table.title}）有 {len(table.rows)} 行数据但没有“{ROW_LABELS[keys[0]]}”行，"
            "表格可能被截断或合计行缺失；依赖合计的勾稽关系无法核对",
            expected=ROW_LABELS[keys[0]],
            found=f"最后一行：{last.describe()}",
        )
