"""Pages without a text layer: named in the notes, read by the optional OCR extra.

The scanned page is made here: a generated text PDF page (Helvetica, known strings) is
rendered to an image with pypdfium2 and wrapped back into a PDF that holds only that image.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from yusuan.read import Paragraph, ReadError, read_document
from yusuan.read import pdf as pdf_module
from yusuan.read.pdf_ocr import INSTALL_HINT

from .test_pdf_columns import write_pdf

_WIDTH, _HEIGHT = 400.0, 160.0


def _scan(tmp_path: Path, texts: list[tuple[str, float, float]]) -> Path:
    """An image-only PDF of one page showing ``texts`` (see ``write_pdf``), at 150 dpi."""
    source = tmp_path / "source.pdf"
    write_pdf(source, texts, size=(_WIDTH, _HEIGHT))
    rendered = pdfium.PdfDocument(str(source))
    jpeg = tmp_path / "page.jpg"
    rendered[0].render(scale=150 / 72).to_pil().convert("L").save(jpeg, quality=90)
    rendered.close()
    scan = pdfium.PdfDocument.new()
    page = scan.new_page(_WIDTH, _HEIGHT)
    image = pdfium.PdfImage.new(scan)
    image.load_jpeg(str(jpeg))
    image.set_matrix(pdfium.PdfMatrix().scale(_WIDTH, _HEIGHT))
    page.insert_obj(image)
    page.gen_content()
    path = tmp_path / "scan.pdf"
    scan.save(str(path))
    return path


_LINES: list[tuple[str, float, float]] = [
    ("Expenditure", 40, 130),
    ("Wages", 40, 95),
    ("13,747.87", -360, 95),
    ("Pension", 40, 75),
    ("1,326.81", -360, 75),
    ("Training", 40, 55),
    ("266.80", -360, 55),
]


def test_scanned_page_without_ocr_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _scan(tmp_path, _LINES)
    monkeypatch.setattr(pdf_module, "ocr_available", lambda: False)
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert "没有文字层（可能是扫描件）" in str(caught.value)
    assert INSTALL_HINT in str(caught.value)


def test_scanned_page_read_by_ocr(tmp_path: Path) -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    document = read_document(_scan(tmp_path, _LINES))
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)] == ["Expenditure"]
    [table] = document.tables()
    assert table.texts() == [
        ["Wages", "13,747.87"],
        ["Pension", "1,326.81"],
        ["Training", "266.80"],
    ]
    assert table.rows[1][1].location.page == 1
    assert any("文字识别（OCR）" in note and "第1页" in note for note in document.notes)
