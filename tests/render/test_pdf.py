"""PDF rendering of the seed layout through headless Chromium (rendered once per session)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from yusuan.render import pdf
from yusuan.render.charts import SystemDependencyError
from yusuan.render.layout import Layout

needs_chromium = pytest.mark.skipif(
    pdf._find(pdf.CHROMIUM_NAMES) is None,
    reason="headless Chromium is not installed (Debian package chromium; run .ci/system-deps)",
)


@pytest.fixture(scope="session")
def seed_pdf(seed_layout: Layout, tmp_path_factory: pytest.TempPathFactory, cjk_font: str) -> Path:
    if pdf._find(pdf.CHROMIUM_NAMES) is None:
        pytest.skip("headless Chromium is not installed (Debian package chromium)")
    path = tmp_path_factory.mktemp("pdf") / "disclosure.pdf"
    path.write_bytes(pdf.render_pdf(seed_layout))
    return path


@pytest.fixture(scope="session")
def page_texts(seed_pdf: Path) -> list[str]:
    document = pdfium.PdfDocument(seed_pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


@needs_chromium
def test_text_layer_holds_titles_and_amounts(page_texts: list[str]) -> None:
    text = "\n".join(page_texts)
    assert "2020 年一般公共预算基本支出表" in text
    assert "343.64" in text
    assert "江汉区融媒体中心 2020 年部门预算" in page_texts[0]


@needs_chromium
def test_t6_total_row_on_its_own_page(page_texts: list[str]) -> None:
    [page] = [t for t in page_texts if "经济科目编码" in t and "人员经费" in t]
    assert "2020 年一般公共预算基本支出表" in page
    assert "单位名称：区融媒体中心" in page and "单位：万元" in page
    assert "343.64" in page and "297.13" in page and "46.51" in page


@needs_chromium
def test_a4_pages_and_landscape_wide_tables(seed_pdf: Path, page_texts: list[str]) -> None:
    document = pdfium.PdfDocument(seed_pdf)
    try:
        sizes = [tuple(round(v) for v in page.get_size()) for page in document]
    finally:
        document.close()
    assert set(sizes) == {(595, 842), (842, 595)}  # A4 portrait and landscape, in points
    t1 = next(i for i, t in enumerate(page_texts) if "收入总计" in t)
    t6 = next(i for i, t in enumerate(page_texts) if "经济科目编码" in t and "人员经费" in t)
    assert sizes[t1] == (842, 595) and sizes[t6] == (595, 842)
    assert not [i for i, t in enumerate(page_texts) if not t.strip()]  # no blank page


@needs_chromium
@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) absent")
def test_fonts_embedded_with_unicode_maps(seed_pdf: Path) -> None:
    listing = subprocess.run(
        ["pdffonts", str(seed_pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        embedded, _subset, unicode = line.split()[-5:-2]
        assert (embedded, unicode) == ("yes", "yes"), line


def test_no_converter_names_the_debian_package(
    seed_layout: Layout, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "_find", lambda names: None)
    with pytest.raises(SystemDependencyError, match="chromium"):
        pdf.html_to_pdf(b"<html><body><table><tr><td>1</td></tr></table></body></html>")
