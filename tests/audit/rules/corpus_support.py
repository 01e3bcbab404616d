"""Real corpus documents (../shared/corpus/real) for the narrative rules' regression tests.

Each document is read and extracted once per test session. Tests using these helpers take
the ``shared_dir`` fixture, so they skip cleanly when ../shared is absent.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

from tests.audit.rules.arithmetic_support import findings
from yusuan.api import load, read_together
from yusuan.audit.finding import Finding
from yusuan.extract.pipeline import extract
from yusuan.model.disclosure import Disclosure

__all__ = ["corpus_doc", "corpus_findings", "values"]


@cache
def _load(path: str) -> Disclosure:
    return load(path)


@cache
def _load_together(paths: tuple[str, ...]) -> Disclosure:
    return extract(read_together(list(paths)))


def corpus_doc(shared_dir: Path, *names: str) -> Disclosure:
    """The disclosure of the corpus file ``names[0]``, or of all ``names`` read together."""
    paths = tuple(str(shared_dir / "corpus" / "real" / name) for name in names)
    return _load(paths[0]) if len(paths) == 1 else _load_together(paths)


def corpus_findings(shared_dir: Path, code: str, *names: str) -> list[Finding]:
    """The findings of rule ``code`` on a corpus document (see :func:`corpus_doc`)."""
    return findings(code, corpus_doc(shared_dir, *names))


def values(found: list[Finding]) -> list[tuple[object, object, Decimal | None, int | None]]:
    """(expected, found, difference, page) of each finding."""
    return [
        (f.expected, f.found, f.difference, f.place.source.page if f.place.source else None)
        for f in found
    ]
