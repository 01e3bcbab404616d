"""A format-neutral layout of a whole disclosure: what every renderer lays out.

``compose()`` (in :mod:`yusuan.render.compose`) builds it from budget data; the DOCX, XLSX,
HTML and PDF renderers only decide how it looks. A table is a grid of header rows (cells
may span columns or rows) and body rows of plain strings, exactly as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass
class TableBlock:
    """A printed table: title, the 单位名称/单位 lines, header rows, body rows, note.

    ``numeric`` marks the columns holding amounts (right-aligned, two decimals).
    ``kind`` is ``T1``…``T8``, ``performance`` or ``info``.
    """

    kind: str
    title: str
    unit_line: str | None
    header: list[list[HeaderCell]]
    rows: list[list[str]]
    numeric: set[int] = field(default_factory=set)
    unit_name_line: str | None = None
    note: str | None = None
    preamble: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1 part, 2 一、, 3 （一）


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Chart:
    """A chart drawn by :mod:`yusuan.render.charts`: ``kind`` and its data as label → amount
    (amounts as printed strings)."""

    kind: Literal["function_classes", "basic_project", "year_over_year"]
    title: str
    data: list[tuple[str, str]]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | TableBlock | Chart | PageBreak


@dataclass
class Layout:
    title: str
    toc: list[str]
    blocks: list[Block]
    department: str
    fiscal_year: int
