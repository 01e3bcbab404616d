"""Extract narrative figures, outline and statements (stub)."""

from __future__ import annotations

from yusuan.extract.result import NarrativeResult
from yusuan.read.document import Document


def extract_narrative(document: Document) -> NarrativeResult:
    return NarrativeResult()
