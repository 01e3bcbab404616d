"""Show finding values the way the document prints them."""

from __future__ import annotations

from decimal import Decimal

from yusuan.audit.finding import Finding, Value


def show(value: Value | None) -> str:
    """``Decimal('297.13')`` → ``297.13``; strings as they are; ``None`` → ``—``."""
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def show_difference(finding: Finding) -> str:
    if finding.difference is None:
        return ""
    sign = "+" if finding.difference > 0 else ""
    unit = finding.unit.value if finding.unit else ""
    return f"{sign}{finding.difference:f}{unit}"
