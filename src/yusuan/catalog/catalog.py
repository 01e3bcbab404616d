"""The classification catalog: codes, names by fiscal year, and where each name came from.

Interface used by the audit (the loader and harvest live beside it). Every name carries its
sources: an official partial list (``official``) or harvested from a published disclosure
(``harvested``: document, fiscal year, location). A name is *agreed* for a year when every
source of that year gives the same name; disagreements are kept, not resolved.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

Classification = Literal["function", "economic"]
"""``function`` = 支出功能分类; ``economic`` = 部门预算支出经济分类 (301…399)."""


class NameSource(BaseModel):
    """One source of a code's name: ``kind`` official list or harvested document."""

    kind: Literal["official", "harvested"]
    reference: str
    location: str | None = None


class CatalogName(BaseModel):
    """A name a code had in one fiscal year, with every source that gives it."""

    name: str
    fiscal_year: int
    sources: list[NameSource] = Field(default_factory=list)


class CatalogEntry(BaseModel):
    """A code of one classification, with all names seen for it, per fiscal year."""

    code: str
    classification: Classification
    names: list[CatalogName] = Field(default_factory=list)

    def names_in(self, fiscal_year: int) -> list[CatalogName]:
        return [n for n in self.names if n.fiscal_year == fiscal_year]

    def agreed_name(self, fiscal_year: int) -> CatalogName | None:
        """The name of ``fiscal_year`` when all its sources agree, else ``None``."""
        names = self.names_in(fiscal_year)
        return names[0] if len({n.name for n in names}) == 1 else None


class Catalog(BaseModel):
    """All entries, keyed by (classification, code)."""

    entries: dict[str, CatalogEntry] = Field(default_factory=dict)

    @staticmethod
    def key(classification: Classification, code: str) -> str:
        return f"{classification}:{code}"

    def get(self, classification: Classification, code: str) -> CatalogEntry | None:
        return self.entries.get(self.key(classification, code))

    def add(self, classification: Classification, code: str, name: CatalogName) -> None:
        entry = self.entries.setdefault(
            self.key(classification, code),
            CatalogEntry(code=code, classification=classification),
        )
        for existing in entry.names:
            if existing.fiscal_year == name.fiscal_year and existing.name == name.name:
                existing.sources.extend(name.sources)
                return
        entry.names.append(name)

    def years(self) -> list[int]:
        return sorted({n.fiscal_year for e in self.entries.values() for n in e.names})

    def codes(self, classification: Classification) -> Iterable[CatalogEntry]:
        return (e for e in self.entries.values() if e.classification == classification)


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The packaged catalog (official partial lists + harvested names)."""
    from yusuan.catalog.load import load_packaged

    return load_packaged()
