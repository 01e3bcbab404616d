"""Build the harvested part of the catalog from published documents on disk."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from yusuan.catalog.harvest import HarvestFile, SkippedDocument, harvest_file
from yusuan.model.disclosure import Disclosure
from yusuan.read.errors import ReadError

DOCUMENT_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".doc", ".xlsx", ".xls", ".html", ".htm")
"""File endings taken when a folder is given."""


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the document files inside folders named (recursively, sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES)
            )
        else:
            found.append(path)
    return found


def _disclosures(paths: list[Path], skipped: list[SkippedDocument]) -> Iterator[Disclosure]:
    from yusuan.extract import extract
    from yusuan.read import read_document

    for path in paths:
        try:
            yield extract(read_document(path))
        except ReadError as error:
            skipped.append(SkippedDocument(document=path.name, reason=error.message))


def build(paths: Iterable[Path]) -> HarvestFile:
    """Read, extract and harvest every document under ``paths``.

    Unreadable files do not stop the build: each is listed in ``skipped`` with the reader's
    Chinese message, as are documents without a fiscal year or coded rows.
    """
    files = expand(paths)
    unreadable: list[SkippedDocument] = []
    result = harvest_file(_disclosures(files, unreadable))
    result.skipped = unreadable + result.skipped
    return result


def dump(result: HarvestFile) -> str:
    """The harvest as stored: UTF-8 JSON, Chinese kept readable, one field per line."""
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"
