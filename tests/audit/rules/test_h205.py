"""H205: “三公”经费合计 differs from its three parts."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _t7(reception: str) -> Disclosure:
    # Seed 表7: 合计 3.00 = 出国 blank + 公务用车 3.00 + 接待 blank.
    return make_disclosure(
        make_table(
            TableKind.T7,
            ["amount"],
            [
                ("three_public_total", "合 计", ["3.00"]),
                ("overseas_travel", "1. 因公出国（境）费用", [""]),
                ("official_cars", "2. 公务用车购置及运行维护费", ["3.00"]),
                ("car_purchase", "其中：（1）公务用车购置", [""]),
                ("car_operation", "（2）公务用车运行维护费", ["3.00"]),
                ("official_reception", "3. 公务接待费", [reception]),
            ],
        )
    )


def test_seed_t7_adds_up() -> None:
    assert findings("H205", _t7("")) == []


def test_total_not_sum_of_three() -> None:
    [finding] = findings("H205", _t7("0.50"))
    assert summary(finding) == ("H205", "合 计", "预算数", D("3.50"), D("3.00"), D("-0.50"))
    assert [p.row for p in finding.related] == [
        "1. 因公出国（境）费用",
        "2. 公务用车购置及运行维护费",
        "3. 公务接待费",
    ]
