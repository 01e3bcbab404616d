"""Turn the text lines outside tables into paragraphs, dropping page furniture.

Rules (Chinese government documents): a paragraph's first line is indented by about two
characters and its continuation lines start at the left margin; a line that stops short of
the right margin ends its paragraph. Numbered headings (``一、``, ``（一）``, ``第一部分``,
``1.``), table titles and the ``公开01表`` / ``单位：万元`` / ``部门：`` lines always start a new
paragraph. Page numbers and running headers/footers in the page margins are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from yusuan.read.pdf_lines import Segment

#: Fraction of the page height treated as top/bottom margin for page furniture.
TOP_MARGIN = 0.08
BOTTOM_MARGIN = 0.10

_PAGE_NUMBER = re.compile(
    r"^(?:[-－—–_\s]*\d{1,4}[-－—–_\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
    r"|\d+\s*/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$",
    re.IGNORECASE,
)
_STARTS_BLOCK = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十\d]+[部分章节条]"
    r"|\d+[、.．](?!\d)|[①-⑳]|公开\s*\d+\s*表|单位[:：]|部门[:：]|编制(?:部门|单位)[:：]|附件|附表|目\s*录)"
)


def is_page_number(text: str) -> bool:
    """True for ``14``, ``- 14 -``, ``第14页``, ``第1页 共20页``, ``3/20``."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def starts_block(text: str) -> bool:
    """True when a line must start its own paragraph (numbered heading, table label)."""
    return bool(_STARTS_BLOCK.match(text))


def in_margin(segment: Segment, page_height: float) -> bool:
    middle = (segment.top + segment.bottom) / 2
    return middle < page_height * TOP_MARGIN or middle > page_height * (1 - BOTTOM_MARGIN)


def furniture_key(segment: Segment, page_height: float) -> str:
    """A key that is the same for one running header/footer on every page (digits erased)."""
    band = "top" if (segment.top + segment.bottom) / 2 < page_height / 2 else "bottom"
    return band + ":" + re.sub(r"\d+", "#", segment.text)


@dataclass(slots=True)
class TextBlock:
    """A paragraph being built: its lines' text, box, and whether it may continue."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    lines: int = 1
    open_end: bool = False
    parts: list[str] = field(default_factory=list)


def build_paragraphs(lines: list[list[Segment]]) -> list[TextBlock]:
    """Paragraphs from the body lines of one page (each line a list of segments, top to
    bottom). A line of several segments (a label and a unit far apart) gives one paragraph
    per segment and never merges with its neighbours."""
    single = [line[0] for line in lines if len(line) == 1]
    left = min((s.x0 for s in single), default=0.0)
    right = max((s.x1 for s in single), default=0.0)
    full = [s for s in single if s.x1 >= right - 1.5 * max(s.size, 1.0)]
    if len(full) < 2:
        right = float("inf")  # no text block width established: no line runs on
    blocks: list[TextBlock] = []
    previous: Segment | None = None
    for line in lines:
        if len(line) > 1:
            for segment in line:
                blocks.append(_block(segment, open_end=False))
            previous = None
            continue
        segment = line[0]
        reaches_right = segment.x1 >= right - 1.5 * max(segment.size, 1.0)
        if (
            previous is not None
            and blocks
            and blocks[-1].open_end
            and not starts_block(segment.text)
            and segment.x0 <= left + 0.5 * max(segment.size, 1.0)
            and abs(segment.size - previous.size) <= 1.0
            and segment.top - previous.bottom < 1.6 * max(segment.size, 1.0)
        ):
            block = blocks[-1]
            block.text += segment.text
            block.x0 = min(block.x0, segment.x0)
            block.x1 = max(block.x1, segment.x1)
            block.bottom = segment.bottom
            block.lines += 1
            block.open_end = reaches_right
        else:
            blocks.append(_block(segment, open_end=reaches_right and len(segment.text) > 8))
        previous = segment
    return blocks


def _block(segment: Segment, *, open_end: bool) -> TextBlock:
    return TextBlock(
        text=segment.text,
        x0=segment.x0,
        top=segment.top,
        x1=segment.x1,
        bottom=segment.bottom,
        size=segment.size,
        open_end=open_end,
    )


def continues(previous: TextBlock, following: TextBlock, left_margin: float) -> bool:
    """True when ``following`` (first body paragraph on a page) continues ``previous`` (last
    paragraph of the page before): the previous one ran to the right margin and the next
    starts at the left margin without a heading marker."""
    return (
        previous.open_end
        and not starts_block(following.text)
        and following.x0 <= left_margin + 0.5 * max(following.size, 1.0)
        and abs(previous.size - following.size) <= 1.0
    )
