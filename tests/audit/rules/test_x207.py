"""X207: 表5 基本支出 合计 differs from 表6 合计."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _doc(t6_total: str) -> Disclosure:
    t5 = make_table(
        TableKind.T5,
        ["total", "basic", "project"],
        [("total", "合计", ["521.05", "343.64", "177.41"])],
    )
    t6 = make_table(
        TableKind.T6,
        ["total", "personnel", "public"],
        [("total", "合计", [t6_total, "297.13", "46.51"])],
    )
    return make_disclosure(t5, t6)


def test_seed_basic_matches() -> None:
    assert findings("X207", _doc("343.64")) == []


def test_basic_differs_from_t6() -> None:
    [finding] = findings("X207", _doc("334.64"))
    assert summary(finding) == ("X207", "合计", "基本支出", D("334.64"), D("343.64"), D("9.00"))
    assert finding.message == "合计 的基本支出 343.64 不等于表6 合计 334.64"
