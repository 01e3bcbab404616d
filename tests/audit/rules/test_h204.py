"""H204: 表6 合计 differs from 人员经费 + 公用经费."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _t6(public_total: str) -> Disclosure:
    return make_disclosure(
        make_table(
            TableKind.T6,
            ["total", "personnel", "public"],
            [
                ("total", "合计", ["343.64", "297.13", public_total]),
                ("30231", "公务用车运行维护费", ["3.00", "", "3.00"]),
            ],
        )
    )


def test_seed_rows_add_up() -> None:
    assert findings("H204", _t6("46.51")) == []


def test_total_not_personnel_plus_public() -> None:
    [finding] = findings("H204", _t6("45.61"))
    assert summary(finding) == ("H204", "合计", "总计", D("342.74"), D("343.64"), D("0.90"))
    assert finding.message == "合计 的总计 343.64 不等于人员经费与公用经费之和 342.74"
