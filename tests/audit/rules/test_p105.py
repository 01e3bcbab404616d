"""P105: the stated number of overall indicators differs from the overall table."""

from __future__ import annotations

from tests.audit.rules.document_support import (
    count,
    findings,
    indicator,
    only,
    performance_table,
    with_text,
)
from tests.factories import make_disclosure
from yusuan.model.disclosure import Disclosure


def _doc(stated: int) -> Disclosure:
    overall = performance_table(None, None, [indicator("预算执行率", "97%-100%")] * 22)
    return with_text(
        make_disclosure(), performance=[overall], counts=[count("overall_indicators", stated)]
    )


def test_stated_22_for_22() -> None:
    assert findings("P105", _doc(22)) == []


def test_stated_count_differing() -> None:
    f = only("P105", _doc(20))
    assert (f.expected, f.found) == (22, 20)
    assert f.message == "说明称整体绩效指标 20 条，绩效目标表中共有 22 条"


def test_seed_22_holds(seed: Disclosure) -> None:
    assert findings("P105", seed) == []
