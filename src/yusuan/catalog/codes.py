"""The classification codes a disclosure prints: which table, which classification, where.

Function codes (支出功能分类) sit in T2, T3, T5, T8 and in the function part of T1 and T4;
economic codes (部门预算支出经济分类) in T6 and the economic part of T1 and T4. Harvest and
the catalog rules (family C) both walk the codes through :func:`coded_rows`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from operator import attrgetter
from pathlib import PurePath
from typing import NamedTuple

from yusuan.audit.context import per_run
from yusuan.audit.finding import Place, new_place
from yusuan.catalog.catalog import (
    Catalog,
    Classification,
    KeptNames,
    kept_sources,
    normalize_name,
)
from yusuan.extract.fiscal_year import infer_fiscal_year
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Row, Section, StandardTable, TableKind

FUNCTION_TABLES = (TableKind.T2, TableKind.T3, TableKind.T5, TableKind.T8)
"""Tables whose coded rows are all function codes."""
ECONOMIC_TABLES = (TableKind.T6,)
"""Tables whose coded rows are all economic codes."""
MIXED_TABLES = (TableKind.T1, TableKind.T4)
"""Side-by-side tables: each row's ``section`` says its classification."""

CLASSIFICATION_LABELS: dict[str, str] = {"function": "支出功能分类", "economic": "支出经济分类"}


class CodedRow(NamedTuple):
    """A row of a standard table that prints a classification code; ``code`` (``""`` when
    the row has none) and ``name`` are the row's, ``table_text`` how findings name the table
    (``表1 部门收支预算总表``). A tuple: built for every coded row of a document, read often
    by the C rules."""

    table: StandardTable
    row: Row
    classification: Classification
    code: str
    name: str | None
    table_text: str

    def place_text(self) -> str:
        """Where the row is, in Chinese: ``表1 部门收支预算总表 第234行``."""
        where = self.row.location.describe()
        return f"{self.table_text} {where}".strip()


def classification_of(kind: TableKind, row: Row) -> Classification | None:
    """The classification of ``row``'s code in a table of ``kind``; ``None`` when the
    table holds no classification codes (T7). In T1/T4 the row's section decides; a row
    without a section is judged by its first digit (2 function, 3 or 5 economic)."""
    if kind in FUNCTION_TABLES:
        return "function"
    if kind in ECONOMIC_TABLES:
        return "economic"
    if kind in MIXED_TABLES:
        if row.section is Section.FUNCTION:
            return "function"
        if row.section is Section.ECONOMIC:
            return "economic"
        code = row.code or ""
        if code.startswith("2"):
            return "function"
        if code.startswith(("3", "5")):
            return "economic"
    return None


def coded_rows(doc: Disclosure) -> Iterator[CodedRow]:
    """Every coded row of ``doc``'s standard tables, in table order (T1 … T8), then row
    order."""
    return iter(_codes_of(doc).rows)


class _Codes(NamedTuple):
    """What the C rules and harvest read of a document's codes, found in one pass over its
    coded rows: ``rows`` (:func:`coded_rows`), ``named`` (:func:`named_variants`),
    ``first`` (:func:`first_by_code`) and ``fingerprint`` (:func:`document_fingerprint`)."""

    rows: tuple[CodedRow, ...]
    named: tuple[CodedRow, ...]
    first: tuple[CodedRow, ...]
    fingerprint: str


_CELL_TEXT = attrgetter("text")
_new_tuple = tuple.__new__


