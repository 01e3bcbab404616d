"""What the catalog covers: codes per classification, fiscal year and level; its sources;
the codes whose names disagree. ``yusuan catalog`` prints this (and its JSON twin)."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, Field

from yusuan.catalog.catalog import Catalog, CatalogName, Classification, SourceInfo

LEVELS = ("类", "款", "项")


class CoverageCount(BaseModel):
    """How many codes of one classification, year and level the catalog names; ``agreed``
    of them have an agreed name, ``disagreeing`` have more than one name."""

    classification: Classification
    fiscal_year: int
    level: str
    codes: int
    agreed: int
    disagreeing: int


class SourceUse(BaseModel):
    """A source and how many names (code × year) it gives."""

    source: SourceInfo
    names: int


class Disagreement(BaseModel):
    """A code with more than one name in one fiscal year, each with its sources."""

    classification: Classification
    code: str
    fiscal_year: int
    agreed: str | None
    names: list[CatalogName]


class Coverage(BaseModel):
    counts: list[CoverageCount] = Field(default_factory=list)
    sources: list[SourceUse] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)


def coverage(
    catalog: Catalog,
    *,
    fiscal_year: int | None = None,
    classification: Classification | None = None,
) -> Coverage:
    """Coverage of ``catalog``, optionally limited to one year and/or classification.

    Counts are sorted by classification (function first), year, level; disagreements by
    classification, year, code.
    """
    totals: Counter[tuple[Classification, int, str]] = Counter()
    agreed: Counter[tuple[Classification, int, str]] = Counter()
    disagreeing: Counter[tuple[Classification, int, str]] = Counter()
    uses: Counter[str] = Counter()
    result = Coverage()
    for entry in catalog.entries.values():
        if classification is not None and entry.classification != classification:
            continue
        level = entry.level or "其他"
        years = sorted({n.fiscal_year for n in entry.names})
        for year in years:
            if fiscal_year is not None and year != fiscal_year:
                continue
            key: tuple[Classification, int, str] = (entry.classification, year, level)
            totals[key] += 1
            names = entry.names_in(year)
            for name in names:
                for reference in {s.reference for s in name.sources}:
                    uses[reference] += 1
            common = entry.agreed_name(year)
            if common is not None:
                agreed[key] += 1
            if entry.disagrees(year):
                disagreeing[key] += 1
                result.disagreements.append(
                    Disagreement(
                        classification=entry.classification,
                        code=entry.code,
                        fiscal_year=year,
                        agreed=common.name if common else None,
                        names=names,
                    )
                )
    order = {"function": 0, "economic": 1}
    for key in sorted(
        totals,
        key=lambda k: (order[k[0]], k[1], LEVELS.index(k[2]) if k[2] in LEVELS else 9),
    ):
        result.counts.append(
            CoverageCount(
                classification=key[0],
                fiscal_year=key[1],
                level=key[2],
                codes=totals[key],
                agreed=agreed[key],
                disagreeing=disagreeing[key],
            )
        )
    result.disagreements.sort(key=lambda d: (order[d.classification], d.fiscal_year, d.code))
    for reference, count in sorted(uses.items()):
        info = catalog.sources.get(reference) or SourceInfo(
            id=reference, kind="harvested", title=reference
        )
        if fiscal_year is not None and info.fiscal_year not in (None, fiscal_year):
            continue
        result.sources.append(SourceUse(source=info, names=count))
    return result
