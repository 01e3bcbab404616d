"""Reader for Word documents (``.docx``), via python-docx.

The body is walked in order, so paragraphs and tables interleave as printed; block-level
content controls (``w:sdt``) are entered. A paragraph whose style is a heading style
(``Heading 2``, ``标题 2``) or carries an outline level becomes a :class:`Heading`; a numbered
or bulleted paragraph a list item. Tables become grids with merged cells resolved: a
horizontal merge (``w:gridSpan``) and a vertical one (``w:vMerge``) put the merged cell's
text in every grid position it covers, ``spanned=True`` on the copies; ``w:gridBefore`` /
``w:gridAfter`` leave blank positions.

Locations: a table cell has ``table`` (1-based number of the table in the body) and ``row``
(1-based row of that table); a paragraph or heading has ``paragraph`` (1-based number among
the body's non-table paragraphs, counting blank ones, as Word counts them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph as WordParagraph

from yusuan.read.cells import clean_text, require_file
from yusuan.read.document import Block, Cell, Document, Heading, Paragraph, Table
from yusuan.read.errors import ReadError
from yusuan.read.location import SourceLocation

_EXPECTED = "Word 2007 及以上版本的 DOCX 文件"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "标题"}
_W_P = qn("w:p")
_W_TBL = qn("w:tbl")
_W_SDT = qn("w:sdt")
_W_SDT_CONTENT = qn("w:sdtContent")
_W_TR = qn("w:tr")
_W_TC = qn("w:tc")
_W_VAL = qn("w:val")


class DocxReader:
    """Reads a DOCX file into a :class:`Document` (format ``docx``)."""

    formats = ("docx",)

    def read(self, path: Path) -> Document:
        """Read ``path``. Raises ``ReadError`` for a missing, empty or corrupt file."""
        return read_docx(path)


def read_docx(path: Path, *, source: Path | None = None, file_format: str = "docx") -> Document:
    """Read the DOCX at ``path`` into a :class:`Document`.

    ``source`` is the file named in locations and errors (the original ``.doc`` when ``path``
    is its converted copy); ``file_format`` the format recorded on the document. Raises
    ``ReadError`` when python-docx cannot open the file (not a DOCX, damaged package).
    """
    named = source or path
    require_file(path, expected=_EXPECTED)
    try:
        word = docx.Document(str(path))
    except Exception as error:  # python-docx raises many types for damaged packages
        raise ReadError(
            named,
            f"无法打开 DOCX 文件，文件已损坏或格式不符（{type(error).__name__}）",
            expected=_EXPECTED,
        ) from None
    blocks = list(_blocks(word, str(named)))
    return Document(path=str(named), format=file_format, blocks=blocks)


def _body_elements(parent: Any) -> Iterator[Any]:
    """Paragraph and table elements of ``parent`` in order, entering content controls."""
    for child in parent.iterchildren():
        if child.tag in (_W_P, _W_TBL):
            yield child
        elif child.tag == _W_SDT:
            content = child.find(_W_SDT_CONTENT)
            if content is not None:
                yield from _body_elements(content)


def _blocks(word: WordDocument, source: str) -> Iterator[Block]:
    paragraph_number = 0
    table_number = 0
    for element in _body_elements(word.element.body):
        if element.tag == _W_TBL:
            table_number += 1
            rows = _table_grid(word, element, source, table_number)
            if rows:
                yield Table(rows=rows, location=SourceLocation(file=source, table=table_number))
            continue
        paragraph_number += 1
        paragraph = WordParagraph(element, word)
        text = clean_text(paragraph.text)
        if not text:
            continue
        location = SourceLocation(file=source, paragraph=paragraph_number)
        level = _heading_level(paragraph)
        if level is not None:
            yield Heading(text=text, level=level, location=location)
        else:
            yield Paragraph(text=text, location=location, list_item=_is_list_item(paragraph))


def _heading_level(paragraph: WordParagraph) -> int | None:
    """1-based heading level from the style name or an outline level, else ``None``."""
    style: BaseStyle | None = paragraph.style
    name = (style.name or "").strip() if style is not None else ""
    match = _HEADING_STYLE.match(name)
    if match:
        return max(1, int(match.group(1)))
    if name.lower() in _TITLE_STYLES:
        return 1
    outline = _outline_level(paragraph._p.pPr)
    seen = 0
    while outline is None and style is not None and seen < 10:
        outline = _outline_level(style.element.pPr)
        style = getattr(style, "base_style", None)
        seen += 1
    # Outline level 9 (w:val="9") is body text.
    return outline + 1 if outline is not None and outline < 9 else None


def _outline_level(p_pr: Any) -> int | None:
    if p_pr is None:
        return None
    element = p_pr.find(qn("w:outlineLvl"))
    if element is None:
        return None
    try:
        return int(element.get(_W_VAL))
    except (TypeError, ValueError):
        return None


def _is_list_item(paragraph: WordParagraph) -> bool:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.find(qn("w:numPr")) is not None:
        return True
    style = paragraph.style
    return style is not None and "list" in (style.name or "").lower()


def _table_grid(word: WordDocument, tbl: Any, source: str, table_number: int) -> list[list[Cell]]:
    """The table's rows as a rectangular grid, merged cells copied into every position."""
    grid: list[list[tuple[str, bool]]] = []
    for tr in tbl.iterchildren(_W_TR):
        row: list[tuple[str, bool]] = [("", False)] * _grid_offset(tr, "w:gridBefore")
        for tc in tr.iterchildren(_W_TC):
            span = max(1, _int_property(tc, "w:tcPr", "w:gridSpan") or 1)
            if _continues_vertical_merge(tc):
                above = grid[-1] if grid else []
                for column in range(len(row), len(row) + span):
                    text = above[column][0] if column < len(above) else ""
                    row.append((text, True))
                continue
            text = clean_text("\n".join(WordParagraph(p, word).text for p in tc.iterchildren(_W_P)))
            row.append((text, False))
            row.extend([(text, True)] * (span - 1))
        row.extend([("", False)] * _grid_offset(tr, "w:gridAfter"))
        grid.append(row)
    width = max((len(row) for row in grid), default=0)
    if width == 0:
        return []
    return [
        [
            Cell(
                text=row[column][0] if column < len(row) else "",
                spanned=row[column][1] if column < len(row) else False,
                location=SourceLocation(file=source, table=table_number, row=number),
            )
            for column in range(width)
        ]
        for number, row in enumerate(grid, start=1)
    ]


def _continues_vertical_merge(tc: Any) -> bool:
    """True for a ``w:vMerge`` cell that continues the merge above (no ``restart``)."""
    tc_pr = tc.find(qn("w:tcPr"))
    if tc_pr is None:
        return False
    v_merge = tc_pr.find(qn("w:vMerge"))
    return v_merge is not None and v_merge.get(_W_VAL, "continue") != "restart"


def _grid_offset(tr: Any, name: str) -> int:
    return max(0, _int_property(tr, "w:trPr", name) or 0)


def _int_property(element: Any, properties: str, name: str) -> int | None:
    container = element.find(qn(properties))
    if container is None:
        return None
    found = container.find(qn(name))
    if found is None:
        return None
    try:
        return int(found.get(_W_VAL))
    except (TypeError, ValueError):
        return None
