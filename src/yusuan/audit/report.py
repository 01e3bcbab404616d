"""The audit report: one object with everything an audit produced, serialisable as JSON.

The JSON form is versioned by :data:`SCHEMA_VERSION` (documented in docs/report-schema.md);
a change that removes or renames a field bumps it.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from yusuan.audit.engine import RuleResult, sort_findings
from yusuan.audit.finding import Finding, Severity
from yusuan.model.disclosure import Disclosure, UnrecognisedBlock
from yusuan.model.tables import TableKind

SCHEMA_VERSION = "yusuan.audit/1"


class DocumentSummary(BaseModel):
    """What was read: file, format, title, department, fiscal year, unit, tables found."""

    source: str
    format: str
    title: str | None = None
    department: str | None = None
    fiscal_year: int | None = None
    kind: str
    family: str | None = None
    unit: str | None = None
    tables: list[str] = Field(default_factory=list)
    missing_tables: list[str] = Field(default_factory=list)
    performance_tables: int = 0
    narrative_figures: int = 0
    read_notes: list[str] = Field(default_factory=list)
    unrecognised: list[UnrecognisedBlock] = Field(default_factory=list)


class Stats(BaseModel):
    rules_run: int
    rules_passed: int
    rules_not_applicable: int
    errors: int
    warnings: int
    infos: int
    rounding: int
    seconds: float


class AuditReport(BaseModel):
    """The result of auditing one disclosure. ``valid`` is true when no error was found."""

    schema_version: str = SCHEMA_VERSION
    document: DocumentSummary
    valid: bool
    stats: Stats
    findings: list[Finding]
    rules: list[RuleResult]

    def flatten(self, *fields: str) -> list[tuple[object, ...]]:
        """Compact rows for tests: ``flatten("code", "place.row", "expected")``."""

        def get(finding: Finding, dotted: str) -> object:
            value: object = finding
            for part in dotted.split("."):
                value = getattr(value, part, None)
            return value

        return [tuple(get(f, name) for name in fields) for f in self.findings]


def build_report(
    disclosure: Disclosure,
    results: list[RuleResult],
    *,
    seconds: float,
    read_notes: list[str] | None = None,
) -> AuditReport:
    findings = sort_findings(f for r in results for f in r.findings)
    count = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    summary = DocumentSummary(
        source=disclosure.source,
        format=disclosure.format,
        title=disclosure.title,
        department=disclosure.department,
        fiscal_year=disclosure.fiscal_year,
        kind=disclosure.kind.value,
        family=disclosure.family.label if disclosure.family else None,
        unit=disclosure.unit.value if disclosure.unit else None,
        tables=[k.value for k in TableKind if k in disclosure.tables],
        missing_tables=[k.value for k in TableKind if k not in disclosure.tables],
        performance_tables=len(disclosure.performance),
        narrative_figures=len(disclosure.narrative),
        read_notes=read_notes or [],
        unrecognised=disclosure.unrecognised,
    )
    stats = Stats(
        rules_run=len(results),
        rules_passed=sum(1 for r in results if r.outcome == "passed"),
        rules_not_applicable=sum(1 for r in results if r.outcome == "not_applicable"),
        errors=count[Severity.ERROR],
        warnings=count[Severity.WARNING],
        infos=count[Severity.INFO],
        rounding=sum(1 for f in findings if f.rounding),
        seconds=round(seconds, 4),
    )
    return AuditReport(
        document=summary,
        valid=count[Severity.ERROR] == 0,
        stats=stats,
        findings=findings,
        rules=results,
    )
