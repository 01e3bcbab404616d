"""X205: 表4 一般公共预算 by function 类 differs from 表5 类 总计."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, F, findings, seed_t4, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.tables import StandardTable, TableKind


def _t5() -> StandardTable:
    return make_table(
        TableKind.T5,
        ["total", "basic", "project"],
        [
            ("total", "合计", ["521.05", "343.64", "177.41"]),
            ("207", "文化旅游体育与传媒支出", ["396.84", "219.43", "177.41"]),
            ("20708", "广播电视", ["396.84", "219.43", "177.41"]),
            ("208", "社会保障和就业支出", ["50.34", "50.34", ""]),
            ("210", "卫生健康支出", ["35.91", "35.91", ""]),
            ("221", "住房保障支出", ["37.96", "37.96", ""]),
        ],
    )


def test_seed_t4_matches_t5() -> None:
    assert findings("X205", make_disclosure(seed_t4(), _t5())) == []


def test_t4_class_differs_from_t5() -> None:
    [finding] = findings("X205", make_disclosure(seed_t4({("208", F): ["53.04", ""]}), _t5()))
    assert summary(finding) == (
        "X205",
        "208 社会保障和就业支出",
        "一般公共预算",
        D("50.34"),
        D("53.04"),
        D("2.70"),
    )
    assert finding.related[0].table == "表5 一般公共预算支出表"


def test_t5_class_missing_from_t4() -> None:
    [finding] = findings("X205", make_disclosure(seed_t4({("210", F): ["", ""]}), _t5()))
    assert summary(finding) == (
        "X205",
        "210 卫生健康支出",
        "一般公共预算",
        D("35.91"),
        D("0"),
        D("-35.91"),
    )
