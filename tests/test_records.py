"""``yusuan.records``: immutable records are type-checked as frozen, cheap at run time."""

from __future__ import annotations

from pathlib import Path

from mypy import api

from yusuan.read.document import Paragraph
from yusuan.read.location import SourceLocation

_ASSIGNS_A_FIELD = """
from yusuan.read.location import SourceLocation

where = SourceLocation("seed.txt", 371)
where.line = 372
"""


def test_assigning_a_field_is_a_type_error(tmp_path: Path) -> None:
    snippet = tmp_path / "assigns.py"
    snippet.write_text(_ASSIGNS_A_FIELD, encoding="utf-8")
    out, _, status = api.run(["--strict", "--no-incremental", str(snippet)])
    assert status == 1
    assert 'Property "line" defined in "SourceLocation" is read-only' in out


def test_cells_are_records_too(tmp_path: Path) -> None:
    snippet = tmp_path / "assigns.py"
    snippet.write_text(
        "from yusuan.read.document import Cell\n"
        "from yusuan.read.location import SourceLocation\n"
        'Cell("46.51", SourceLocation("seed.txt", 371)).text = "0"\n',
        encoding="utf-8",
    )
    out, _, status = api.run(["--strict", "--no-incremental", str(snippet)])
    assert status == 1 and 'Property "text" defined in "Cell" is read-only' in out


def test_records_compare_and_hash_by_value() -> None:
    where = SourceLocation("seed.txt", 371)
    assert where == SourceLocation(file="seed.txt", line=371)
    assert hash(where) == hash(SourceLocation("seed.txt", 371))
    assert where != SourceLocation("seed.txt", 372)
    assert {Paragraph("正文", where), Paragraph("正文", where)} == {Paragraph("正文", where)}
    assert not hasattr(where, "__dict__")  # slotted
