"""Shared fixtures: the bundled seed document, read and extracted once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from yusuan.extract import extract
from yusuan.model.disclosure import Disclosure
from yusuan.read import Document, read_document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "src" / "yusuan" / "examples" / "江汉区融媒体中心2020预算.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_document() -> Document:
    return read_document(SEED)


@pytest.fixture(scope="session")
def seed(seed_document: Document) -> Disclosure:
    """The seed disclosure, extracted. Tests must not mutate it (use ``model_copy``)."""
    return extract(seed_document)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def cjk_font() -> str:
    """The installed CJK font family the charts use; skips the test when there is none
    (a bare machine before ``bash .ci/system-deps``; CI installs ``fonts-noto-cjk``)."""
    from yusuan.render.charts import SystemDependencyError, cjk_font_family

    try:
        return cjk_font_family()
    except SystemDependencyError:
        pytest.skip("no CJK font installed (Debian package fonts-noto-cjk)")
