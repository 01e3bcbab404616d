"""P104: the stated number of project indicators differs from the project tables."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._counts import count_differs
from yusuan.model.disclosure import Disclosure


@rule("P104", "说明所述项目绩效指标条数与项目绩效目标表不符", Severity.ERROR)
def project_indicator_count_differs(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: the number of project performance indicators the narrative states (共设
    立项目绩效指标 N 条) equals the number of level-3 indicators in all project performance
    tables together.

    Why it matters: the count is the narrative's summary of the targets set; a wrong count
    (often the number of projects written as the number of indicators) misinforms readers.

    Example: the seed states "共设立项目绩效指标 4 条" while its four project tables list
    14 + 9 + 8 + 12 = 43 indicators (4 is the number of projects).

    Source: DISCLOSURE.md, "Whole-document rules": stated counts of indicators match the tables.
    """
    yield from count_differs(
        doc, ctx, "project_indicators", doc.project_performance, "项目绩效指标"
    )
