"""Reader for text and markdown conversions of disclosures (``.txt``, ``.md``).

Conversions of published PDFs circulate as text: tables as lines of TAB-separated cells
(the seed document), or markdown pipe tables; cells may hold HTML fragments (``<p>…</p>``);
list items carry ``-``/``*``/``+`` markers; headings may or may not start with ``#``.
Every block keeps its 1-based line number.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from yusuan.read.document import (
    Block,
    Cell,
    Document,
    Heading,
    Paragraph,
    Table,
    new_row,
)
from yusuan.read.encoding import decode
from yusuan.read.location import line_locator

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(?=\S)")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TAG = re.compile(r"<[^>]+>")
_PARAGRAPH_BREAK = re.compile(r"</p>\s*<p[^>]*>|<br\s*/?>", re.IGNORECASE)


def cell_text(raw: str) -> str:
    """Plain text of a cell: HTML paragraphs become line breaks, tags and entities go,
    surrounding whitespace is trimmed."""
    text = _PARAGRAPH_BREAK.sub("\n", raw)
    text = html.unescape(_TAG.sub("", text))
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _cell(raw: str) -> str:
    """``cell_text`` for a raw cell or line (no ``\\n`` in it), skipping the markup work
    when there is none."""
    if "<" in raw or "&" in raw:
        return cell_text(raw)
    return raw.strip()


def _split_pipe_row(line: str) -> list[str]:
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return stripped.split("|")


class TextReader:
    """Reads TAB-separated or markdown text into a :class:`Document`."""

    formats = ("text",)

    def read(self, path: Path) -> Document:
        text, encoding = decode(path)
        return parse_text(text, str(path), encoding=encoding)


def parse_text(text: str, source: str, *, encoding: str | None = None) -> Document:
    """Split ``text`` into blocks. ``source`` names the file in every location."""
    blocks: list[Block] = []
    rows: list[list[Cell]] = []  # rows of the table being collected, one per line
    locate = line_locator(source)
    # str.splitlines already drops every line ending, "\r" included
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line:
            text_of = cell_text if "<" in line or "&" in line else str.strip
            rows.append(new_row(map(text_of, line.split("\t")), locate(number)))
            continue
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if not _PIPE_SEPARATOR.match(stripped):
                text_of = cell_text if "<" in stripped or "&" in stripped else str.strip
                rows.append(new_row(map(text_of, _split_pipe_row(stripped)), locate(number)))
            continue
        if rows:
            blocks.append(_table(rows))
            rows = []
        if not stripped:
            continue
        location = locate(number)
        first = stripped[0]
        heading = _MD_HEADING.match(stripped) if first == "#" else None
        if heading:
            blocks.append(
                Heading(
                    text=cell_text(heading.group(2)), level=len(heading.group(1)), location=location
                )
            )
            continue
        # cheap pre-check: a list marker starts with one of its signs or a digit (``\d``)
        marker = _LIST_MARKER.match(stripped) if first in "-*+•" or first.isdecimal() else None
        body = stripped[marker.end() :] if marker else stripped
        blocks.append(Paragraph(_cell(body), location, bool(marker)))
    if rows:
        blocks.append(_table(rows))
    return Document(path=source, format="text", encoding=encoding, blocks=blocks)


def _table(rows: list[list[Cell]]) -> Table:
    """The table of the collected rows, ragged rows padded with blank cells to the widest."""
    width = max(map(len, rows))
    for row in rows:
        if len(row) < width:
            blank = next((cell for cell in row if not cell.text), None)
            row.extend([blank or Cell("", row[0].location)] * (width - len(row)))
    return Table(rows=rows, location=rows[0][0].location)
