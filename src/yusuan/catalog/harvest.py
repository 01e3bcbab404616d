"""Harvest code names from published disclosures.

Every coded row of a disclosure's standard tables is one :class:`Observation`: the code,
the name printed beside it, the fiscal year, the document and the place. The observations
of many documents make the harvested part of the catalog: a name is agreed for a year when
the documents of that year agree, and disagreements are kept (see
:meth:`~yusuan.catalog.catalog.CatalogEntry.agreed_name`).
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, Field

from yusuan.catalog.catalog import (
    Catalog,
    CatalogName,
    Classification,
    NameSource,
    SourceInfo,
)
from yusuan.catalog.codes import (
    coded_rows,
    document_fingerprint,
    document_reference,
    fiscal_year_of,
)
from yusuan.model.disclosure import Disclosure

HARVEST_FORMAT = "yusuan-catalog-harvest/1"


class Observation(BaseModel):
    """One code printed with a name in one document: ``location`` names the table and
    line/page (``表4 财政拨款收支预算总表 第325行``)."""

    classification: Classification
    code: str
    name: str
    fiscal_year: int
    document: str
    location: str


class SkippedDocument(BaseModel):
    """A document harvest could not use, and why (Chinese)."""

    document: str
    reason: str


class HarvestFile(BaseModel):
    """The harvested part of the catalog as stored (``data/harvested.json``)."""

    format: str = HARVEST_FORMAT
    note: str = (
        "Names harvested from the standard tables of published disclosures by "
        "`yusuan catalog build`. Rebuilt, never edited by hand."
    )
    documents: list[SourceInfo] = Field(default_factory=list)
    skipped: list[SkippedDocument] = Field(default_factory=list)
    observations: list[Observation] = Field(default_factory=list)

    def to_catalog(self) -> Catalog:
        """The observations as catalog names, each with its harvested source."""
        catalog = Catalog()
        for info in self.documents:
            catalog.sources[info.id] = info
        for item in self.observations:
            catalog.add(
                item.classification,
                item.code,
                CatalogName(
                    name=item.name,
                    fiscal_year=item.fiscal_year,
                    sources=[
                        NameSource(
                            kind="harvested", reference=item.document, location=item.location
                        )
                    ],
                ),
            )
        return catalog


def observe(doc: Disclosure) -> list[Observation]:
    """Every (code, name) ``doc`` prints in its standard tables, in table then row order.

    Rows without a printed name and malformed codes (not 3, 5 or 7 digits) are left out.
    Returns ``[]`` when the fiscal year cannot be told (see
    :func:`~yusuan.catalog.codes.fiscal_year_of`).
    """
    year = fiscal_year_of(doc)
    if year is None:
        return []
    document = document_reference(doc)
    found: list[Observation] = []
    for coded in coded_rows(doc):
        name = (coded.name or "").strip()
        if not name or len(coded.code) not in (3, 5, 7):
            continue
        found.append(
            Observation(
                classification=coded.classification,
                code=coded.code,
                name=name,
                fiscal_year=year,
                document=document,
                location=coded.place_text(),
            )
        )
    return found


def harvest_file(disclosures: Iterable[Disclosure]) -> HarvestFile:
    """The harvest of ``disclosures`` as stored: one :class:`SourceInfo` per document used,
    the documents skipped (no fiscal year, no coded rows) and every observation."""
    result = HarvestFile()
    for doc in disclosures:
        reference = document_reference(doc)
        year = fiscal_year_of(doc)
        if year is None:
            result.skipped.append(SkippedDocument(document=reference, reason="无法确定预算年度"))
            continue
        observed = observe(doc)
        if not observed:
            result.skipped.append(
                SkippedDocument(document=reference, reason="未识别出带科目编码的标准报表行")
            )
            continue
        result.documents.append(
            SourceInfo(
                id=reference,
                kind="harvested",
                title=doc.title or doc.department or reference,
                fiscal_year=year,
                rows=len(observed),
                coverage=f"从{len(doc.tables)}张标准报表采集{len(observed)}个编码行",
                fingerprint=document_fingerprint(doc),
            )
        )
        result.observations.extend(observed)
    return result


def harvest(disclosures: Iterable[Disclosure]) -> Catalog:
    """A catalog of the names ``disclosures`` print, keyed by classification and code.

    Each name carries one :class:`NameSource` (kind ``harvested``) per place printing it;
    the same code printed with two names in one fiscal year gives two names for that year
    (no agreed name). ``Catalog.sources`` holds one entry per document used.
    """
    return harvest_file(disclosures).to_catalog()
