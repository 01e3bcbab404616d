"""The intermediate document every reader produces: ordered blocks with source locations.

Readers know formats, not disclosures. A reader turns a file into a :class:`Document`, an
ordered list of :class:`Heading`, :class:`Paragraph` and :class:`Table` blocks. Tables are
rectangular grids: row and column spans are resolved, so a merged cell appears in every
grid position it covers (``Cell.spanned`` is true for the copies). Extraction works on
this model only, so it never depends on the file format.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from yusuan.read.location import SourceLocation
from yusuan.records import immutable_record

# Plain records rather than pydantic models: a document has thousands of cells and the read
# stage only builds them from values it computed itself, so validation buys nothing.


@immutable_record
class Cell:
    """One grid position of a table. ``text`` is whitespace-trimmed, inner markup removed;
    paragraphs inside a cell are joined with ``\\n``. Empty text means a blank cell.
    An immutable record (see :mod:`yusuan.records`)."""

    text: str
    location: SourceLocation
    spanned: bool = False


def new_row(texts: Iterable[str], location: SourceLocation) -> list[Cell]:
    """The cells of one source line, ``[Cell(text, location) for text in texts]``, except
    that the blank cells of the row share one :class:`Cell` (cells are immutable)."""
    row: list[Cell] = []
    append = row.append
    blank: Cell | None = None
    for text in texts:
        if text:
            append(Cell(text, location))
        else:
            if blank is None:
                blank = Cell("", location)
            append(blank)
    return row


@immutable_record
class Heading:
    """A heading the source marked as such (markdown ``#``, a Word heading style, …).
    Numbered lines such as ``一、基本情况`` are often plain paragraphs; extraction decides."""

    text: str
    level: int
    location: SourceLocation
    kind: Literal["heading"] = "heading"


@immutable_record
class Paragraph:
    """A run of text. ``list_item`` is true when the source wrote it as a list item
    (the marker itself is removed from ``text``)."""

    text: str
    location: SourceLocation
    list_item: bool = False
    kind: Literal["paragraph"] = "paragraph"


@immutable_record
class Table:
    """A grid of cells, ``rows[r][c]``; every row has the same number of columns."""

    rows: list[list[Cell]]
    location: SourceLocation
    kind: Literal["table"] = "table"

    @property
    def n_columns(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def texts(self) -> list[list[str]]:
        """The grid as plain strings (handy in tests and debugging)."""
        return [[cell.text for cell in row] for row in self.rows]


Block = Heading | Paragraph | Table


@dataclass(slots=True)
class Document:
    """A read file: its blocks in reading order.

    ``format`` is the detected format (``text``, ``pdf``, ``docx``, ``xlsx``, ``xls``,
    ``html``); ``encoding`` the detected text encoding where there is one; ``notes`` what
    the reader had to work around (e.g. characters normalised, pages without text).
    """

    path: str
    format: str
    blocks: list[Block]
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)

    def tables(self) -> list[Table]:
        return [block for block in self.blocks if isinstance(block, Table)]
