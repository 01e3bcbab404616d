"""Unruled tables: text laid out in aligned columns without ruling lines.

The PDFs are generated here with pypdfium2 (Helvetica text placed at known positions), so
the expected cells are the strings written, and the layout is known exactly.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from yusuan.read import Paragraph, Table, read_document
from yusuan.read.pdf_columns import is_amount

_SIZE = 10.0
#: Helvetica advance widths (per 1000 units of the font size) of the characters used.
_WIDTHS = {**dict.fromkeys("0123456789", 556), ",": 278, ".": 278}


def _width(text: str) -> float:
    return sum(_WIDTHS.get(char, 556) for char in text) * _SIZE / 1000


Rule = tuple[float, float, float, float]
PageSpec = tuple[list[tuple[str, float, float]], list[Rule]]


def write_pdf(
    path: Path,
    texts: list[tuple[str, float, float]],
    size: tuple[float, float] = (595, 842),
    rules: list[Rule] | None = None,
) -> None:
    """One page (A4 unless ``size`` says otherwise) with ``(text, x, y)`` Helvetica strings,
    ``y`` from the bottom (``x < 0``: the text's right edge is at ``-x``), and ruling lines
    ``(x0, y0, x1, y1)``."""
    write_pages(path, [(texts, rules or [])], size)


def write_pages(path: Path, pages: list[PageSpec], size: tuple[float, float] = (595, 842)) -> None:
    """Several pages, each given as ``(texts, rules)`` as in :func:`write_pdf`."""
    document = pdfium.PdfDocument.new()
    for texts, rules in pages:
        page = document.new_page(*size)
        for x0, y0, x1, y1 in rules:
            path_obj = pdfium_c.FPDFPageObj_CreateNewPath(x0, y0)
            pdfium_c.FPDFPath_LineTo(path_obj, x1, y1)
            pdfium_c.FPDFPageObj_SetStrokeColor(path_obj, 0, 0, 0, 255)
            pdfium_c.FPDFPageObj_SetStrokeWidth(path_obj, 0.5)
            pdfium_c.FPDFPath_SetDrawMode(path_obj, 0, 1)
            pdfium_c.FPDFPage_InsertObject(page.raw, path_obj)
        for text, x, y in texts:
            obj = pdfium_c.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", _SIZE)
            wide = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(obj, ctypes.cast(wide, ctypes.POINTER(ctypes.c_ushort)))
            left = -x - _width(text) if x < 0 else x
            pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, left, y)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    document.save(str(path))


# code (left at 72), item (left at 130), budget (right at 400), actual (right at 500)
_ROWS = [
    ("301", "Wages and benefits", "13,747.87", "13,500.00"),
    ("30101", "Basic salary", "2,679.68", "2,679.68"),
    ("30108", "Pension insurance", "1,326.81", "1,300.00"),
    ("302", "Goods and services", "3,407.38", "0"),
]


def _page(tmp_path: Path) -> Path:
    texts: list[tuple[str, float, float]] = [
        ("Table 6 Basic expenditure", 72, 760),
        ("Code", 72, 720),
        ("Item", 130, 720),
    ]
    texts += [("Budget", -400, 720), ("Actual", -500, 720)]
    for number, (code, item, budget, actual) in enumerate(_ROWS):
        y = 700 - 18 * number
        texts += [(code, 72, y), (item, 130, y), (budget, -400, y), (actual, -500, y)]
    texts.append(("The figures above are in ten thousand yuan.", 72, 600))
    path = tmp_path / "unruled.pdf"
    write_pdf(path, texts)
    return path


def test_aligned_columns_become_a_table(tmp_path: Path) -> None:
    document = read_document(_page(tmp_path))
    [table] = document.tables()
    assert table.texts() == [["Code", "Item", "Budget", "Actual"], *map(list, _ROWS)]
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)] == [
        "Table 6 Basic expenditure",
        "The figures above are in ten thousand yuan.",
    ]
    assert isinstance(document.blocks[1], Table)  # between the title and the note
    x0, top, x1, bottom = table.rows[3][2].location.bbox or (0, 0, 0, 0)
    assert x0 < 400 - _width("1,326.81") and x1 >= 400  # the amount lies inside its cell
    assert bottom > 842 - 700 + 2 * 18 - _SIZE and top < 842 - 700 + 2 * 18


def test_two_column_lines_without_amounts_stay_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "letterhead.pdf"
    write_pdf(
        path,
        [
            ("Name", 72, 700),
            ("Court", 300, 700),
            ("Phone", 72, 682),
            ("12", 300, 682),
            ("Room", 72, 664),
            ("5", 300, 664),
        ],
    )
    document = read_document(path)
    assert document.tables() == []
    texts = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert texts == ["Name", "Court", "Phone", "12", "Room", "5"]


def test_is_amount() -> None:
    assert is_amount("1,326.81") and is_amount("0") and is_amount("-12.5") and is_amount("3.2%")
    assert not is_amount("30108a") and not is_amount("1,32,6") and not is_amount("合计")


def test_rows_outside_the_ruled_box_join_the_table(tmp_path: Path) -> None:
    # A ruled 3-column table (x 60|120|420|520) from y 780 down to 700; the page break left
    # the row "30108 | Pension insurance | 1,326.81" above its top rule, at the page top,
    # and the row "302 | Goods and services | 3,407.38" below the bottom rule.
    xs, ys = [60.0, 120.0, 420.0, 520.0], [780.0, 760.0, 740.0, 720.0, 700.0]
    rules = [(xs[0], y, xs[-1], y) for y in ys] + [(x, ys[0], x, ys[-1]) for x in xs]
    texts: list[tuple[str, float, float]] = [
        ("30108", 64, 786), ("Pension insurance", 124, 786), ("1,326.81", -516, 786),
        ("30109", 64, 766), ("Annuity", 124, 766), ("530.72", -516, 766),
        ("30112", 64, 746), ("Other insurance", 124, 746), ("74.56", -516, 746),
        ("30113", 64, 726), ("Housing fund", 124, 726), ("1,398.26", -516, 726),
        ("30114", 64, 706), ("Medical", 124, 706), ("331.32", -516, 706),
        ("302", 64, 686), ("Goods and services", 124, 686), ("3,407.38", -516, 686),
    ]  # fmt: skip
    path = tmp_path / "cut.pdf"
    write_pdf(path, texts, rules=rules)
    document = read_document(path)
    [table] = document.tables()
    assert table.texts() == [
        ["30108", "Pension insurance", "1,326.81"],
        ["30109", "Annuity", "530.72"],
        ["30112", "Other insurance", "74.56"],
        ["30113", "Housing fund", "1,398.26"],
        ["30114", "Medical", "331.32"],
        ["302", "Goods and services", "3,407.38"],
    ]
    assert [b for b in document.blocks if isinstance(b, Paragraph)] == []


def _ruled_page(title: str, rows: list[tuple[str, str]], top: float) -> PageSpec:
    """A title line and a ruled 2-column table (x 60|300|500) of ``rows`` from ``top`` down."""
    ys = [top - 20 * i for i in range(len(rows) + 1)]
    rules = [(60.0, y, 500.0, y) for y in ys] + [(x, ys[0], x, ys[-1]) for x in (60, 300, 500)]
    texts: list[tuple[str, float, float]] = [(title, 60, top + 20)]
    for (label, amount), y in zip(rows, ys[1:], strict=True):
        texts += [(label, 64, y + 6), (amount, -496, y + 6)]
    return texts, rules


def test_continuation_repeating_title_and_header_is_joined(tmp_path: Path) -> None:
    header = ("Item", "Amount")
    first = _ruled_page("Table 1 Summary", [header, ("Wages", "13,747.87")], top=200)
    second = _ruled_page("Table 1 Summary", [header, ("Pension", "1,326.81")], top=780)
    path = tmp_path / "repeated.pdf"
    write_pages(path, [first, second])
    document = read_document(path)
    [table] = document.tables()
    assert table.texts() == [["Item", "Amount"], ["Wages", "13,747.87"], ["Pension", "1,326.81"]]
    assert [row[0].location.page for row in table.rows] == [1, 1, 2]
    assert [b.text for b in document.blocks if isinstance(b, Paragraph)] == ["Table 1 Summary"]


def test_next_table_with_another_title_is_not_joined(tmp_path: Path) -> None:
    header = ("Item", "Amount")
    first = _ruled_page("Table 1 Summary", [header, ("Wages", "13,747.87")], top=200)
    second = _ruled_page("Table 2 Income", [header, ("Grants", "1,326.81")], top=780)
    path = tmp_path / "two.pdf"
    write_pages(path, [first, second])
    document = read_document(path)
    assert len(document.tables()) == 2
