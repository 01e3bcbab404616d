"""N102: an economic class the narrative names has a different amount in 表6."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext, per_run
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._narrative_lookup import figure_mismatch, row_value
from yusuan.audit.rules._similarity import similarity
from yusuan.catalog.catalog import normalize_name
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Level, Row, StandardTable, TableKind

NEAR_MISS = 0.8


def economic_class_row(table: StandardTable, name: str) -> Row | None:
    """The economic 类 row of ``table`` named ``name`` (exact after normalisation, else the
    closest name with a similarity ratio ≥ 0.8, e.g. 对个人和家庭补助支出 → 对个人和家庭的补助)."""
    wanted = normalize_name(name)
    classes = _class_rows(table)
    for row, row_name in classes:
        if row_name == wanted:
            return row
    best: Row | None = None
    best_ratio = -1.0
    for row, row_name in classes:
        ratio = similarity(wanted, row_name)
        if ratio > best_ratio:
            best, best_ratio = row, ratio
    return best if best_ratio >= NEAR_MISS else None


@per_run
def _class_rows(table: StandardTable) -> tuple[tuple[Row, str], ...]:
    """The named 类 rows of ``table`` with their names as compared."""
    return tuple(
        (r, normalize_name(r.name))
        for r in table.rows
        if r.code and r.name and r.level is Level.CLASS
    )


@rule("N102", "说明中的经济分类科目金额与表6不一致", Severity.ERROR, requires=(TableKind.T6,))
def economic_figure_differs_from_t6(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each economic class the narrative names with an amount (工资福利支出,
    商品和服务支出, 对个人和家庭的补助 …) equals the 合计 of the 表6 类 row of that name.

    Why it matters: the basic-expenditure section explains 人员经费 and 公用经费 by economic
    class; an amount that differs from 表6 misstates how the basic budget is spent.

    Example: the seed states "工资福利支出 257.42 万元" while 表6 prints 301 工资福利支出
    257.24 (two digits transposed).

    Source: DISCLOSURE.md, "Whole-document rules": each narrative figure (… 工资福利支出,
    对个人和家庭的补助 …) equals the table value it names.
    """
    table = doc.tables[TableKind.T6]
    column = "total" if "total" in table.columns else "basic"
    for figure in doc.figures("economic"):
        if not figure.name:
            continue
        row = economic_class_row(table, figure.name)
        if row is None:
            continue
        target = row_value(table, row, column, figure.unit, f"表6 {row.describe()}")
        if target is None:
            continue
        found = figure_mismatch(ctx, figure, target, figure.name or figure.label)
        if found is not None:
            yield found
