"""Shared by rules that name the closest of several names: difflib's similarity, cached."""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache


@lru_cache(maxsize=16384)
def similarity(first: str, second: str) -> float:
    """``SequenceMatcher(None, first, second).ratio()`` (0.0 … 1.0). Cached: the same names
    (standard terms, class names, TOC lines) are compared in document after document."""
    return SequenceMatcher(None, first, second).ratio()
