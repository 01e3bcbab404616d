"""Load the packaged catalog data (placeholder until the catalog data is built)."""

from __future__ import annotations

from yusuan.catalog.catalog import Catalog


def load_packaged() -> Catalog:
    return Catalog()
