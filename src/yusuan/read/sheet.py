"""What the XLSX and XLS readers share: a sheet's displayed text, and its layout as blocks.

A published budget sheet usually holds one table, sometimes several, each under a few
lines of caption: the table number (``表6``), the title (``2020年一般公共预算基本支出表``), the
unit (``单位：万元``), sometimes the department (``部门：…``). The readers turn a sheet into a
:class:`SheetGrid` of displayed texts (hidden rows and columns already left out, merged
cells already copied); :func:`sheet_blocks` splits it into caption paragraphs and tables.

Numbers are rendered as the sheet displays them (:func:`render_number`): ``77`` under the
format ``0.00`` is ``77.00``, a formula's cached ``343.64000000000004`` is ``343.64``; the
conversion goes through ``Decimal(str(value))``, never float arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from yusuan.read.document import Block, Cell, Paragraph, Table
from yusuan.read.location import SourceLocation

# A caption line: the unit, the department, the table number, a table title.
_CAPTION = re.compile(
    r"^(?:(?:金额|计量)?单位\s*[:：]|(?:编制|填报|预算)?(?:部门|单位)(?:名称)?\s*[:：]"
    r"|(?:部门)?(?:预算|决算)?(?:公开)?表\s*[0-9一二三四五六七八九十]+(?:[-－.．][0-9]+)?\s*$)"
)
_TITLE = re.compile(r"^.{2,60}表(?:\s*[（(].*[)）])?$")
_NOTE = re.compile(r"^(?:注|说明|备注)\s*\d*\s*[:：.．、]")


@dataclass(frozen=True)
class SheetCell:
    """One visible grid position of a sheet: displayed ``text``, ``ref`` such as ``C12``,
    ``spanned`` for a copy of a merged cell's text."""

    text: str
    ref: str
    spanned: bool = False


@dataclass(frozen=True)
class SheetGrid:
    """A sheet's visible rows (each the same width), as displayed."""

    name: str
    rows: list[list[SheetCell]]


def column_letter(index: int) -> str:
    """Spreadsheet column name of 0-based ``index``: 0 -> ``A``, 27 -> ``AB``."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# --- displayed text ---------------------------------------------------------------------


def render_value(value: object, number_format: str | None) -> str:
    """The text a spreadsheet shows for a cell ``value`` under ``number_format``.

    Strings are returned as stored (the caller cleans them); numbers go through
    :func:`render_number`; dates are ISO (``2020-01-01``); ``None`` is ``""``.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal):
        return render_number(value, number_format)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def render_number(value: int | float | Decimal, number_format: str | None) -> str:
    """``value`` as displayed under an Excel ``number_format``.

    Handles what budget sheets use: ``General``, fixed decimals (``0.00``), thousands
    separators (``#,##0.00``), percentages, literal prefixes/suffixes, and the sections
    ``positive;negative;zero`` (so the accounting format shows zero as ``-`` and a
    ``(#,##0.00)`` negative section shows parentheses). Other formats (scientific,
    conditions, fractions) fall back to ``General``.
    """
    number = _decimal(value)
    if number is None:
        return str(value)
    sections = _split_sections(number_format or "")
    if not sections or sections[0].strip().lower() in {"", "general", "@"}:
        return _general(number)
    section = sections[0]
    signed = number < 0
    if number < 0 and len(sections) >= 2:
        section, signed = sections[1], False
    elif number == 0 and len(sections) >= 3:
        section = sections[2]
    rendered = _render_section(abs(number), section)
    if rendered is None:
        return _general(number)
    if signed and any(ch != "0" for ch in rendered if ch.isdigit()):
        rendered = "-" + rendered
    return rendered


def _decimal(value: int | float | Decimal) -> Decimal | None:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _general(number: Decimal) -> str:
    """Excel's ``General``: at most 15 significant digits, no trailing zeros."""
    rounded = Decimal(format(number, ".15g"))
    text = format(rounded.normalize(), "f")
    return "0" if text in {"-0", ""} else text


def _split_sections(number_format: str) -> list[str]:
    sections: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in number_format:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            sections.append("".join(current))
            current = []
            continue
        current.append(char)
    sections.append("".join(current))
    return sections


