"""H208: 表6 公用经费 合计 differs from 302 (+310) (warning)."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.audit.finding import Severity
from yusuan.model.tables import TableKind


def test_seed_public_is_302() -> None:
    t6 = make_table(
        TableKind.T6,
        ["total", "personnel", "public"],
        [
            ("total", "合计", ["343.64", "297.13", "46.51"]),
            ("302", "商品和服务支出", ["46.51", "", "46.51"]),
        ],
    )
    assert findings("H208", make_disclosure(t6)) == []


def test_public_counts_310_where_printed() -> None:
    t6 = make_table(
        TableKind.T6,
        ["total", "personnel", "public"],
        [
            ("total", "合计", ["52.51", "", "52.51"]),
            ("302", "商品和服务支出", ["46.15", "", "46.15"]),
            ("310", "资本性支出", ["6.00", "", "6.00"]),
        ],
    )
    [finding] = findings("H208", make_disclosure(t6))
    assert summary(finding) == ("H208", "合计", "公用经费", D("52.15"), D("52.51"), D("0.36"))
    assert finding.severity is Severity.WARNING
