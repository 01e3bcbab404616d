"""The classification catalog: codes, names by fiscal year, and where each name came from.

Interface used by the audit (the loader and harvest live beside it). Every name carries its
sources: an official partial list (``official``) or harvested from a published disclosure
(``harvested``: document, fiscal year, location). A name is *agreed* for a year when every
source of that year gives the same name; disagreements are kept, not resolved.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr

Classification = Literal["function", "economic"]
"""``function`` = 支出功能分类; ``economic`` = 部门预算支出经济分类 (301…399)."""


_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "[", "】": "]", "〔": "(", "〕": ")"})
_FULL_WIDTH_BRACKET = re.compile("[（）【】〔〕]")


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """The name as compared: NFKC-folded (full-width letters, digits and brackets become
    half-width), every whitespace removed, remaining full-width brackets mapped to ``()``.

    ``"维修（护）费"`` and ``"维修 (护) 费"`` both give ``"维修(护)费"``.
    """
    folded = unicodedata.normalize("NFKC", name)
    # hot path: str.translate is slow on CJK text, and few names hold a bracket NFKC keeps
    if _FULL_WIDTH_BRACKET.search(folded) is not None:
        folded = folded.translate(_BRACKETS)
    return "".join(folded.split())  # str.split's whitespace is the regex's \s


def same_name(first: str, second: str) -> bool:
    """True when the two printed names are the same name (see :func:`normalize_name`)."""
    return normalize_name(first) == normalize_name(second)


Excluded = str | Collection[str] | None
"""Harvested document references whose sources are left out (one, several, or none)."""


def _excluded(value: Excluded) -> frozenset[str]:
    if value is None:
        return frozenset()
    return frozenset([value]) if isinstance(value, str) else frozenset(value)


class NameSource(BaseModel):
    """One source of a code's name: ``kind`` official list or harvested document.

    ``reference`` is the source's id: the official list's id (a key of
    :attr:`Catalog.sources`, e.g. ``dept_economic_2020``) or the harvested document's file
    name. ``location`` says where in it (``表4 财政拨款收支预算总表 第325行``).
    """

    kind: Literal["official", "harvested"]
    reference: str
    location: str | None = None

    def describe(self) -> str:
        """``江汉区融媒体中心2020预算.txt（表1 … 第234行）`` or the official list id."""
        return f"{self.reference}（{self.location}）" if self.location else self.reference


class SourceInfo(BaseModel):
    """Provenance of one source of names: an official list or a harvested document.

    ``kind`` as in :class:`NameSource`; ``title`` and ``url`` where it came from; ``date`` the
    date printed by the source; ``coverage`` what it covers and what is missing (Chinese);
    ``fiscal_year`` the year its names are valid for.
    """

    id: str
    kind: Literal["official", "harvested"]
    title: str
    classification: Classification | None = None
    fiscal_year: int | None = None
    url: list[str] = Field(default_factory=list)
    date: str | None = None
    coverage: str | None = None
    rows: int | None = None
    partial: bool = False
    fingerprint: str | None = None
    """For a harvested document: a digest of its coded rows, so the same document under
    another file name is still recognised as itself (see ``yusuan.catalog.codes``)."""


class CatalogName(BaseModel):
    """A name a code had in one fiscal year, with every source that gives it."""

    name: str
    fiscal_year: int
    sources: list[NameSource] = Field(default_factory=list)


KeptNames = list[tuple[CatalogName, list[NameSource]]]
"""The names of one code and year, each with the sources kept (see
:meth:`CatalogEntry.kept_names`)."""


class CatalogEntry(BaseModel):
    """A code of one classification, with all names seen for it, per fiscal year."""

    code: str
    classification: Classification
    names: list[CatalogName] = Field(default_factory=list)

    def names_in(self, fiscal_year: int, *, exclude_document: Excluded = None) -> list[CatalogName]:
        """Names of ``fiscal_year``. With ``exclude_document`` (a harvested document's
        reference), sources from that document are left out, and names only it gives drop
        out: a document must not confirm its own names."""
        names = [n for n in self.names if n.fiscal_year == fiscal_year]
        excluded = _excluded(exclude_document)
        if not excluded:
            return names
        kept: list[CatalogName] = []
        for name in names:
            sources = [
                s for s in name.sources if not (s.kind == "harvested" and s.reference in excluded)
            ]
            if sources:
                kept.append(name.model_copy(update={"sources": sources}))
        return kept

    def agreed_name(
        self, fiscal_year: int, *, exclude_document: Excluded = None
    ) -> CatalogName | None:
        """The name of ``fiscal_year`` when its sources agree, else ``None``.

        Names are compared with :func:`normalize_name`. An official list is authoritative:
        when official sources of the year agree, their name is the agreed name even if a
        harvested document printed another (that one shows as a disagreement). Otherwise
        the harvested sources must all give the same name. ``exclude_document`` leaves out
        one harvested document's sources (see :meth:`names_in`).
        """
        agreed = self.agreed_sources(fiscal_year, exclude_document=exclude_document)
        if agreed is None:
            return None
        chosen, sources = agreed
        return chosen.model_copy(update={"sources": list(sources)})

    def agreed_sources(
        self, fiscal_year: int, *, exclude_document: Excluded = None
    ) -> tuple[CatalogName, list[NameSource]] | None:
        """:meth:`agreed_name` without the copy: (the chosen name as stored, the sources of
        the agreed name that are kept), or ``None``. Read only: the list may be the stored
        one."""
        return agreed_among(self.kept_names(fiscal_year, exclude_document=exclude_document))

    def kept_names(self, fiscal_year: int, *, exclude_document: Excluded = None) -> KeptNames:
        """:meth:`names_in` without copying: each name of ``fiscal_year`` with the sources
        kept (all of them without ``exclude_document``). Read only: the lists may be the
        stored ones."""
        names = [n for n in self.names if n.fiscal_year == fiscal_year]
        return kept_sources(names, _excluded(exclude_document))

    def disagrees(self, fiscal_year: int) -> bool:
        """True when the sources of ``fiscal_year`` give more than one name."""
        return len({normalize_name(n.name) for n in self.names_in(fiscal_year)}) > 1

    @property
    def level(self) -> str | None:
        """类, 款 or 项 by the number of digits (3, 5, 7); ``None`` for other lengths."""
        return {3: "类", 5: "款", 7: "项"}.get(len(self.code))


def kept_sources(names: list[CatalogName], excluded: frozenset[str]) -> KeptNames:
    """Each of ``names`` with its sources but the harvested ones of ``excluded`` documents;
    a name left without sources drops out (none does when nothing is excluded)."""
    if not excluded:
        return [(n, n.sources) for n in names]
    found: KeptNames = []
    for name in names:
        kept = [s for s in name.sources if s.kind != "harvested" or s.reference not in excluded]
        if kept:
            found.append((name, kept))
    return found


def agreed_among(names: KeptNames) -> tuple[CatalogName, list[NameSource]] | None:
    """The agreed name among ``names`` (one code's names of one year, with their kept
    sources) and the sources giving it, or ``None`` (see :meth:`CatalogEntry.agreed_name`)."""
    if not names:
        return None
    if len(names) == 1:  # hot path: most codes have one name a year
        return names[0]
    official = [(n, kept) for n, kept in names if any(s.kind == "official" for s in kept)]
    candidates = official or names
    if len({normalize_name(n.name) for n, _ in candidates}) != 1:
        return None
    chosen = candidates[0][0]
    sources = [s for n, kept in names if same_name(n.name, chosen.name) for s in kept]
    return chosen, sources


class Catalog(BaseModel):
    """All entries, keyed by (classification, code), and the provenance of every source
    (``sources``, keyed by :attr:`NameSource.reference`)."""

    entries: dict[str, CatalogEntry] = Field(default_factory=dict)
    sources: dict[str, SourceInfo] = Field(default_factory=dict)
    # names_of_year's index, by year; add() starts it over
    _by_year: dict[int, dict[tuple[str, str], list[CatalogName]]] = PrivateAttr(
        default_factory=dict
    )

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
        self._by_year = {}
        for existing in entry.names:
            if existing.fiscal_year == name.fiscal_year and existing.name == name.name:
                existing.sources.extend(name.sources)
                return
        entry.names.append(name)

    def names_of_year(self, fiscal_year: int) -> dict[tuple[str, str], list[CatalogName]]:
        """Every code's names of ``fiscal_year``, by (classification, code) as :meth:`get`
        finds the code; codes without a name that year are left out. Built once per year
        (the catalog is loaded once, then read by every document); :meth:`add` starts over
        (entries changed other than through :meth:`add` are not seen). Read only."""
        index = self._by_year.get(fiscal_year)
        if index is None:
            index = {}
            for key, entry in self.entries.items():
                names = [n for n in entry.names if n.fiscal_year == fiscal_year]
                if names:
                    classification, _, code = key.partition(":")
                    index[(classification, code)] = names
            self._by_year[fiscal_year] = index
        return index

    def years(self) -> list[int]:
        return sorted({n.fiscal_year for e in self.entries.values() for n in e.names})

    def codes(self, classification: Classification) -> Iterable[CatalogEntry]:
        return (e for e in self.entries.values() if e.classification == classification)

    def merge(self, other: Catalog) -> None:
        """Add every name and source of ``other`` to this catalog (in place)."""
        self.sources.update(other.sources)
        for entry in other.entries.values():
            for name in entry.names:
                self.add(
                    entry.classification,
                    entry.code,
                    name.model_copy(update={"sources": list(name.sources)}),
                )

    def knows(
        self,
        classification: Classification,
        code: str,
        fiscal_year: int,
        *,
        exclude_document: Excluded = None,
    ) -> bool:
        """True when some source (other than ``exclude_document``) names ``code`` in
        ``fiscal_year``."""
        entry = self.get(classification, code)
        if entry is None:
            return False
        excluded = _excluded(exclude_document)
        for name in entry.names:  # (``kept_names`` non-empty, without building it)
            if name.fiscal_year != fiscal_year:
                continue
            if not excluded:
                return True
            for source in name.sources:
                if not (source.kind == "harvested" and source.reference in excluded):
                    return True
        return False


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The packaged catalog (official partial lists + harvested names)."""
    from yusuan.catalog.load import load_packaged

    return load_packaged()
