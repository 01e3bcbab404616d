"""Recognise performance-target tables (stub)."""

from __future__ import annotations

from yusuan.extract.result import PerformanceResult
from yusuan.read.document import Document


def extract_performance(document: Document, skip: set[int]) -> PerformanceResult:
    return PerformanceResult()
