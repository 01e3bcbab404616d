"""A finding: one problem a rule found, as data; its Chinese text is derived."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, Field

from yusuan.model.amount import Unit
from yusuan.read.location import SourceLocation


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
