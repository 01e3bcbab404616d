"""Optional text recognition (OCR) for PDF pages that are images without a text layer.

Installed with the ``ocr`` extra (``pip install "yusuan[ocr]"``), which brings
``rapidocr-onnxruntime`` (Apache-2.0): PaddleOCR's PP-OCRv4 Chinese detection and
recognition models converted to ONNX and shipped inside the wheel, run by onnxruntime. Nothing
is downloaded at run time, so it works offline. The package is imported lazily, only when a
page needs it; without it the reader names the pages and says how to install it.

Each recognised text line becomes characters with boxes (the line's box divided evenly
among its characters), so the normal line, paragraph and unruled-table stages apply. Ruling
lines are not recovered from the image: tables come back through column detection
(:mod:`yusuan.read.pdf_columns`).
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import cache
from typing import Any

from yusuan.read.pdf_backend import Char, PageContent

#: Resolution (dots per inch) pages are rendered at for recognition.
OCR_DPI = 200
#: Recognised lines with a lower confidence than this are dropped.
MIN_CONFIDENCE = 0.5
#: How to install the extra, for user-facing messages.
INSTALL_HINT = 'pip install "yusuan[ocr]"'


def ocr_available() -> bool:
    """True when the OCR extra (``rapidocr_onnxruntime``) is installed."""
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@cache
def _engine() -> Any:
    module = importlib.import_module("rapidocr_onnxruntime")
    return module.RapidOCR()


def has_images(document: Any, index: int) -> bool:
    """True when page ``index`` (0-based) of a pypdfium2 document draws an image."""
    import pypdfium2.raw as pdfium_c

    page = document[index]
    try:
        return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
    finally:
        page.close()


def ocr_page(document: Any, index: int) -> PageContent:
    """Page ``index`` (0-based) of a pypdfium2 document read by text recognition.

    Returns characters in points (origin top-left) and no ruling lines. Requires the OCR
    extra (check :func:`ocr_available` first; ``ImportError`` otherwise).
    """
    import numpy

    page = document[index]
    try:
        width, height = page.get_size()
        scale = OCR_DPI / 72
        image = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        page.close()
    # Pages are upright: the text-direction classifier only costs time.
    result, _ = _engine()(numpy.asarray(image), use_cls=False)
    chars: list[Char] = []
    for box, text, confidence in result or []:
        if float(confidence) < MIN_CONFIDENCE or not str(text).strip():
            continue
        chars.extend(_line_chars(str(text), box, scale))
    return PageContent(number=index + 1, width=width, height=height, chars=chars, edges=[])


def _line_chars(text: str, box: list[list[float]], scale: float) -> list[Char]:
    """Characters of one recognised line, its box (four pixel corners) split evenly."""
    xs = [point[0] / scale for point in box]
    ys = [point[1] / scale for point in box]
    x0, x1, top, bottom = min(xs), max(xs), min(ys), max(ys)
    # Chinese characters are about twice as wide as digits and Latin letters.
    weights = [2.0 if ord(char) > 0x2E80 else 1.0 for char in text]
    unit = (x1 - x0) / sum(weights)
    size = (bottom - top) * 0.9
    chars: list[Char] = []
    left = x0
    for char, weight in zip(text, weights, strict=True):
        right = left + unit * weight
        chars.append(Char(char, left, top, right, bottom, size))
        left = right
    return chars
