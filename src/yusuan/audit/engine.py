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
from yusuan.trusted import trusted

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
    requires = rule.requires
    if requires and (missing := [kind for kind in requires if kind not in doc.tables]):
        names = "、".join(f"表{k.number}（{k.standard_title}）" for k in missing)
        return _result(rule, "not_applicable", f"缺少{names}")
    try:
        findings = list(rule.check(doc, RuleContext(rule, doc, catalog)))
    except NotApplicable as reason:
        return _result(rule, "not_applicable", str(reason))
    if not findings:
        return _result(rule, "passed", findings=findings)
    rounding_only = all(f.rounding for f in findings)
    return _result(rule, "rounding" if rounding_only else "failed", findings=findings)


def _result(
    rule: Rule,
    outcome: Outcome,
    reason: str | None = None,
    *,
    findings: list[Finding] | None = None,
) -> RuleResult:
    """``RuleResult(code=…, title=…, outcome=…, reason=… or findings=…)`` without validation:
    every value is already of its field's type, and the same fields count as set."""
    # hot path: one result per rule per document; pydantic validation costs more than the rule
    fields: dict[str, object] = {
        "code": rule.code,
        "title": rule.title,
        "outcome": outcome,
        "reason": reason,
        "findings": [] if findings is None else findings,
    }
    given = _WITH_REASON if findings is None else _WITH_FINDINGS
    return trusted(RuleResult, fields, set(given))


_WITH_REASON = frozenset(("code", "title", "outcome", "reason"))
_WITH_FINDINGS = frozenset(("code", "title", "outcome", "findings"))


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
