"""The same T6 table published as DOCX, XLSX, XLS and HTML reads as the same grid."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.read.test_docx_reader import T6_SPANNED, T6_TEXTS, build_t6_docx
from tests.read.test_html_reader import build_t6_html
from tests.read.test_xlsx_reader import build_t6_xlsx
from yusuan.read import Paragraph, read_document


def _build_xls(path: Path) -> Path:
    if importlib.util.find_spec("xlwt") is None:
        pytest.skip("xlwt (test-only) is needed to write the XLS fixture")
    from tests.read.test_xls_reader import build_t6_xls

    return build_t6_xls(path)


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "docx": build_t6_docx,
    "xlsx": build_t6_xlsx,
    "xls": _build_xls,
    "html": build_t6_html,
}


@pytest.mark.parametrize("file_format", sorted(BUILDERS))
def test_t6_grid_is_the_same_in_every_format(tmp_path: Path, file_format: str) -> None:
    path = BUILDERS[file_format](tmp_path / f"t6.{file_format}")
    document = read_document(path)
    assert document.format == file_format
    [table] = document.tables()
    assert table.texts() == T6_TEXTS
    assert [[cell.spanned for cell in row] for row in table.rows] == T6_SPANNED
    # Every format keeps the unit line as a paragraph before the table.
    before = document.blocks[: document.blocks.index(table)]
    assert "单位：万元" in [block.text for block in before if isinstance(block, Paragraph)]
