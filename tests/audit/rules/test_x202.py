"""X202: a code's 总计 in 表3 differs from its 总计 in 表2."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.tables import TableKind

T2_ROWS = [
    ("total", "合计", ["433.11"]),
    ("2070805", "电视", ["396.84"]),
    ("2101102", "事业单位医疗", ["9.88"]),
    ("2210201", "住房公积金", ["27.70"]),
]


def test_seed_codes_match() -> None:
    t2 = make_table(TableKind.T2, ["total"], T2_ROWS)
    t3 = make_table(TableKind.T3, ["total"], T2_ROWS)
    assert findings("X202", make_disclosure(t2, t3)) == []


def test_changed_amount_and_codes_on_one_side() -> None:
    t2 = make_table(TableKind.T2, ["total"], T2_ROWS)
    t3 = make_table(
        TableKind.T3,
        ["total"],
        [
            ("total", "合计", ["433.11"]),
            ("2070805", "电视", ["369.84"]),
            ("2101102", "事业单位医疗", ["9.88"]),
            ("2210202", "提租补贴", ["5.77"]),
        ],
    )
    found = findings("X202", make_disclosure(t2, t3))
    assert [summary(f) for f in found] == [
        ("X202", "2070805 电视", "总计", D("396.84"), D("369.84"), D("-27.00")),
        ("X202", "2210202 提租补贴", "总计", D("0"), D("5.77"), D("5.77")),
        ("X202", "2210201 住房公积金", "总计", D("0"), D("27.70"), D("27.70")),
    ]
    assert [f.place.table for f in found] == [
        "表3 部门支出预算总表",
        "表3 部门支出预算总表",
        "表2 部门收入预算总表",
    ]
    assert found[0].message == "2070805 电视 的总计 369.84 不等于表2 同一科目的总计 396.84"
    assert found[2].message == "2210201 住房公积金 的总计 27.70 在表3 中无对应科目"
