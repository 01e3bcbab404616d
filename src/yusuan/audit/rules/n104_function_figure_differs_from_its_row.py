"""N104: a function-classification figure differs from the row of that name."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._function_match import function_matches
from yusuan.audit.rules._narrative_lookup import figure_mismatch
from yusuan.model.disclosure import Disclosure


@rule("N104", "说明中的功能分类科目金额与报表不一致", Severity.ERROR)
def function_figure_differs_from_its_row(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each function-classification item the narrative lists with an amount
    (按支出功能分类科目 …) equals the amount of the table row of that name: 表3 总计 for
    lists of the whole expenditure, 表5 总计 for the general public budget, the 项目支出
    column for lists of 项目支出. A near-miss name is compared with the row it nearly names
    (N106 reports the name); a class printed blank in 表1/表4 counts as 0.

    Why it matters: the function list tells readers what the money is for; an amount that is
    not the row's misstates it.

    Example: "社会保障和就业支出 50.34 万元" with 表3 208 社会保障和就业支出 总计 50.34 holds;
    "卫生健康支出 53.91 万元" against 210 卫生健康支出 35.91 is flagged.

    Source: DISCLOSURE.md, "Whole-document rules": each narrative figure (… each function 类
    named …) equals the table value it names.
    """
    for match in function_matches(doc):
        if match.kind not in ("exact", "near") or match.value is None:
            continue
        figure, target = match.figure, match.value
        found = figure_mismatch(ctx, figure, target, figure.name or figure.label)
        if found is not None:
            yield found
