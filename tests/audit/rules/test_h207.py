"""H207: 表6 人员经费 合计 differs from 301 + 303 (warning)."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _t6(personnel: str) -> Disclosure:
    return make_disclosure(
        make_table(
            TableKind.T6,
            ["total", "personnel", "public"],
            [
                ("total", "合计", ["343.64", personnel, "46.51"]),
                ("301", "工资福利支出", ["257.24", "257.24", ""]),
                ("302", "商品和服务支出", ["46.51", "", "46.51"]),
                ("303", "对个人和家庭的补助", ["39.89", "39.89", ""]),
            ],
        )
    )


def test_seed_personnel_is_301_plus_303() -> None:
    # 257.24 + 39.89 = 297.13
    assert findings("H207", _t6("297.13")) == []


def test_personnel_differing_is_a_warning() -> None:
    [finding] = findings("H207", _t6("302.90"))
    assert summary(finding) == ("H207", "合计", "人员经费", D("297.13"), D("302.90"), D("5.77"))
    assert finding.severity is Severity.WARNING


def test_t6_without_a_personnel_column_is_not_checked() -> None:
    # Jiangsu 2017-2018 表6 prints one 金额 column only
    t6 = make_table(
        TableKind.T6,
        ["total"],
        [("total", "合计", ["18570.82"]), ("301", "工资福利支出", ["14000.00"])],
    )
    assert findings("H207", make_disclosure(t6)) == []
