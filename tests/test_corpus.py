"""Every real disclosure in ../shared/corpus is read and audited, or skipped with a reason.

A document whose format has no reader yet is reported as skipped (the reason names the
format), never silently passed over; a readable one must be audited without crashing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from yusuan.api import audit_file
from yusuan.read import ReadError
from yusuan.read.detect import READERS, detect_format

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() != ".md")


@pytest.mark.skipif(not FILES, reason="../shared/corpus is not present")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_corpus_document_is_audited_or_skipped(path: Path) -> None:
    kind = detect_format(path)
    if kind not in READERS:
        pytest.skip(f"{path.name}: no reader for {kind} yet")
    try:
        report = audit_file(path)
    except ReadError as error:  # a clear refusal is acceptable, a crash is not
        pytest.skip(f"{path.name}: {error.message}")
    assert report.document.source == str(path)
    assert report.stats.rules_run > 0
