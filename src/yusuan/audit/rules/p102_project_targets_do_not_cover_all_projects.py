"""P102: the narrative says every project has targets, the tables cover less."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._narrative_lookup import amount_text
from yusuan.audit.rules._performance import project_amounts, project_expenditure
from yusuan.model.disclosure import Disclosure


@rule("P102", "称所有项目均编制绩效目标但绩效目标表金额合计少于项目支出", Severity.ERROR)
def project_targets_do_not_cover_all_projects(
    doc: Disclosure, ctx: RuleContext
) -> Iterator[Finding]:
    """What it checks: when the narrative says all project expenditure has performance
    targets (所有项目支出均纳入预算绩效管理并编制绩效目标), the project performance tables'
    amounts add up to all of 项目支出. A sum above 项目支出 is P101's.

    Why it matters: the statement then claims targets for money no published table covers;
    either the statement or the set of tables is incomplete.

    Example: the seed says all projects have targets and 项目支出 is 177.41 万元, but its four
    project tables state 49 + 21.78 + 54.63 + 8 = 133.41: 44.00 万元 has no published targets.

    Source: DISCLOSURE.md, "Whole-document rules": the project tables' amounts add up to all of
    项目支出 when the narrative says all projects are covered.
    """
    statement = doc.has_flag("all_projects_have_targets")
    limit = project_expenditure(doc)
    if statement is None or limit is None:
        return
    amounts = project_amounts(doc, doc.unit)
    total = sum((a for _, a in amounts), Decimal(0))
    expected, where = limit
    if total >= expected:
        return
    terms = " + ".join(amount_text(a) for _, a in amounts) or "0"
    unit = doc.unit.value if doc.unit else ""
    message = (
        f"项目绩效目标表金额合计 {terms} = {amount_text(total)}{unit}，{where}为 "
        f"{amount_text(expected)}{unit}；说明称所有项目支出均编制绩效目标"
    )
    finding = ctx.mismatch(
        Place(sentence=statement.sentence, source=statement.location),
        expected,
        total,
        message,
        parts=len(amounts) + 1,
        related=[Place(table=t.title, row=t.project, source=t.location) for t, _ in amounts],
    )
    if finding is not None:
        yield finding
