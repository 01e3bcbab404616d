"""N103: the stated 运行经费 differs from 表6 公用经费 (or the 机关运行经费 表7 prints)."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._narrative_lookup import figure_mismatch, table_value
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


@rule("N103", "说明中的运行经费与表6公用经费不一致", Severity.WARNING, requires=(TableKind.T6,))
def operating_expenses_differ_from_public_expenses(
    doc: Disclosure, ctx: RuleContext
) -> Iterator[Finding]:
    """What it checks: the 机关运行经费 / 事业单位运行经费 the narrative states equals the
    机关运行经费 the tables print (Shanghai's 表7 “三公”经费和机关运行经费预算表 has the
    line), or, where no table prints it, the 公用经费 of 表6's 合计 row.

    Why it matters: 运行经费 is, for most departments, the basic-expenditure 公用经费 paid from
    appropriations; a different amount usually means a copied figure from another year. It is a
    warning only, because the definition varies (some places add 公用 items paid from project
    funds or exclude 三公).

    Example: "2020 年部门事业单位运行经费 46.51 万元" with 表6 合计 公用经费 46.51 holds;
    50.00 would be flagged.

    Source: DISCLOSURE.md, "Whole-document rules" (运行经费 equals the table value it names)
    and the glossary definition of 机关运行经费.
    """
    for figure in doc.figures("operating_expenses"):
        target = table_value(doc, "operating_expenses", figure.unit)
        if target is None:
            continue
        caveat = "" if target.label.startswith("表7") else "（运行经费口径各地不一，请核实）"
        found = figure_mismatch(ctx, figure, target, "运行经费", caveat)
        if found is not None:
            yield found
