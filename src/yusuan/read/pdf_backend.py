"""Low-level PDF access: characters with boxes and ruling lines, per page.

Backend choice (measured on the 22-PDF corpus, see ``bench/extract_pdf.py``): pypdfium2
gives characters with boxes and the page's path objects in ≈3 ms/page, while pdfplumber
(pdfminer) needs ≈400 ms just to parse a ruled page and ≈110 ms/page for
``extract_tables()``. So pypdfium2 is the primary backend; pdfplumber is used only to
re-read a page whose characters pypdfium2 could not decode (``(cid:N)``/U+FFFD/private use).

Coordinates are converted to pdfplumber's convention: points, origin at the top-left of
the page, ``top < bottom``.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

#: A path thinner than this (points) is a ruling line, whatever way it was drawn.
LINE_THICKNESS = 2.0
_WHITE = (255, 255, 255)


@dataclass(frozen=True, slots=True)
class Char:
    """One printed character. ``size`` is the font size in points."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Edge:
    """A horizontal (``top == bottom``) or vertical (``x0 == x1``) ruling line."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.bottom - self.top <= self.x1 - self.x0


@dataclass(slots=True)
class PageContent:
    """What the layout stage needs from one page (``number`` is 1-based)."""

    number: int
    width: float
    height: float
    chars: list[Char]
    edges: list[Edge]


def open_pdfium(path: Path) -> Any:
    """Open ``path`` with pypdfium2; raises ``pypdfium2.PdfiumError`` for unusable files."""
    return pdfium.PdfDocument(str(path))


def pdfium_page(document: Any, index: int) -> PageContent:
    """Characters and ruling lines of page ``index`` (0-based) of a pypdfium2 document."""
    page = document[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            chars = _pdfium_chars(textpage, page, height)
        finally:
            textpage.close()
        edges = _pdfium_edges(page, height)
    finally:
        page.close()
    return PageContent(number=index + 1, width=width, height=height, chars=chars, edges=edges)


def _pdfium_chars(textpage: Any, page: Any, height: float) -> list[Char]:
    """The page's printed characters in PDFium's reading order, with the spaces the PDF
    really prints between two of them (see :func:`_keep_printed_spaces`)."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    rect = pdfium_c.FS_RECTF()
    chars: list[Char] = []
    # Positions in ``chars`` before which PDFium generated a space inside a line.
    generated_spaces: list[int] = []
    space_pending = False
    for index in range(count):
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if code in (0, 0xFFFE, 0xFEFF):
            continue
        text = chr(code)
        if text in "\r\n":
            space_pending = False
            continue
        if pdfium_c.FPDFText_IsGenerated(raw, index) == 1:
            space_pending = text == " " and bool(chars)
            continue
        if space_pending:
            generated_spaces.append(len(chars))
            space_pending = False
        pdfium_c.FPDFText_GetLooseCharBox(raw, index, rect)
        size = pdfium_c.FPDFText_GetFontSize(raw, index)
        chars.append(
            Char(
                text=text,
                x0=rect.left,
                top=height - rect.top,
                x1=rect.right,
                bottom=height - rect.bottom,
                size=size,
            )
        )
    if generated_spaces:
        _keep_printed_spaces(chars, generated_spaces, _blank_glyphs(page, height))
    return chars


#: Characters between which a space is never kept (``24,169.74`` stays one number).
_NUMBER_CHARS = frozenset("0123456789,.")
#: A blank glyph in a gap wider than this many font sizes is not a space between the two
#: neighbours (it is an empty table cell; the line builder spaces wide gaps anyway).
PRINTED_SPACE_GAP = 1.5


def _keep_printed_spaces(
    chars: list[Char], positions: list[int], blanks: list[tuple[float, float]]
) -> None:
    """Insert, in place, a space character at each of ``positions`` (indices into ``chars``)
    where the PDF prints a blank glyph (a point of ``blanks``) between the two neighbours.

    PDFium drops a text object that has no ink, so a space glyph shown on its own (Chromium
    prints each glyph so: ``2020 年``, ``550 条``) never reaches the character list; in its
    place PDFium may *generate* a space, as it also does wherever two text pieces merely
    stand apart (Word's spacing between Chinese and Latin text, letter-spaced headers such as
    ``收 入``). Only a generated space with a blank glyph under it, in a gap no wider than
    ``PRINTED_SPACE_GAP`` font sizes and not between two characters of a number, is kept."""
    for position in reversed(positions):
        before, after = chars[position - 1], chars[position]
        # The loose box's height is the font's em on the page; ``size`` is the size the PDF
        # set, which a scaled text matrix makes far larger (240 for 9-point text).
        size = max(min(before.size, before.height or before.size), 1.0)
        if before.text in _NUMBER_CHARS and after.text in _NUMBER_CHARS:
            continue
        if after.x0 - before.x1 > PRINTED_SPACE_GAP * size:
            continue
        tolerance = 0.25 * size
        printed = any(
            before.x1 - tolerance <= x <= after.x0 + tolerance
            and before.top - tolerance <= y <= before.bottom + tolerance
            for x, y in blanks
        )
        if printed:
            chars.insert(
                position,
                Char(
                    text=" ",
                    x0=before.x1,
                    top=before.top,
                    x1=max(before.x1, after.x0),
                    bottom=before.bottom,
                    size=before.size,
                ),
            )


