"""P101: the project performance tables cover more money than 项目支出."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._narrative_lookup import amount_text
from yusuan.audit.rules._performance import project_amounts, project_expenditure
from yusuan.model.disclosure import Disclosure


@rule("P101", "项目绩效目标表金额合计超过项目支出", Severity.ERROR)
def project_targets_exceed_project_expenditure(
    doc: Disclosure, ctx: RuleContext
) -> Iterator[Finding]:
    """What it checks: the amounts of the project performance tables (本级财政预算金额) add up
    to no more than 项目支出 (表3 合计, else 表5, else the narrative).

    Why it matters: every project with targets is part of 项目支出; a larger sum means a
    project amount is wrong or a table belongs to another year or department.

    Example: the seed's four project tables state 49 + 21.78 + 54.63 + 8 = 133.41 万元, no
    more than 项目支出 177.41: holds (P102 reports that it is not all of it).

    Source: DISCLOSURE.md, "Whole-document rules": the project performance tables' amounts add
    up to no more than 项目支出.
    """
    amounts = project_amounts(doc, doc.unit)
    limit = project_expenditure(doc)
    if not amounts or limit is None:
        return
    total = sum((a for _, a in amounts), Decimal(0))
    ceiling, where = limit
    if total <= ceiling:
        return
    terms = " + ".join(amount_text(a) for _, a in amounts)
    unit = doc.unit.value if doc.unit else ""
    message = (
        f"项目绩效目标表金额合计 {terms} = {amount_text(total)}{unit}，"
        f"超过{where} {amount_text(ceiling)}{unit}"
    )
    first = amounts[0][0]
    finding = ctx.mismatch(
        Place(table=first.title, row=first.project, source=first.location),
        ceiling,
        total,
        message,
        parts=len(amounts) + 1,
        related=[Place(table=t.title, row=t.project, source=t.location) for t, _ in amounts[1:]],
    )
    if finding is not None:
        yield finding
