"""Group a page's characters into text lines and line segments.

A *line* is a run of characters sharing a baseline band; it is split into *segments* where
the horizontal gap is wider than a few characters (``部门：江苏省人民检察院 … 单位：万元`` is
one line of two segments). Text is built from the characters: a space is inserted only where
the gap is wider than most of a character, so Chinese text stays unspaced and numbers such as
``24,169.74`` stay as printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from yusuan.read.normalize import normalize_text
from yusuan.read.pdf_backend import Char

#: A gap wider than this many font sizes splits a line into segments.
SEGMENT_GAP = 2.5
#: A gap wider than this many font sizes becomes a space in the text.
SPACE_GAP = 0.6


@dataclass(slots=True)
class Segment:
    """Characters of one line that belong together, left to right."""

    chars: list[Char]
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float


def _text_of(chars: list[Char]) -> str:
    parts: list[str] = []
    previous: Char | None = None
    for char in chars:
        if previous is not None:
            gap = char.x0 - previous.x1
            if gap > SPACE_GAP * max(char.size, previous.size, 1.0) and not (
                parts and parts[-1].endswith(" ")
            ):
                parts.append(" ")
        parts.append(" " if char.text in "\u3000\u00a0\t" else char.text)
        previous = char
    return normalize_text(" ".join("".join(parts).split()))


def _segment(chars: list[Char]) -> Segment:
    size = max((char.size for char in chars), default=0.0)
    return Segment(
        chars=chars,
        text=_text_of(chars),
        x0=min(char.x0 for char in chars),
        top=min(char.top for char in chars),
        x1=max(char.x1 for char in chars),
        bottom=max(char.bottom for char in chars),
        size=size,
    )


def group_lines(chars: Iterable[Char]) -> list[list[Char]]:
    """Characters grouped into lines (top to bottom), each sorted left to right.

    Lines are found by the vertical centres of the characters: a character joins the line
    whose running mean centre is within half a typical character height (the page's median
    box height) of its own. Grouping by centres rather than by the first box's band keeps a
    tall box (a Latin ``%`` in a font with a larger em) from opening a band that swallows a
    punctuation mark of the line above.
    """
    ordered = sorted(chars, key=lambda c: ((c.top + c.bottom) / 2, c.x0))
    if not ordered:
        return []
    heights = sorted(c.bottom - c.top for c in ordered)
    tolerance = max(heights[len(heights) // 2] / 2, 0.5)
    lines: list[tuple[float, list[Char]]] = []  # (sum of centres, members)
    for char in ordered:
        middle = (char.top + char.bottom) / 2
        if lines:
            total, members = lines[-1]
            if abs(middle - total / len(members)) <= tolerance:
                members.append(char)
                lines[-1] = (total + middle, members)
                continue
        lines.append((middle, [char]))
    return [sorted(members, key=lambda c: c.x0) for _, members in lines]


def split_segments(line: list[Char]) -> list[Segment]:
    """Split one line (sorted left to right) where the gap is wider than ``SEGMENT_GAP``."""
    visible = [char for char in line if char.text.strip()]
    if not visible:
        return []
    pieces: list[list[Char]] = [[visible[0]]]
    for char in visible[1:]:
        previous = pieces[-1][-1]
        if char.x0 - previous.x1 > SEGMENT_GAP * max(char.size, previous.size, 1.0):
            pieces.append([char])
        else:
            pieces[-1].append(char)
    # Keep the real spaces inside each piece so that printed spacing survives.
    segments: list[Segment] = []
    for piece in pieces:
        left, right = piece[0].x0, piece[-1].x1
        members = [char for char in line if left <= char.x0 and char.x1 <= right + 0.01]
        segments.append(_segment(members or piece))
    return segments


def cell_text(chars: list[Char]) -> str:
    """Text of the characters inside one table cell: wrapped lines are joined without a
    separator (a wrapped Chinese label is one label); a space is kept between two lines
    that end and start with Latin letters or digits."""
    lines = [_text_of(line) for line in group_lines(chars)]
    text = ""
    for line in lines:
        if not line:
            continue
        if text and text[-1].isascii() and text[-1].isalnum() and line[0].isascii():
            text += " "
        text += line
    return text
