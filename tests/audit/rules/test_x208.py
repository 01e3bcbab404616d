"""X208: a 表5 row exceeds the same 表3 row (warning)."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.audit.finding import Severity
from yusuan.model.tables import TableKind

COLUMNS = ["total", "basic", "project"]
T3_ROWS = [
    ("total", "合计", ["521.05", "343.64", "177.41"]),
    ("2101102", "事业单位医疗", ["9.88", "9.88", ""]),
]


def test_seed_t5_equal_to_t3_and_smaller_rows_pass() -> None:
    t5 = make_table(
        TableKind.T5,
        COLUMNS,
        [
            ("total", "合计", ["500.00", "343.64", "156.36"]),
            ("2101102", "事业单位医疗", ["9.88", "9.88", ""]),
        ],
    )
    assert findings("X208", make_disclosure(make_table(TableKind.T3, COLUMNS, T3_ROWS), t5)) == []


def test_t5_row_larger_than_t3() -> None:
    t5 = make_table(
        TableKind.T5,
        COLUMNS,
        [
            ("total", "合计", ["521.05", "343.64", "177.41"]),
            ("2101102", "事业单位医疗", ["19.88", "19.88", ""]),
        ],
    )
    found = findings("X208", make_disclosure(make_table(TableKind.T3, COLUMNS, T3_ROWS), t5))
    assert [summary(f) for f in found] == [
        ("X208", "2101102 事业单位医疗", "总计", D("9.88"), D("19.88"), D("10.00")),
        ("X208", "2101102 事业单位医疗", "基本支出", D("9.88"), D("19.88"), D("10.00")),
    ]
    assert found[0].severity is Severity.WARNING
    assert found[0].message == "2101102 事业单位医疗 的总计 19.88 大于表3 同一科目的总计 9.88"
