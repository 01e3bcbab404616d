"""``audit_file`` pauses the cyclic garbage collector while it works (see
``yusuan.api._cycle_collection_paused``): it must leave the collector as it found it, and the
pause is only sound while an audit leaves no cyclic garbage behind."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tests.conftest import SEED
from yusuan.api import audit_file


@pytest.fixture
def collector_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("collector_restored")
@pytest.mark.parametrize("enabled", [True, False])
def test_collector_left_as_found(enabled: bool) -> None:
    if enabled:
        gc.enable()
    else:
        gc.disable()
    audit_file(SEED)
    assert gc.isenabled() is enabled


@pytest.mark.usefixtures("collector_restored")
def test_an_audit_leaves_no_cyclic_garbage() -> None:
    audit_file(SEED)  # imports, catalog and rule registry loaded once
    gc.disable()
    gc.collect()
    report = audit_file(SEED)
    assert gc.collect() == 0
    assert report.stats.errors == 7  # the audit really ran (tests/test_seed_audit.py)
