"""Turn the text lines outside tables into paragraphs, dropping page furniture.

Rules (Chinese government documents): a paragraph's first line is indented by about two
characters and its continuation lines start at the left margin; a line that stops short of
the right margin ends its paragraph. Numbered headings (``一、``, ``（一）``, ``第一部分``,
``1.``), table titles and the ``公开01表`` / ``单位：万元`` / ``部门：`` lines always start a new
paragraph. Page numbers and running headers/footers in the page margins are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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


def text_right_edge(lines: list[list[Segment]]) -> float | None:
    """The right margin (points) of the text block formed by ``lines`` (body lines of one
    page or part of a page, each a list of segments): the right end of the longest
    single-segment line, when at least two such lines reach it (within 1.5 font sizes).
    ``None`` when fewer do, as on a page holding one wrapped paragraph's last lines."""
    single = [line[0] for line in lines if len(line) == 1]
    right = max((s.x1 for s in single), default=0.0)
    full = [s for s in single if s.x1 >= right - 1.5 * max(s.size, 1.0)]
    return right if len(full) >= 2 else None


#: Fewest prose lines that must end together for their end to count as the right margin.
MARGIN_LINES = 3
#: Shortest line (characters) counted as prose when looking for the right margin.
PROSE_LINE = 10


def document_right_margin(lines: list[list[Segment]]) -> float | None:
    """The text right margin (points) of a document's pages of one width, from all their body
    lines (each a list of segments): the right end shared by the most single-segment prose
    lines (at least ``MARGIN_LINES`` of ``PROSE_LINE`` characters or more, ending within 1.5
    font sizes of it; the rightmost such end on a tie). Wrapped paragraphs fill their lines to
    the margin, while titles and notes end anywhere. ``None`` when no end is shared so."""
    prose = [line[0] for line in lines if len(line) == 1 and len(line[0].text) >= PROSE_LINE]
    ends = sorted(segment.x1 for segment in prose)
    best: tuple[int, float] | None = None
    for candidate in prose:
        reach = 1.5 * max(candidate.size, 1.0)
        count = bisect_right(ends, candidate.x1) - bisect_left(ends, candidate.x1 - reach)
        if count >= MARGIN_LINES and (best is None or (count, candidate.x1) > best):
            best = (count, candidate.x1)
    return None if best is None else best[1]


def build_paragraphs(
    lines: list[list[Segment]], right_margin: float | None = None
) -> list[TextBlock]:
    """Paragraphs from the body lines of one page (each line a list of segments, top to
    bottom). A line of several segments (a label and a unit far apart) gives one paragraph
    per segment and never merges with its neighbours.

    A line reaching the right margin runs on into the next line. The margin is the one the
    lines establish themselves (:func:`text_right_edge`), else ``right_margin`` (points, the
    document's margin for pages of this width, :func:`document_right_margin`); without
    either no line runs on."""
    single = [line[0] for line in lines if len(line) == 1]
    left = min((s.x0 for s in single), default=0.0)
    own = text_right_edge(lines)
    right = own if own is not None else right_margin
    if right is None:
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
    starts at the left margin, no further right than the previous one's lines, without a
    heading marker (a centred table title at the top of a page never continues a note)."""
    reach = 0.5 * max(following.size, 1.0)
    return (
        previous.open_end
        and not starts_block(following.text)
        and following.x0 <= left_margin + reach
        and following.x0 <= previous.x0 + reach
        and abs(previous.size - following.size) <= 1.0
    )
