"""H206: 公务用车购置及运行维护费 differs from 购置 + 运行维护."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _t7(operation: str) -> Disclosure:
    return make_disclosure(
        make_table(
            TableKind.T7,
            ["amount"],
            [
                ("three_public_total", "合 计", ["3.00"]),
                ("official_cars", "2. 公务用车购置及运行维护费", ["3.00"]),
                ("car_purchase", "其中：（1）公务用车购置", [""]),
                ("car_operation", "（2）公务用车运行维护费", [operation]),
            ],
        )
    )


def test_seed_cars_add_up() -> None:
    assert findings("H206", _t7("3.00")) == []


def test_cars_not_purchase_plus_operation() -> None:
    [finding] = findings("H206", _t7("3.30"))
    assert summary(finding) == (
        "H206",
        "2. 公务用车购置及运行维护费",
        "预算数",
        D("3.30"),
        D("3.00"),
        D("-0.30"),
    )
