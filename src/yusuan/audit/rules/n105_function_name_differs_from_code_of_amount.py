"""N105: the narrative puts a function name on an amount the table lists under another code."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._function_match import function_matches
from yusuan.audit.rules._narrative_lookup import amount_text, figure_place
from yusuan.model.disclosure import Disclosure


@rule("N105", "说明中的功能分类科目名称与报表中该金额所列科目不符", Severity.ERROR)
def function_name_differs_from_code_of_amount(
    doc: Disclosure, ctx: RuleContext
) -> Iterator[Finding]:
    """What it checks: a function item the narrative lists names a row of the table; when no
    row has that name (nor a near-miss of it) but the same non-zero amount sits under another
    code, the name in the narrative is wrong. The row reported is the 类 for lists of a total
    and the 项 for lists of 项目支出.

    Why it matters: the narrative then tells readers the money goes to a function it does not
    go to — typically a name copied from another department's template.

    Example: the seed lists "一般公共服务支出 396.84 万元", while the tables put 396.84 under
    207 文化旅游体育与传媒支出; and "一般行政管理事务 177.41 万元" as the function of 项目支出,
    while 表3 puts the 177.41 of 项目支出 under 2070805 电视.

    Source: DISCLOSURE.md, "Whole-document rules": a name in the narrative matches the code
    the table puts that amount under.
    """
    for match in function_matches(doc):
        if match.kind != "elsewhere" or match.row is None or match.value is None:
            continue
        figure = match.figure
        where = match.row.describe()
        message = (
            f"说明将 {amount_text(figure.amount)}{figure.unit.value} 列为“{figure.name}”，"
            f"{match.value.label.split(' ')[0]}中该金额列在 {where} 下"
        )
        yield ctx.finding(
            figure_place(figure),
            message,
            expected=where,
            found=figure.name or "",
            related=[match.value.place],
        )
