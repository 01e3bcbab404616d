"""N107: a function item of the narrative is nowhere in the tables."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._function_match import function_matches
from yusuan.audit.rules._narrative_lookup import amount_text, figure_place
from yusuan.model.disclosure import Disclosure


@rule("N107", "说明中的功能分类科目在报表中找不到", Severity.WARNING)
def function_name_not_in_tables(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each function item the narrative lists can be found in the tables —
    by its name (exactly or nearly), or by its amount under another code (N105).

    Why it matters: an item found neither by name nor by amount cannot be checked at all;
    it is usually a name from another year's classification or another department's text.

    Example: "教育支出 12.00 万元" in a document whose tables have no 205 教育支出 row and no
    row of 12.00 is flagged.

    Source: DISCLOSURE.md, "Whole-document rules": each function 类 named equals the table
    value it names.
    """
    for match in function_matches(doc):
        if match.kind != "unknown":
            continue
        figure = match.figure
        message = (
            f"说明所列“{figure.name}” {amount_text(figure.amount)}{figure.unit.value}，"
            "报表中既无此科目名称，也无此金额"
        )
        yield ctx.finding(figure_place(figure), message, found=figure.name or "")
