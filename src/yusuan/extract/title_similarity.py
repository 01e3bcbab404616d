"""Similarity of short titles: difflib's ``SequenceMatcher.ratio``, computed without a matcher.

Table titles are compared pairwise when a TOC is aligned with the body (a dozen by a dozen
titles per document), so building a ``SequenceMatcher`` for each pair dominated the outline.
:func:`similarity_matrix` gives exactly the values of
``SequenceMatcher(None, a, b, autojunk=False).ratio()`` (no junk, so difflib's junk
extensions of a match never apply), with two cheap upper bounds first: difflib's
``real_quick_ratio`` and ``quick_ratio`` (characters in common, counted once per title).
A pair whose bound is below ``floor`` is given 0.0, as nothing under the floor is used.
"""

from __future__ import annotations

from collections.abc import Callable

_Counts = dict[str, int]
_Positions = dict[str, list[int]]


def _counts(text: str) -> _Counts:
    return {char: text.count(char) for char in set(text)}


def _positions(text: str) -> _Positions:
    positions: _Positions = {}
    for index, char in enumerate(text):
        positions.setdefault(char, []).append(index)
    return positions


# a block still to match: left_lo, left_hi, right_lo, right_hi
_Block = tuple[int, int, int, int]
# the longest common run in a block: its start in left, its start in right, its length
_Longest = tuple[int, int, int]


def _matched(left_length: int, right_length: int, longest: Callable[[_Block], _Longest]) -> int:
    """As difflib: the longest common run of the whole (``longest`` finds it in a block,
    earliest in ``left``, then in ``right``, on ties), then the same on each side of it;
    returns how many characters the runs cover."""
    total = 0
    pending = [(0, left_length, 0, right_length)]
    while pending:
        block = pending.pop()
        left_lo, left_hi, right_lo, right_hi = block
        best_i, best_j, size = longest(block)
        if size:
            total += size
            if left_lo < best_i and right_lo < best_j:
                pending.append((left_lo, best_i, right_lo, best_j))
            if best_i + size < left_hi and best_j + size < right_hi:
                pending.append((best_i + size, left_hi, best_j + size, right_hi))
    return total


def matching_characters(left: str, right: str, positions: _Positions) -> int:
    """How many characters difflib's matching blocks of ``left`` and ``right`` cover
    (``positions``: each character of ``right`` → its indexes, ascending)."""

    def longest(block: _Block) -> _Longest:
        left_lo, left_hi, right_lo, right_hi = block
        best_i = best_j = size = 0
        run_ending: dict[int, int] = {}  # index in right → length of the run ending there
        for i in range(left_lo, left_hi):
            runs: dict[int, int] = {}
            for j in positions.get(left[i], ()):
                if j < right_lo:
                    continue
                if j >= right_hi:
                    break
                length = runs[j] = run_ending.get(j - 1, 0) + 1
                if length > size:
                    best_i, best_j, size = i - length + 1, j - length + 1, length
            run_ending = runs
        return best_i, best_j, size

    return _matched(len(left), len(right), longest)


def _distinct_matching_characters(where: list[int], right_length: int) -> int:
    """:func:`matching_characters` when no character occurs twice in the right title
    (``where[i]``: the index in it of the left title's ``i``-th character, or -1)."""

    def longest(block: _Block) -> _Longest:
        # hot path: each character of the left title matches at most one index of the right,
        # so runs are followed with two numbers instead of a map of run lengths per index
        left_lo, left_hi, right_lo, right_hi = block
        best_i = best_j = size = run = 0
        run_j = -2  # index in the right title where the run through the previous character ends
        for i in range(left_lo, left_hi):
            j = where[i]
            if j < right_lo or j >= right_hi:
                run_j = -2
                continue
            run = run + 1 if j == run_j + 1 else 1
            run_j = j
            if run > size:
                best_i, best_j, size = i - run + 1, j - run + 1, run
        return best_i, best_j, size

    return _matched(len(where), right_length, longest)


def similarity_matrix(left: list[str], right: list[str], floor: float) -> list[list[float]]:
    """``[i][j]``: difflib's ratio of ``left[i]`` and ``right[j]``, or 0.0 when an upper bound
    of it is below ``floor`` (an empty title is similar to nothing)."""
    width = len(right)
    # each character → the titles of ``right`` holding it, with how many times
    holders: dict[str, list[tuple[int, int]]] = {}
    for j, text in enumerate(right):
        for char, count in _counts(text).items():
            holders.setdefault(char, []).append((j, count))
    matrix: list[list[float]] = []
    for a in left:
        row = [0.0] * width
        matrix.append(row)
        if not a:
            continue
        common = [0] * width
        for char, count in _counts(a).items():
            for j, other in holders.get(char, ()):
                common[j] += count if count < other else other
        for j, shared in enumerate(common):
            if not shared:
                continue
            b = right[j]
            length = len(a) + len(b)
            # difflib's real_quick_ratio and quick_ratio bounds
            if 2.0 * min(len(a), len(b)) / length < floor or 2.0 * shared / length < floor:
                continue
            row[j] = 1.0 if a == b else _ratio(a, b)
    return matrix


def _ratio(left: str, right: str) -> float:
    """difflib's ratio of two different titles."""
    if len(set(right)) == len(right):
        where = [right.find(char) for char in left]
        matches = _distinct_matching_characters(where, len(right))
    else:
        matches = matching_characters(left, right, _positions(right))
    return 2.0 * matches / (len(left) + len(right))


def similarity(left: str, right: str, floor: float) -> float:
    """difflib's ratio of ``left`` and ``right``, or 0.0 when an upper bound of it is below
    ``floor`` (see :func:`similarity_matrix`)."""
    if not left or not right:
        return 0.0
    length = len(left) + len(right)
    if 2.0 * min(len(left), len(right)) / length < floor:
        return 0.0
    if left == right:
        return 1.0
    shared = 0
    for char in set(left):
        count, other = left.count(char), right.count(char)
        shared += count if count < other else other
    if not shared or 2.0 * shared / length < floor:
        return 0.0
    return _ratio(left, right)
