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
            chars = _pdfium_chars(textpage, height)
        finally:
            textpage.close()
        edges = _pdfium_edges(page, height)
    finally:
        page.close()
    return PageContent(number=index + 1, width=width, height=height, chars=chars, edges=edges)


def _pdfium_chars(textpage: Any, height: float) -> list[Char]:
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    rect = pdfium_c.FS_RECTF()
    chars: list[Char] = []
    for index in range(count):
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if code in (0, 0xFFFE, 0xFEFF) or pdfium_c.FPDFText_IsGenerated(raw, index) == 1:
            continue
        text = chr(code)
        if text in "\r\n":
            continue
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
    return chars


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
