"""Where a piece of a published document sits in its source file."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from yusuan.records import immutable_record


@immutable_record
class SourceLocation:
    """A place in the source file.

    Text readers fill ``line`` (1-based); PDF readers ``page`` (1-based) and ``bbox``
    (x0, top, x1, bottom in PDF points); spreadsheet readers ``sheet`` and ``cell`` (``C12``);
    Word readers ``table`` (1-based table number) and ``row`` (1-based), and ``paragraph``
    (1-based number of a paragraph outside tables) for text.

    An immutable record (see :mod:`yusuan.records`): a reader builds one per source line.
    """

    file: str
    line: int | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    sheet: str | None = None
    cell: str | None = None
    table: int | None = None
    row: int | None = None
    paragraph: int | None = None

    def describe(self) -> str:
        """Short human-readable place, in Chinese: ``第12行``, ``第3页``, ``表6!C12``."""
        parts: list[str] = []
        if self.page is not None:
            parts.append(f"第{self.page}页")
        if self.sheet is not None:
            parts.append(f"{self.sheet}!{self.cell}" if self.cell else self.sheet)
        if self.table is not None:
            parts.append(f"第{self.table}个表格")
        if self.row is not None:
            parts.append(f"第{self.row}行")
        if self.line is not None:
            parts.append(f"第{self.line}行")
        if self.paragraph is not None:
            parts.append(f"第{self.paragraph}段")
        return " ".join(parts)


def line_locator(file: str) -> Callable[[int], SourceLocation]:
    """``line → SourceLocation(file, line)``, for a reader building one location per line."""
    return partial(SourceLocation, file)
