"""What each extractor returns: its part of the model plus the table blocks it used."""

from __future__ import annotations

from dataclasses import dataclass, field

from yusuan.model.amount import Unit
from yusuan.model.disclosure import BasicInfo, Heading, UnrecognisedBlock
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


@dataclass
class TablesResult:
    """Standard tables found; ``claimed`` holds indexes into ``Document.blocks`` of the table
    blocks (and title/unit paragraphs) they were built from."""

    tables: dict[TableKind, StandardTable] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)
    unit: Unit | None = None
    unrecognised: list[UnrecognisedBlock] = field(default_factory=list)
    family: TableFamily = TableFamily.NATIONAL


@dataclass
class PerformanceResult:
    tables: list[PerformanceTable] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)


@dataclass
class BasicInfoResult:
    info: BasicInfo | None = None
    claimed: set[int] = field(default_factory=set)


@dataclass
class NarrativeResult:
    title: str | None = None
    department: str | None = None
    fiscal_year: int | None = None
    is_final_account: bool = False
    toc: list[TocEntry] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    figures: list[NarrativeFigure] = field(default_factory=list)
    paragraphs: list[NarrativeParagraph] = field(default_factory=list)
    counts: list[StatedCount] = field(default_factory=list)
    flags: list[StatedFlag] = field(default_factory=list)
    staff: Staff | None = None
