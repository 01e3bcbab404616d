"""A finding: one problem a rule found, as data; its Chinese text is derived."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from yusuan.model.amount import Unit
from yusuan.read.location import SourceLocation
from yusuan.trusted import all_given, trusted


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "info": "提示"}[self.value]

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


class Place(BaseModel):
    """Where in the disclosure a finding points.

    For a table amount: ``table`` (``表6 一般公共预算基本支出表``), ``row`` (``30101 基本工资``
    or ``合计``) and ``column`` (``人员经费``); for narrative: ``sentence``. ``source`` is the
    place in the file (line, page + bbox, sheet!cell).
    """

    table: str | None = None
    row: str | None = None
    column: str | None = None
    sentence: str | None = None
    source: SourceLocation | None = None

    def describe(self) -> str:
        parts = [p for p in (self.table, self.row, self.column) if p]
        where = " / ".join(parts) if parts else "说明"
        if self.source is not None:
            src = self.source.describe()
            if src:
                where += f"（{src}）"
        return where


Value = Decimal | str | int


class Finding(BaseModel):
    """One problem found by one rule.

    ``expected`` is what the identity requires, ``found`` what the document prints and
    ``difference`` = found − expected for amounts, all in the document's unit and printed
    precision. ``rounding`` is true when the difference is within the documented rounding
    tolerance (such findings are always severity ``info``).
    """

    code: str
    severity: Severity
    title: str
    message: str
    place: Place
    expected: Value | None = None
    found: Value | None = None
    difference: Decimal | None = None
    unit: Unit | None = None
    rounding: bool = False
    related: list[Place] = Field(default_factory=list)


# Rules build findings from values they computed themselves, already of the field types
# (checked by mypy); these build the same instances without running pydantic's validation
# (see yusuan.trusted).
_PLAIN_VALUES = (Decimal, str, int, type(None))


def new_place(
    *,
    table: str | None = None,
    row: str | None = None,
    column: str | None = None,
    sentence: str | None = None,
    source: SourceLocation | None = None,
) -> Place:
    """``Place(table=…, row=…, column=…, sentence=…, source=…)`` without validation; the
    fields given a value (not ``None``) count as set."""
    # hot path: ~100 places per document; plain tests beat a comprehension over the fields
    given = set()
    if table is not None:
        given.add("table")
    if row is not None:
        given.add("row")
    if column is not None:
        given.add("column")
    if sentence is not None:
        given.add("sentence")
    if source is not None:
        given.add("source")
    fields = {"table": table, "row": row, "column": column, "sentence": sentence, "source": source}
    return trusted(Place, fields, given)


def new_finding(
    code: str,
    severity: Severity,
    title: str,
    message: str,
    place: Place,
    *,
    expected: Value | None = None,
    found: Value | None = None,
    difference: Decimal | None = None,
    unit: Unit | None = None,
    rounding: bool = False,
    related: list[Place],
) -> Finding:
    """``Finding(…)`` of these values, without validation when ``expected`` and ``found``
    are plain :data:`Value` (not a subclass such as ``bool``, which pydantic converts)."""
    fields: dict[str, Any] = {
        "code": code,
        "severity": severity,
        "title": title,
        "message": message,
        "place": place,
        "expected": expected,
        "found": found,
        "difference": difference,
        "unit": unit,
        "rounding": rounding,
        "related": related,
    }
    if type(expected) not in _PLAIN_VALUES or type(found) not in _PLAIN_VALUES:
        return Finding(**fields)
    return all_given(Finding, fields)
