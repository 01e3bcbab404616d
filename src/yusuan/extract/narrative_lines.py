"""Narrative lines a PDF reader left in pieces, put back together before the narrative is read.

Some PDFs (Jiangsu 2017 narratives among them) write every line as several text runs — the
words, the year, the amount, the unit — and not in reading order, so the reader gives one
paragraph per run, out of order: ``年度收入、支出预算总计`` / ``省委办公厅`` / ``2017`` /
``20849.45`` / ``万``. A reader keeps runs of one line apart on purpose (a label and its unit
far apart in a table-like line must stay apart), so the narrative puts them back itself:

1. paragraphs on the same line of a page whose runs nearly touch (gaps under two line
   heights) are ordered left to right and joined; letter-spaced words (``一 般 公 共``)
   lose their spaces;
2. a line joined this way that reaches the right edge of the page's text, without a
   sentence-ending mark, runs on into the next line when that one starts at the left edge
   and is not a numbered item (the paragraph wraps there).

Blocks without a page position (text, DOCX, HTML readers) are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from yusuan.extract.outline import numbering
from yusuan.read.document import Block, Document, Paragraph
from yusuan.read.location import SourceLocation

# Gap between two runs of one line, in line heights, below which they are one text.
RUN_GAP = 2.0
# How far (in line heights) a line may end before the right edge and still run on.
RIGHT_SLACK = 1.5
_SENTENCE_END = "。：:；;！？!?"
_LETTER_SPACES = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[^\x00-\x7f])")
_WORD_CHAR = re.compile(r"[0-9A-Za-z.%]")


@dataclass
class _Line:
    block: Block
    bbox: tuple[float, float, float, float] | None
    joined: bool = False


def rejoin_split_lines(document: Document) -> Document:
    """``document`` with the narrative lines its reader split into runs put back together
    (see module doc); the same document when no line was split."""
    # hot path: without page positions (text, DOCX, HTML readers) there are no runs to join
    for block in document.blocks:
        if block.location.page is not None:
            break
    else:
        return document
    lines = _join_runs(document.blocks)
    if not any(line.joined for line in lines):
        return document
    blocks = _join_wrapped(lines)
    return replace(document, blocks=blocks)


def _box(block: Block) -> tuple[float, float, float, float] | None:
    if not isinstance(block, Paragraph) or block.location.page is None:
        return None
    return block.location.bbox


def _same_line(first: tuple[float, ...], second: tuple[float, ...]) -> bool:
    overlap = min(first[3], second[3]) - max(first[1], second[1])
    return overlap > 0.5 * min(first[3] - first[1], second[3] - second[1])


def _join_runs(blocks: list[Block]) -> list[_Line]:
    """Step 1: consecutive paragraphs of one line whose runs nearly touch, joined."""
    lines: list[_Line] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        box = _box(block)
        group = [block]
        if box is not None:
            page = _page(block)
            while index + len(group) < len(blocks):
                candidate = blocks[index + len(group)]
                other = _box(candidate)
                if other is None or _page(candidate) != page or not _same_line(box, other):
                    break
                group.append(candidate)
        index += len(group)
        if len(group) == 1 or not _touching(group):
            lines.extend(_Line(b, _box(b)) for b in group)
            continue
        lines.append(_joined_line(group))
    return lines


def _touching(group: list[Block]) -> bool:
    boxes = sorted(b for b in (_box(block) for block in group) if b is not None)
    height = max(b[3] - b[1] for b in boxes)
    return all(nxt[0] - cur[2] < RUN_GAP * height for cur, nxt in pairwise(boxes))


def _joined_line(group: list[Block]) -> _Line:
    ordered = [b for b in sorted(group, key=lambda b: (_box(b) or (0.0,))[0])]
    text = ""
    for block in ordered:
        assert isinstance(block, Paragraph)  # only paragraphs have a box (see _box)
        piece = _LETTER_SPACES.sub("", block.text.strip())
        if text and piece and _WORD_CHAR.match(text[-1]) and _WORD_CHAR.match(piece[0]):
            text += " "
        text += piece
    box = _union([b for b in (_box(block) for block in ordered) if b is not None])
    first = ordered[0]
    assert isinstance(first, Paragraph)
    location = SourceLocation(file=first.location.file, page=first.location.page, bbox=box)
    return _Line(Paragraph(text=text, location=location), box, joined=True)


def _union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _join_wrapped(lines: list[_Line]) -> list[Block]:
    """Step 2: a joined line that wraps runs on into the next line of its paragraph."""
    edges: dict[tuple[str, int], tuple[float, float]] = {}
    for line in lines:
        page = _page(line.block)
        if line.bbox is None or page is None:
            continue
        left, right = edges.get(page, (line.bbox[0], line.bbox[2]))
        edges[page] = (min(left, line.bbox[0]), max(right, line.bbox[2]))
    blocks: list[Block] = []
    previous: _Line | None = None
    for line in lines:
        if previous is not None and _runs_on(previous, line, edges):
            assert isinstance(previous.block, Paragraph) and isinstance(line.block, Paragraph)
            assert previous.bbox is not None and line.bbox is not None
            box = _union([previous.bbox, line.bbox])
            text = previous.block.text + _LETTER_SPACES.sub("", line.block.text.strip())
            location = replace_box(previous.block.location, box)
            previous = _Line(Paragraph(text=text, location=location), box, joined=True)
            blocks[-1] = previous.block
            continue
        blocks.append(line.block)
        previous = line
    return blocks


def replace_box(location: SourceLocation, box: tuple[float, float, float, float]) -> SourceLocation:
    """``location`` covering ``box`` instead of its own rectangle."""
    return replace(location, bbox=box)


def _page(block: Block) -> tuple[str, int] | None:
    """The file and page of ``block`` (files read together share page numbers)."""
    page = block.location.page
    return None if page is None else (block.location.file, page)


def _runs_on(
    previous: _Line, line: _Line, edges: dict[tuple[str, int], tuple[float, float]]
) -> bool:
    if not (previous.joined or line.joined) or previous.bbox is None or line.bbox is None:
        return False
    if not isinstance(line.block, Paragraph) or not isinstance(previous.block, Paragraph):
        return False
    page = _page(line.block)
    if page is None or page != _page(previous.block):
        return False
    text = line.block.text.strip()
    before = previous.block.text.rstrip()
    if not text or not before or before[-1] in _SENTENCE_END or numbering(text) is not None:
        return False
    left, right = edges[page]
    height = previous.bbox[3] - previous.bbox[1]
    below = 0 <= line.bbox[1] - previous.bbox[3] < 1.5 * height
    at_left = line.bbox[0] <= left + 0.5 * height
    at_right = previous.bbox[2] >= right - RIGHT_SLACK * height
    return below and at_left and at_right
