"""The library's front door: read + extract + audit a file in one call.

    from yusuan.api import audit_file
    report = audit_file("江汉区融媒体中心2020预算.txt")
    report.valid, report.stats.errors, report.findings[0].message

Each stage is also usable alone: ``yusuan.read.read_document`` → ``yusuan.extract.extract``
→ ``yusuan.audit.engine.run_rules``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from yusuan.audit.engine import run_rules
from yusuan.audit.report import AuditReport, build_report
from yusuan.extract import extract
from yusuan.model.disclosure import Disclosure
from yusuan.read import Document, ReadError, read_document


def load(path: str | Path) -> Disclosure:
    """Read and extract ``path``. Raises ``yusuan.read.ReadError`` for unusable input."""
    return _extract_checked(read_document(path))


def _extract_checked(document: Document) -> Disclosure:
    """Extract ``document``; a file with neither a standard table nor a narrative figure is
    not a disclosure, and raises ``ReadError`` rather than passing an empty audit."""
    disclosure = extract(document)
    if not disclosure.tables and not disclosure.narrative and not disclosure.performance:
        raise ReadError(
            document.path,
            "未找到可识别的预算报表或预算说明数字",
            expected="部门预算/决算公开文件（含收支总表等标准报表或预算说明）",
        )
    return disclosure


def audit_file(
    path: str | Path, *, select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> AuditReport:
    """Read, extract and audit ``path``; ``select``/``ignore`` take rule codes or prefixes.

    Raises ``yusuan.read.ReadError`` when the file cannot be read as a disclosure.
    """
    start = time.perf_counter()
    document = read_document(path)
    disclosure = _extract_checked(document)
    results = run_rules(disclosure, select=select, ignore=ignore)
    return build_report(
        disclosure,
        results,
        seconds=time.perf_counter() - start,
        read_notes=document.notes,
    )
