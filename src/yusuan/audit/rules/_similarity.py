"""Shared by rules that name the closest of several names: difflib's similarity, cached."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache


@lru_cache(maxsize=16384)
def similarity(first: str, second: str) -> float:
    """``SequenceMatcher(None, first, second).ratio()`` (0.0 … 1.0). Cached: the same names
    (standard terms, class names, TOC lines) are compared in document after document."""
    return SequenceMatcher(None, first, second).ratio()


def ratio_bound(first: str, second: str) -> float:
    """``SequenceMatcher(None, first, second).quick_ratio()`` without building the matcher:
    ``2·M/(len(first)+len(second))`` where M counts the characters the two share (with
    repeats). An upper bound of :func:`similarity`, and cheap for short names."""
    size = len(first) + len(second)
    if not size:
        return 1.0
    available: dict[str, int] = {}
    for character in second:
        available[character] = available.get(character, 0) + 1
    shared = 0
    for character in first:
        left = available.get(character, 0)
        if left:
            available[character] = left - 1
            shared += 1
    return 2.0 * shared / size


def closest(target: str, choices: Sequence[str]) -> str:
    """``max(choices, key=lambda c: similarity(target, c))``: the first of the most similar
    ``choices`` (not empty). difflib's ratio is at most ``2·min(len)/(sum of len)``, so the
    choices are tried by that bound, best first, and the search stops at a bound below the
    best ratio found; a choice whose :func:`ratio_bound` is below it is passed over: most
    ratios are never computed."""
    size = len(target)
    bounds = [2.0 * min(size, len(c)) / (size + len(c)) if size + len(c) else 1.0 for c in choices]
    best, best_ratio = 0, -1.0
    for index in sorted(range(len(choices)), key=lambda i: -bounds[i]):
        if bounds[index] < best_ratio:
            break
        choice = choices[index]
        if ratio_bound(target, choice) < best_ratio:
            continue  # cannot beat (nor tie) the best so far
        ratio = similarity(target, choice)
        if ratio > best_ratio or (ratio == best_ratio and index < best):
            best, best_ratio = index, ratio
    return choices[best]