def _render_section(number: Decimal, section: str) -> str | None:
    """Render a non-negative ``number`` with one format section; ``None`` if unsupported."""
    tokens: list[tuple[str, str]] = []  # ("lit", text) or ("num", placeholder)
    index = 0
    while index < len(section):
        char = section[index]
        if char == '"':
            end = section.find('"', index + 1)
            end = len(section) if end < 0 else end
            tokens.append(("lit", section[index + 1 : end]))
            index = end + 1
            continue
        if char == "\\" and index + 1 < len(section):
            tokens.append(("lit", section[index + 1]))
            index += 2
            continue
        if char in "_*":  # padding and fill take the next character, show nothing
            index += 2
            continue
        if char == "[":
            end = section.find("]", index)
            if end < 0 or section[index + 1 : end][:1] in "<>=":
                return None  # conditional sections are not supported
            index = end + 1
            continue
        if char in "Ee/" or char.lower() in "ymdhs":
            return None
        tokens.append(("num", char) if char in "0#?.,%" else ("lit", char))
        index += 1
    placeholders = [i for i, (kind, _) in enumerate(tokens) if kind == "num"]
    digits = [i for i in placeholders if tokens[i][1] in "0#?"]
    if not digits:
        return "".join(text for kind, text in tokens if kind == "lit" or text == "%").strip()
    first, last = placeholders[0], placeholders[-1]
    pattern = "".join(text for kind, text in tokens[first : last + 1] if kind == "num")
    prefix = "".join(text for _, text in tokens[:first])
    suffix = "".join(text for _, text in tokens[last + 1 :])
    if "%" in pattern:
        number *= 100
        suffix = "%" * pattern.count("%") + suffix
        pattern = pattern.replace("%", "")
    integer_part, _, fraction_part = pattern.partition(".")
    grouped = "," in integer_part.rstrip(",")
    for _ in range(len(integer_part) - len(integer_part.rstrip(","))):
        number /= 1000  # trailing commas scale by thousands
    integer_part = integer_part.replace(",", "")
    fraction_part = fraction_part.replace(",", "")
    shown = _fixed(number, integer_part, fraction_part, grouped)
    return f"{prefix}{shown}{suffix}".strip()


def _fixed(number: Decimal, integer_part: str, fraction_part: str, grouped: bool) -> str:
    most = len(fraction_part)
    least = fraction_part.count("0")
    rounded = number.quantize(Decimal(1).scaleb(-most), rounding=ROUND_HALF_UP)
    whole, _, fraction = format(rounded, "f").partition(".")
    while len(fraction) > least and fraction.endswith("0"):
        fraction = fraction[:-1]
    if whole == "0" and "0" not in integer_part:
        whole = ""
    else:
        whole = whole.rjust(integer_part.count("0"), "0")
        if grouped:
            whole = f"{int(whole):,}"
    return f"{whole}.{fraction}" if fraction else whole


# --- layout -------------------------------------------------------------------------------


def _origins(row: list[SheetCell]) -> list[SheetCell]:
    """The non-empty cells a row really holds (copies of merged cells left out)."""
    return [cell for cell in row if cell.text and not cell.spanned]


def _is_caption(row: list[SheetCell]) -> bool:
    origins = _origins(row)
    return len(origins) == 1 or any(_CAPTION.match(cell.text) for cell in origins)


def _is_heading_line(row: list[SheetCell]) -> bool:
    """A caption that starts a new table when it follows a table (title, unit, table number)."""
    origins = _origins(row)
    return any(_CAPTION.match(cell.text) or _TITLE.match(cell.text) for cell in origins)


def _is_note(row: list[SheetCell]) -> bool:
    origins = _origins(row)
    return len(origins) == 1 and bool(_NOTE.match(origins[0].text))


def sheet_blocks(grid: SheetGrid, source: str) -> list[Block]:
    """Split a sheet into blocks: caption lines become one :class:`Paragraph` per non-empty
    cell, each run of table rows one :class:`Table` trimmed to the columns it uses.

    A table starts at the first row holding two or more cells that is not a caption (unit,
    department, table number); it ends at a note line (``注：``), at a caption or title line,
    or at blank rows followed by a line of text. Blank rows inside a table are dropped.
    Locations carry ``sheet`` and the cell reference (``C12``; a table: its top-left cell).
    """
    blocks: list[Block] = []
    table: list[list[SheetCell]] = []

    def paragraphs(row: list[SheetCell]) -> None:
        for cell in _origins(row):
            blocks.append(Paragraph(text=cell.text, location=_at(grid, source, cell)))

    def close() -> None:
        if table:
            blocks.append(_table(grid, source, table))
            table.clear()

    rows = grid.rows
    for index, row in enumerate(rows):
        if not _origins(row):
            if table and _next_starts_text(rows, index):
                close()
            continue
        if not table:
            if _is_caption(row):
                paragraphs(row)
            else:
                table.append(row)
            continue
        if _is_note(row) or (_is_heading_line(row) and _is_caption(row)):
            close()
            paragraphs(row)
            continue
        table.append(row)
    close()
    return blocks


def _next_starts_text(rows: list[list[SheetCell]], index: int) -> bool:
    for row in rows[index + 1 :]:
        if _origins(row):
            return _is_caption(row)
    return True


def _at(grid: SheetGrid, source: str, cell: SheetCell) -> SourceLocation:
    return SourceLocation(file=source, sheet=grid.name, cell=cell.ref)


def _table(grid: SheetGrid, source: str, rows: list[list[SheetCell]]) -> Table:
    used = [i for row in rows for i, cell in enumerate(row) if cell.text]
    start, stop = min(used), max(used) + 1
    cells = [
        [
            Cell(text=cell.text, spanned=cell.spanned, location=_at(grid, source, cell))
            for cell in row[start:stop]
        ]
        for row in rows
    ]
    return Table(rows=cells, location=cells[0][0].location)
