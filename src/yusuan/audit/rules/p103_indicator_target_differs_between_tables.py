"""P103: an indicator has one target in the overall table and another in its project table."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._performance import indicator_name, same_project, target_value
from yusuan.model.disclosure import Disclosure
from yusuan.model.performance import Indicator, PerformanceTable


def _project_tables(
    projects: list[PerformanceTable], project: str | None
) -> list[PerformanceTable]:
    """The project tables an overall indicator of category ``project`` belongs to: the one
    its 指标类别 names, else (综合指标 or no category) every project table."""
    if project:
        named = [t for t in projects if t.project and same_project(t.project, project)]
        if named:
            return named
    return projects


@rule("P103", "同一绩效指标在整体绩效目标表与项目绩效目标表中的指标值不一致", Severity.WARNING)
def indicator_target_differs_between_tables(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: an indicator of the overall performance table that also appears, by the
    same name (whitespace and full-width forms ignored), in its project's table has the same
    target value there. Targets are compared without whitespace, and a leading 均 ("each ≥")
    is taken as the same target (``均≥90%`` = ``≥90%``), because the overall table states
    the target once for what the project table lists per part. An overall indicator whose
    category names no project (综合指标) is compared with every project table that has it.

    Why it matters: the overall table summarises the project tables; two different targets for
    one indicator leave the department's commitment undefined.

    Example: the seed's overall table sets 法律顾问咨询次数 "≥6 次" for 党建、文明创建及法律
    顾问经费, while that project's table says "以往年次数作为参考".

    Source: DISCLOSURE.md, "Whole-document rules": the same indicator has the same target
    value in the overall table and in its project table.
    """
    overall = doc.overall_performance
    if overall is None:
        return
    projects = doc.project_performance
    tables_of: dict[str | None, list[PerformanceTable]] = {}  # categories recur: by category
    by_name: dict[int, dict[str, list[Indicator]]] = {}  # per project table, in order
    for indicator in overall.indicators:
        wanted = indicator_name(indicator.name)
        tables = tables_of.get(indicator.project)
        if tables is None:
            tables = tables_of[indicator.project] = _project_tables(projects, indicator.project)
        target: str | None = None
        for table in tables:
            names = by_name.get(id(table))
            if names is None:
                names = by_name[id(table)] = {}
                for other in table.indicators:
                    names.setdefault(indicator_name(other.name), []).append(other)
            for other in names.get(wanted, ()):
                if target is None:
                    target = target_value(indicator.target)
                if target_value(other.target) == target:
                    continue
                message = (
                    f"指标“{indicator.name}”的指标值：整体绩效目标表为“{indicator.target}”，"
                    f"{table.project or table.title}项目绩效目标表为“{other.target}”"
                )
                yield ctx.finding(
                    Place(
                        table=table.title, row=other.name, column="指标值", source=other.location
                    ),
                    message,
                    expected=indicator.target,
                    found=other.target,
                    related=[
                        Place(
                            table=overall.title,
                            row=indicator.name,
                            column="指标值",
                            source=indicator.location,
                        )
                    ],
                )
