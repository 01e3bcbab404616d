"""Run the selected rules on a disclosure and collect their outcomes into a report."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, Field

from yusuan.audit.context import NotApplicable, RuleContext, shared_results
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import Rule, select_rules
from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.model.disclosure import Disclosure

Outcome = Literal["passed", "failed", "rounding", "not_applicable"]


class RuleResult(BaseModel):
    """What one rule did: ``passed``; ``failed`` (findings of warning/error/info severity);
    ``rounding`` (only rounding notes); or ``not_applicable`` with ``reason`` (a table it
    needs is missing), which is not the same as passed."""

    code: str
    title: str
    outcome: Outcome
    reason: str | None = None
    findings: list[Finding] = Field(default_factory=list)


def run_rule(rule: Rule, doc: Disclosure, catalog: Catalog) -> RuleResult:
    with shared_results():
        return _run_rule(rule, doc, catalog)


def _run_rule(rule: Rule, doc: Disclosure, catalog: Catalog) -> RuleResult:
    missing = [kind for kind in rule.requires if kind not in doc.tables]
    if missing:
        names = "、".join(f"表{k.number}（{k.standard_title}）" for k in missing)
        return RuleResult(
            code=rule.code, title=rule.title, outcome="not_applicable", reason=f"缺少{names}"
        )
    context = RuleContext(rule=rule, doc=doc, catalog=catalog)
    try:
        findings = list(rule.check(doc, context))
    except NotApplicable as reason:
        return RuleResult(
            code=rule.code, title=rule.title, outcome="not_applicable", reason=str(reason)
        )
    if not findings:
        outcome: Outcome = "passed"
    elif all(f.rounding for f in findings):
        outcome = "rounding"
    else:
        outcome = "failed"
    return RuleResult(code=rule.code, title=rule.title, outcome=outcome, findings=findings)


def run_rules(
    doc: Disclosure,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    catalog: Catalog | None = None,
) -> list[RuleResult]:
    """Run every selected rule on ``doc``; ``select``/``ignore`` take codes or prefixes."""
    chosen = catalog or default_catalog()
    with shared_results():
        return [_run_rule(rule, doc, chosen) for rule in select_rules(select, ignore)]


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    def key(f: Finding) -> tuple[int, int, str]:
        source = f.place.source
        position = (source.page or 0) * 100000 + (source.line or 0) if source else 0
        return (f.severity.rank, position, f.code)

    return sorted(findings, key=key)


def has_errors(results: Iterable[RuleResult]) -> bool:
    return any(f.severity is Severity.ERROR for r in results for f in r.findings)