@per_run
def _codes_of(doc: Disclosure) -> _Codes:
    # hot path: every C rule reads these; one walk over the coded rows builds them all
    found: list[CodedRow] = []
    named: dict[tuple[str, str, str], CodedRow] = {}
    first: dict[tuple[str, str], CodedRow] = {}
    lines: list[str] = []
    for kind in sorted(doc.tables, key=lambda k: k.number):
        table = doc.tables[kind]
        table_text = table.describe()
        kind_text = f"{kind}"
        whole_table: Classification | None = (
            "function"
            if kind in FUNCTION_TABLES
            else "economic"
            if kind in ECONOMIC_TABLES
            else None
        )
        for row in table.rows:
            code = row.code
            if not code:
                continue
            classification = whole_table or classification_of(kind, row)
            if classification is None:
                continue
            name = row.name
            # hot path: tuple.__new__ skips the named tuple's Python-level __new__
            coded = _new_tuple(CodedRow, (table, row, classification, code, name, table_text))
            found.append(coded)
            if name and name.strip():
                named.setdefault((classification, code, normalize_name(name)), coded)
            first.setdefault((classification, code), coded)
            cells = "\t".join(map(_CELL_TEXT, row.cells.values()))
            lines.append(f"{kind_text}|{code}|{name}|{cells}\n")
    fingerprint = hashlib.sha256("".join(lines).encode()).hexdigest()[:16]
    return _Codes(tuple(found), tuple(named.values()), tuple(first.values()), fingerprint)


def named_variants(doc: Disclosure) -> tuple[CodedRow, ...]:
    """Of the coded rows printing a name (not blank), the first of each classification, code
    and name (compared with :func:`~yusuan.catalog.catalog.normalize_name`), in row order:
    the names each code is printed with, once each."""
    return _codes_of(doc).named


def first_by_code(doc: Disclosure) -> tuple[CodedRow, ...]:
    """The first coded row of each classification and code, in row order."""
    return _codes_of(doc).first


@per_run
def document_reference(doc: Disclosure) -> str:
    """How the catalog names a harvested document: its file name (``…2020预算.txt``)."""
    return PurePath(doc.source).name or doc.source


def document_fingerprint(doc: Disclosure) -> str:
    """A digest of ``doc``'s coded rows (table, code, name, amounts as printed, one line
    each): the same published document gives the same fingerprint whatever its file is
    called."""
    return _codes_of(doc).fingerprint


def own_references(doc: Disclosure, catalog: Catalog) -> frozenset[str]:
    """The catalog's references to ``doc`` itself: its file name, and any harvested source
    with the same fingerprint (the same document harvested under another name). Catalog
    rules leave these sources out, so a document never confirms its own names."""
    fingerprint = document_fingerprint(doc)
    same = {
        reference
        for reference, info in catalog.sources.items()
        if info.kind == "harvested" and info.fingerprint == fingerprint
    }
    return frozenset({document_reference(doc), *same})


def catalog_names(
    doc: Disclosure, catalog: Catalog, fiscal_year: int
) -> dict[tuple[Classification, str], KeptNames]:
    """For each classification and code ``doc`` prints, the names ``catalog`` gives it in
    ``fiscal_year`` with their sources, ``doc``'s own left out (see :func:`own_references`;
    ``[]`` for a code no other source names that year). Read only. Within a run of rules it
    is computed once (C102 and C103 both need it)."""
    memo = _catalog_memo(doc)
    hit = memo.get((id(catalog), fiscal_year))
    if hit is not None and hit[0] is catalog:
        return hit[1]
    own = own_references(doc, catalog)
    of_year = catalog.names_of_year(fiscal_year)
    names: dict[tuple[Classification, str], KeptNames] = {}
    for coded in first_by_code(doc):
        key = (coded.classification, coded.code)
        year_names = of_year.get(key)
        names[key] = kept_sources(year_names, own) if year_names else []
    memo[(id(catalog), fiscal_year)] = (catalog, names)
    return names


_CatalogMemo = dict[tuple[int, int], tuple[Catalog, dict[tuple[Classification, str], KeptNames]]]


@per_run
def _catalog_memo(doc: Disclosure) -> _CatalogMemo:
    """Where :func:`catalog_names` keeps its results, by catalog and year: one store per run
    of rules (a new, empty one per call outside a run)."""
    return {}


@per_run
def fiscal_year_of(doc: Disclosure) -> int | None:
    """The fiscal year of ``doc`` (see :func:`~yusuan.extract.fiscal_year.infer_fiscal_year`);
    ``None`` when nothing says."""
    titles = (table.title for table in doc.tables.values())
    return infer_fiscal_year(doc.fiscal_year, titles, doc.title, document_reference(doc))


def row_place(coded: CodedRow) -> Place:
    """The place a catalog finding points to: the table, the coded row and its line/page."""
    return new_place(table=coded.table_text, row=coded.row.describe(), source=coded.row.location)
