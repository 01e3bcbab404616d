"""The typed disclosure model: what extraction produces and the audit reads."""

from yusuan.model.amount import Unit, parse_amount
from yusuan.model.disclosure import Disclosure, DocumentKind
from yusuan.model.narrative import NarrativeFigure, NarrativeParagraph, TocEntry
from yusuan.model.performance import Indicator, PerformanceTable
from yusuan.model.tables import AmountCell, Level, Row, StandardTable, TableKind

__all__ = [
    "AmountCell",
    "Disclosure",
    "DocumentKind",
    "Indicator",
    "Level",
    "NarrativeFigure",
    "NarrativeParagraph",
    "PerformanceTable",
    "Row",
    "StandardTable",
    "TableKind",
    "TocEntry",
    "Unit",
    "parse_amount",
]
