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

from yusuan.read.document import Block, Document, Heading, Table, new_cell, new_paragraph
from yusuan.read.encoding import decode
from yusuan.read.location import line_location

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


# a table line: its 1-based number, its raw cells, whether it holds HTML markup or entities
_RawRow = tuple[int, list[str], bool]


class TextReader:
    """Reads TAB-separated or markdown text into a :class:`Document`."""

    formats = ("text",)

    def read(self, path: Path) -> Document:
        text, encoding = decode(path)
        return parse_text(text, str(path), encoding=encoding)


def parse_text(text: str, source: str, *, encoding: str | None = None) -> Document:
    """Split ``text`` into blocks. ``source`` names the file in every location."""
    blocks: list[Block] = []
    pending: list[_RawRow] = []  # rows of the table being collected
    # str.splitlines already drops every line ending, "\r" included
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line:
            pending.append((number, line.split("\t"), "<" in line or "&" in line))
            continue
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if not _PIPE_SEPARATOR.match(stripped):
                markup = "<" in stripped or "&" in stripped
                pending.append((number, _split_pipe_row(stripped), markup))
            continue
        if pending:
            blocks.append(_table(pending, source))
            pending = []
        if not stripped:
            continue
        location = line_location(source, number)
        heading = _MD_HEADING.match(stripped)
        if heading:
            blocks.append(
                Heading(
                    text=cell_text(heading.group(2)), level=len(heading.group(1)), location=location
                )
            )
            continue
        marker = _LIST_MARKER.match(stripped)
        body = stripped[marker.end() :] if marker else stripped
        blocks.append(new_paragraph(_cell(body), location, bool(marker)))
    if pending:
        blocks.append(_table(pending, source))
    return Document(path=source, format="text", encoding=encoding, blocks=blocks)


def _table(lines: list[_RawRow], source: str) -> Table:
    """The table of the collected rows, ragged rows padded with blank cells to the widest."""
    width = max(len(raws) for _, raws, _ in lines)
    rows = []
    for number, raws, markup in lines:
        where = line_location(source, number)  # one location per line
        text_of = cell_text if markup else str.strip  # hot path: most lines have no markup
        blank = None  # cells are frozen: the blank cells of one line share one Cell
        row = []
        for raw in raws:
            if raw:
                row.append(new_cell(text_of(raw), where))
            else:
                if blank is None:
                    blank = new_cell("", where)
                row.append(blank)
        if len(raws) < width:
            row.extend([blank or new_cell("", where)] * (width - len(raws)))
        rows.append(row)
    return Table(rows=rows, location=rows[0][0].location)
