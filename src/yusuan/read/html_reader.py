"""Reader for web pages (``.html``, ``.htm``, ``.shtml``), via BeautifulSoup with lxml.

Government sites publish disclosures as pages in UTF-8 or GBK/GB2312. The encoding comes
from a byte-order mark, else the ``<meta charset>`` / ``http-equiv`` declaration (GBK and
GB2312 are decoded as GB18030, their superset), else strict UTF-8, else GB18030.

Scripts, styles and the ``<head>`` are dropped. ``<h1>``–``<h6>`` become headings; text in
``<p>``, ``<div>``, ``<li>`` and similar blocks becomes paragraphs (a ``<br>`` starts a new
one); ``<table>`` becomes a grid (its ``<caption>`` a paragraph before it) with ``rowspan``/``colspan`` resolved (the spanned copies
marked ``spanned``). Older sites lay pages out with tables: a table that contains other
tables is treated as layout, and its cells are read as text containers.

Locations: a table cell has ``table`` (1-based number among data tables) and ``row``
(1-based); a paragraph or heading the source ``line`` of its element.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from yusuan.read.cells import clean_text, require_file
from yusuan.read.document import Block, Cell, Document, Heading, Paragraph, Table
from yusuan.read.errors import ReadError
from yusuan.read.location import SourceLocation

_EXPECTED = "含有预算报表（<table> 表格）的网页"
_LINE_ATTRIBUTE = "data-yusuan-line"
_START_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)(?=[\s/>])")
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_CHINESE_CHARSETS = {"gbk", "gb2312", "gb_2312", "gb_2312-80", "gb18030", "x-gbk", "euc-cn"}
_DROPPED = ("script", "style", "noscript", "template", "head", "iframe", "object", "svg")
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "header",
    "footer", "nav", "aside", "blockquote", "pre", "center", "address", "form", "fieldset",
    "figure", "figcaption", "caption", "body", "html", "hr", "table", "tr", "td", "th",
    "thead", "tbody", "tfoot",
}  # fmt: skip
_MAX_SPAN = 1000


class HtmlReader:
    """Reads an HTML page into a :class:`Document` (format ``html``)."""

    formats = ("html",)

    def read(self, path: Path) -> Document:
        """Read ``path``. Raises ``ReadError`` for a missing, empty or undecodable file, or a
        page without any table."""
        return read_html(path)


def read_html(path: Path) -> Document:
    """Read the page at ``path`` into a :class:`Document`.

    Raises ``ReadError`` when the file is missing or empty, cannot be decoded, or holds no
    ``<table>`` (a page that only links the tables as attachments).
    """
    require_file(path, expected=_EXPECTED)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(path, f"无法读取文件（{error.strerror}）", expected=_EXPECTED) from None
    text, encoding = decode_html(path, data)
    blocks = parse_html(text, str(path))
    if not any(isinstance(block, Table) for block in blocks):
        raise ReadError(
            path,
            "网页中没有表格",
            expected=f"{_EXPECTED}；若报表以附件发布，请下载附件（PDF、XLS、DOC）后读取",
        )
    return Document(path=str(path), format="html", encoding=encoding, blocks=blocks)


def decode_html(path: Path, data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of an HTML file's bytes: BOM, then the declared charset, then
    strict UTF-8, then GB18030. Raises ``ReadError`` when none decodes the bytes."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return _decode(path, data, [name])
    candidates: list[str] = []
    declared = _META_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        if name in _CHINESE_CHARSETS:
            candidates.append("gb18030")
        else:
            with contextlib.suppress(LookupError):
                candidates.append(codecs.lookup(name).name)
    candidates += [name for name in ("utf-8", "gb18030") if name not in candidates]
    return _decode(path, data, candidates)


def _decode(path: Path, data: bytes, candidates: list[str]) -> tuple[str, str]:
    for name in candidates:
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    raise ReadError(
        path,
        f"网页无法按 {' / '.join(candidates)} 编码解码",
        expected="UTF-8 或 GBK/GB2312/GB18030 编码、并在 <meta charset> 中声明编码的网页",
    )


def parse_html(text: str, source: str) -> list[Block]:
    """The blocks of an HTML page's text, in reading order. ``source`` names the file."""
    soup = BeautifulSoup(_mark_lines(text), "lxml")
    for tag in soup.find_all(_DROPPED):
        if not tag.decomposed:
            tag.decompose()
    walker = _Walker(source)
    walker.visit(soup)
    walker.flush()
    return walker.blocks


