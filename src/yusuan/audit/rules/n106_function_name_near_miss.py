"""N106: a function name in the narrative is a near miss of the table's name."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._function_match import function_matches
from yusuan.audit.rules._narrative_lookup import figure_place
from yusuan.model.disclosure import Disclosure


@rule("N106", "说明中的功能分类科目名称与报表名称不完全一致", Severity.WARNING)
def function_name_near_miss(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: a function item the narrative lists carries exactly the name the tables
    print for it. A name that is not found as such but is close to one row's name (difflib
    ratio ≥ 0.8) is reported with that row's name; the amounts are compared by N104.

    Why it matters: the names are fixed by the year's 政府收支分类科目; a variant name is a
    copy or memory error that readers cannot trace to the tables.

    Example: the seed lists "资源勘探工业信息等事务支出 0 万元", while the 2020 tables print
    215 资源勘探工业信息等支出.

    Source: DISCLOSURE.md, "Whole-document rules": a name in the narrative matches the code
    the table puts that amount under; each code has that year's name.
    """
    for match in function_matches(doc):
        if match.kind != "near" or match.row is None:
            continue
        figure = match.figure
        where = match.row.describe()
        table = match.value.label.split(" ")[0] if match.value else "报表"
        message = f"说明中的科目名称“{figure.name}”，{table}中为 {where}"
        related = [match.value.place] if match.value else []
        yield ctx.finding(
            figure_place(figure), message, expected=where, found=figure.name or "", related=related
        )
