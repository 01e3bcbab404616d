"""Build a :class:`Disclosure` from a read :class:`Document`."""

from __future__ import annotations

from pathlib import PurePath

from yusuan.extract.basic_info import extract_basic_info
from yusuan.extract.fiscal_year import infer_fiscal_year
from yusuan.extract.narrative import extract_narrative
from yusuan.extract.performance import extract_performance
from yusuan.extract.tables import extract_standard_tables
from yusuan.model.disclosure import Disclosure, DocumentKind, UnrecognisedBlock
from yusuan.read.document import Document, Table


def extract(document: Document) -> Disclosure:
    """Recognise everything yusuan knows in ``document``.

    Tables that no extractor claims are kept as :class:`UnrecognisedBlock` entries, never
    dropped. Never raises for content: what is missing is left for the audit to report.
    """
    tables = extract_standard_tables(document)
    claimed = set(tables.claimed)
    performance = extract_performance(document, skip=claimed)
    claimed |= performance.claimed
    basic = extract_basic_info(document, skip=claimed)
    claimed |= basic.claimed
    narrative = extract_narrative(document)

    unrecognised = list(tables.unrecognised)
    for index, block in enumerate(document.blocks):
        if isinstance(block, Table) and index not in claimed:
            first = next((c.text for row in block.rows for c in row if c.text), None)
            unrecognised.append(
                UnrecognisedBlock(
                    kind="table",
                    title=first,
                    reason="未能识别为标准报表、绩效目标表或基本信息表",
                    location=block.location,
                )
            )
    return Disclosure(
        source=document.path,
        format=document.format,
        title=narrative.title,
        department=narrative.department,
        fiscal_year=infer_fiscal_year(
            narrative.fiscal_year,
            (t.title for t in tables.tables.values()),
            narrative.title,
            PurePath(document.path).name,
        ),
        kind=DocumentKind.FINAL_ACCOUNT if narrative.is_final_account else DocumentKind.BUDGET,
        unit=tables.unit,
        family=tables.family,
        tables=tables.tables,
        toc=narrative.toc,
        headings=narrative.headings,
        narrative=narrative.figures,
        paragraphs=narrative.paragraphs,
        counts=narrative.counts,
        flags=narrative.flags,
        staff=narrative.staff,
        basic_info=basic.info,
        performance=performance.tables,
        unrecognised=unrecognised,
    )
