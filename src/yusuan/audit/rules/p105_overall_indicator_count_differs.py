"""P105: the stated number of overall indicators differs from the overall table."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._counts import count_differs
from yusuan.model.disclosure import Disclosure


@rule("P105", "说明所述整体绩效指标条数与整体绩效目标表不符", Severity.ERROR)
def overall_indicator_count_differs(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: the number of overall (部门整体) performance indicators the narrative
    states (共设立整体绩效指标 N 条) equals the number of level-3 indicators of the overall
    performance table.

    Why it matters: the count summarises the department's overall targets; a wrong one
    misinforms readers about them.

    Example: the seed states "共设立整体绩效指标 22 条" and its overall table has 22: holds;
    a stated 20 would be flagged.

    Source: DISCLOSURE.md, "Whole-document rules": stated counts of indicators match the tables.
    """
    overall = doc.overall_performance
    tables = [overall] if overall is not None else []
    yield from count_differs(doc, ctx, "overall_indicators", tables, "整体绩效指标")
