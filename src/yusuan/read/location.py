"""Where a piece of a published document sits in its source file."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, ConfigDict

from yusuan.trusted import trusted


class SourceLocation(BaseModel):
    """A place in the source file.

    Text readers fill ``line`` (1-based); PDF readers ``page`` (1-based) and ``bbox``
    (x0, top, x1, bottom in PDF points); spreadsheet readers ``sheet`` and ``cell`` (``C12``);
    Word readers ``table`` (1-based table number) and ``row`` (1-based), and ``paragraph``
    (1-based number of a paragraph outside tables) for text.
    """

    model_config = ConfigDict(frozen=True)

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


# hot path: readers build one location per source line from values they computed themselves
# (a ``str`` file, an ``int`` line); skipping re-validation halves the cost of each
_FIELD_DEFAULTS: dict[str, object] = {
    name: field.default for name, field in SourceLocation.model_fields.items()
}


def line_locator(file: str) -> Callable[[int], SourceLocation]:
    """``line → SourceLocation(file=file, line=line)`` without re-validation, for a reader
    building one location per line: each call copies a ``__dict__`` prepared once for the
    file (cheaper than building it); the fields set is ``{file, line}``, as validation gives.
    The caller guarantees ``line`` is an ``int``; nothing is checked."""
    template = {**_FIELD_DEFAULTS, "file": file, "line": 0}
    # one fields-set for the file's locations: pydantic never changes it in place on a frozen
    # model (``model_copy`` copies it before an update)
    fields_set = {"file", "line"}

    def locate(line: int) -> SourceLocation:
        fields = template.copy()
        fields["line"] = line
        return trusted(SourceLocation, fields, fields_set)

    return locate
