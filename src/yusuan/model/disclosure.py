"""The whole disclosure: tables, narrative figures, outline, performance targets."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, Field

from yusuan.model.amount import Unit
from yusuan.model.narrative import (
    NarrativeFigure,
    NarrativeParagraph,
    Staff,
    StatedCount,
    StatedFlag,
    TocEntry,
)
from yusuan.model.performance import PerformanceTable
from yusuan.model.tables import StandardTable, TableFamily, TableKind
from yusuan.read.location import SourceLocation


class DocumentKind(StrEnum):
    BUDGET = "budget"  # 部门预算
    FINAL_ACCOUNT = "final"  # 部门决算


@dataclass(slots=True, kw_only=True)
class Heading:
    """A numbered heading of the body (第一部分 …, 一、…, (一) …); a slotted dataclass, as
    :class:`~yusuan.model.narrative.NarrativeFigure` is."""

    text: str
    level: int
    location: SourceLocation


def new_heading(text: str, level: int, location: SourceLocation) -> Heading:
    """``Heading(text=…, level=…, location=…)``."""
    return Heading(text=text, level=level, location=location)


class BasicInfo(BaseModel):
    """The 基本信息表, as label → printed value pairs, plus its amounts.

    ``amounts`` keys are ``income.appropriation`` (财政拨款), ``income.other`` (其他资金),
    ``income.total``, ``expenditure.basic`` (基本支出), ``expenditure.project`` (项目支出),
    ``expenditure.total`` (and ``<section>.<label as printed>`` for other rows); a blank
    amount is left out. ``unit`` is the table's unit line, ``amount_locations`` where each
    amount is printed.
    """

    fields: dict[str, str] = Field(default_factory=dict)
    amounts: dict[str, Decimal] = Field(default_factory=dict)
    unit: Unit | None = None
    amount_locations: dict[str, SourceLocation] = Field(default_factory=dict)
    location: SourceLocation


class UnrecognisedBlock(BaseModel):
    """A table or block extraction kept but could not map (never silently dropped)."""

    kind: str
    title: str | None = None
    reason: str
    location: SourceLocation


class Disclosure(BaseModel):
    """A department budget (or final-account) disclosure.

    ``tables`` holds the recognised standard tables by kind; a missing kind means the
    document does not have that table (the audit reports it). Amounts are in each table's
    own ``unit``; narrative figures carry theirs.
    """

    source: str
    format: str
    title: str | None = None
    department: str | None = None
    fiscal_year: int | None = None
    kind: DocumentKind = DocumentKind.BUDGET
    unit: Unit | None = None
    family: TableFamily | None = None  # the table set it prints (None: not determined)
    tables: dict[TableKind, StandardTable] = Field(default_factory=dict)
    toc: list[TocEntry] = Field(default_factory=list)
    headings: list[Heading] = Field(default_factory=list)
    narrative: list[NarrativeFigure] = Field(default_factory=list)
    paragraphs: list[NarrativeParagraph] = Field(default_factory=list)
    counts: list[StatedCount] = Field(default_factory=list)
    flags: list[StatedFlag] = Field(default_factory=list)
    staff: Staff | None = None
    basic_info: BasicInfo | None = None
    performance: list[PerformanceTable] = Field(default_factory=list)
    unrecognised: list[UnrecognisedBlock] = Field(default_factory=list)

    def table(self, kind: TableKind) -> StandardTable | None:
        return self.tables.get(kind)

    def figures(self, key: str) -> list[NarrativeFigure]:
        return [f for f in self.narrative if f.key == key]

    def has_flag(self, key: str) -> StatedFlag | None:
        return next((f for f in self.flags if f.key == key), None)

    def count(self, key: str) -> StatedCount | None:
        return next((c for c in self.counts if c.key == key), None)

    @property
    def overall_performance(self) -> PerformanceTable | None:
        return next((p for p in self.performance if p.scope == "overall"), None)

    @property
    def project_performance(self) -> list[PerformanceTable]:
        return [p for p in self.performance if p.scope == "project"]
