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

from yusuan.read.document import Block, Cell, Document, Heading, Paragraph, Table
from yusuan.read.encoding import decode
from yusuan.read.location import SourceLocation

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
    pending: list[tuple[int, list[str]]] = []  # rows of the table being collected

    def flush() -> None:
        if not pending:
            return
        width = max(len(cells) for _, cells in pending)
        rows = []
        for number, cells in pending:
            where = SourceLocation(file=source, line=number)  # one location per line
            # cells are frozen: equal raw texts of one line share one Cell (blank ones most)
            made: dict[str, Cell] = {}
            row = []
            for raw in cells:
                cell = made.get(raw)
                if cell is None:
                    cell = made[raw] = Cell(_cell(raw), where)
                row.append(cell)
            if len(cells) < width:
                blank = made.get("") or Cell("", where)
                row.extend([blank] * (width - len(cells)))
            rows.append(row)
        blocks.append(Table(rows=rows, location=rows[0][0].location))
        pending.clear()

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if "\t" in line:
            pending.append((number, line.split("\t")))
            continue
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if _PIPE_SEPARATOR.match(stripped):
                continue
            pending.append((number, _split_pipe_row(stripped)))
            continue
        flush()
        if not stripped:
            continue
        location = SourceLocation(file=source, line=number)
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
        blocks.append(Paragraph(text=_cell(body), location=location, list_item=bool(marker)))
    flush()
    return Document(path=source, format="text", encoding=encoding, blocks=blocks)