def _blank_glyphs(page: Any, height: float) -> list[tuple[float, float]]:
    """Origins (x, baseline y; top-left origin) of the page's text objects without ink, as
    a space glyph shown on its own is; text inside form XObjects included."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    matrix = pdfium_c.FS_MATRIX()
    found: list[tuple[float, float]] = []
    pending: list[tuple[Any, tuple[float, ...]]] = []
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    page_raw = page.raw
    for i in range(pdfium_c.FPDFPage_CountObjects(page_raw)):
        pending.append((pdfium_c.FPDFPage_GetObject(page_raw, i), identity))
    while pending:
        obj, (a, b, c, d, e, f) = pending.pop()
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
            m = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
            inner = (
                m[0] * a + m[1] * c,
                m[0] * b + m[1] * d,
                m[2] * a + m[3] * c,
                m[2] * b + m[3] * d,
                m[4] * a + m[5] * c + e,
                m[4] * b + m[5] * d + f,
            )
            for i in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
                pending.append((pdfium_c.FPDFFormObj_GetObject(obj, i), inner))
            continue
        if kind != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        if right.value - left.value >= 0.01:
            continue
        x, y = left.value, bottom.value
        found.append((a * x + c * y + e, height - (b * x + d * y + f)))
    return found


def _pdfium_edges(page: Any, height: float) -> list[Edge]:
    edges: list[Edge] = []
    fill_mode = ctypes.c_int()
    stroke = ctypes.c_int()
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        raw = obj.raw
        pdfium_c.FPDFPath_GetDrawMode(raw, fill_mode, stroke)
        stroked = bool(stroke.value)
        filled = fill_mode.value != 0
        if filled and not stroked:
            pdfium_c.FPDFPageObj_GetFillColor(raw, red, green, blue, alpha)
            if (red.value, green.value, blue.value) == _WHITE or alpha.value == 0:
                continue  # invisible on a white page: a cell background, not a rule
        if not (filled or stroked):
            continue
        left, bottom, right, top = obj.get_bounds()
        segments = pdfium_c.FPDFPath_CountSegments(raw)
        if segments > 5 and stroked:
            edges.extend(_segment_edges(obj, height))
            continue
        edges.extend(_box_edges(left, height - top, right, height - bottom))
    return edges


def _box_edges(x0: float, top: float, x1: float, bottom: float) -> list[Edge]:
    if bottom - top < LINE_THICKNESS:
        middle = (top + bottom) / 2
        return [Edge(x0, middle, x1, middle)]
    if x1 - x0 < LINE_THICKNESS:
        middle = (x0 + x1) / 2
        return [Edge(middle, top, middle, bottom)]
    return [
        Edge(x0, top, x1, top),
        Edge(x0, bottom, x1, bottom),
        Edge(x0, top, x0, bottom),
        Edge(x1, top, x1, bottom),
    ]


def _segment_edges(obj: Any, height: float) -> list[Edge]:
    """Axis-aligned straight pieces of a multi-segment path (a grid drawn as one path)."""
    a, b, c, d, e, f = obj.get_matrix().get()
    x = ctypes.c_float()
    y = ctypes.c_float()
    edges: list[Edge] = []
    previous: tuple[float, float] | None = None
    start: tuple[float, float] | None = None
    for index in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj.raw, index)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
            _add_straight(edges, previous, point)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = point
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
            _add_straight(edges, point, start)
        previous = point
    return edges


def _add_straight(edges: list[Edge], p: tuple[float, float], q: tuple[float, float]) -> None:
    if abs(p[1] - q[1]) < 0.5:
        edges.append(Edge(min(p[0], q[0]), p[1], max(p[0], q[0]), p[1]))
    elif abs(p[0] - q[0]) < 0.5:
        edges.append(Edge(p[0], min(p[1], q[1]), p[0], max(p[1], q[1])))


def plumber_chars(path: Path, index: int) -> list[Char]:
    """Characters of page ``index`` (0-based) as pdfminer decodes them, for the pages whose
    characters pypdfium2 could not decode."""
    import pdfplumber

    with pdfplumber.open(str(path), pages=[index + 1]) as pdf:
        page = pdf.pages[0]
        return [
            Char(
                text=char["text"],
                x0=float(char["x0"]),
                top=float(char["top"]),
                x1=float(char["x1"]),
                bottom=float(char["bottom"]),
                size=float(char.get("size", char["bottom"] - char["top"])),
            )
            for char in page.chars
            if char["text"].strip() or char["text"] == " "
        ]