def _mark_lines(text: str) -> str:
    """``text`` with each start tag given its source line as an attribute, because the lxml
    tree builder does not record line numbers."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        attribute = f' {_LINE_ATTRIBUTE}="{index + 1}"'
        lines[index] = _START_TAG.sub(lambda match: match.group(0) + attribute, line)  # noqa: B023
    return "\n".join(lines)


def _line(tag: Tag) -> int | None:
    value = tag.get(_LINE_ATTRIBUTE)
    return int(value) if isinstance(value, str) and value.isdigit() else None


class _Walker:
    """Walks the tree in document order, collecting inline text into paragraphs."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.blocks: list[Block] = []
        self.pending: list[str] = []
        self.pending_line: int | None = None
        self.last_line: int | None = None
        self.table_count = 0

    def flush(self) -> None:
        text = clean_text("".join(self.pending), collapse_spaces=True)
        if text:
            location = SourceLocation(file=self.source, line=self.pending_line or self.last_line)
            self.blocks.append(Paragraph(text=text, location=location))
        self.pending = []
        self.pending_line = None

    def visit(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, PreformattedString):
                continue  # comments, doctype, CDATA, processing instructions
            if isinstance(child, NavigableString):
                if not self.pending and not child.strip():
                    continue
                if self.pending_line is None and child.strip():
                    self.pending_line = self.last_line
                self.pending.append(str(child).replace("\n", " "))
                continue
            if not isinstance(child, Tag):
                continue
            self.last_line = _line(child) or self.last_line
            name = child.name.lower()
            if name == "br":
                self.flush()
            elif name in _HEADINGS:
                self.flush()
                text = clean_text(child.get_text(" "), collapse_spaces=True)
                if text:
                    location = SourceLocation(file=self.source, line=_line(child))
                    self.blocks.append(Heading(text=text, level=_HEADINGS[name], location=location))
            elif name == "table" and child.find("table") is None:
                self.flush()
                caption = child.find("caption", recursive=False)
                if isinstance(caption, Tag):
                    self.visit(caption)
                    self.flush()
                self.table_count += 1
                rows = _table_grid(child, self.source, self.table_count)
                if rows:
                    location = SourceLocation(file=self.source, table=self.table_count)
                    self.blocks.append(Table(rows=rows, location=location))
            elif name in _BLOCK_TAGS:
                self.flush()
                self.visit(child)
                self.flush()
            else:
                self.visit(child)


def _rows(table: Tag) -> Iterator[Tag]:
    """The table's own rows (not those of tables nested in its cells), in order."""
    for child in table.children:
        if not isinstance(child, Tag):
            continue
        if child.name == "tr":
            yield child
        elif child.name in ("thead", "tbody", "tfoot"):
            yield from (row for row in child.children if isinstance(row, Tag) and row.name == "tr")


def _span(cell: Tag, name: str) -> int:
    value = cell.get(name)
    digits = re.match(r"\s*(\d+)", value) if isinstance(value, str) else None
    return min(max(int(digits.group(1)), 1), _MAX_SPAN) if digits else 1


def _cell_text(cell: Tag) -> str:
    for br in cell.find_all("br"):
        br.replace_with("\n")
    for block in cell.find_all(("p", "div", "li")):
        block.insert_after("\n")
    return clean_text(cell.get_text(""), collapse_spaces=True)


def _table_grid(table: Tag, source: str, number: int) -> list[list[Cell]]:
    """Rows of ``table`` as a rectangular grid with ``rowspan``/``colspan`` resolved."""
    rows = list(_rows(table))
    grid: list[dict[int, tuple[str, bool]]] = [{} for _ in rows]
    for r, row in enumerate(rows):
        column = 0
        for cell in row.children:
            if not isinstance(cell, Tag) or cell.name not in ("td", "th"):
                continue
            while column in grid[r]:
                column += 1
            text = _cell_text(cell)
            colspan, rowspan = _span(cell, "colspan"), _span(cell, "rowspan")
            for dr in range(min(rowspan, len(rows) - r)):
                for dc in range(colspan):
                    grid[r + dr].setdefault(column + dc, (text, (dr, dc) != (0, 0)))
            column += colspan
    width = max((max(row) + 1 for row in grid if row), default=0)
    return [
        [
            Cell(
                text=grid[r].get(c, ("", False))[0],
                spanned=grid[r].get(c, ("", False))[1],
                location=SourceLocation(file=source, table=number, row=r + 1),
            )
            for c in range(width)
        ]
        for r in range(len(rows))
        if width
    ]
