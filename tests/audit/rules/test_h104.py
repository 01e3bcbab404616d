"""H104: a 款 or 项 printed without its parent row."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.audit.finding import Severity
from yusuan.model.tables import TableKind


def test_complete_hierarchy_passes() -> None:
    t3 = make_table(
        TableKind.T3,
        ["total"],
        [
            ("207", "文化旅游体育与传媒支出", ["396.84"]),
            ("20708", "广播电视", ["396.84"]),
            ("2070805", "电视", ["396.84"]),
        ],
    )
    assert findings("H104", make_disclosure(t3)) == []


def test_missing_section_and_class_rows() -> None:
    t3 = make_table(
        TableKind.T3,
        ["total"],
        [
            ("207", "文化旅游体育与传媒支出", ["396.84"]),
            ("2070805", "电视", ["396.84"]),
            ("21011", "行政事业单位医疗", ["35.05"]),
        ],
    )
    found = findings("H104", make_disclosure(t3))
    assert [summary(f) for f in found] == [
        ("H104", "2070805 电视", None, "20708", None, None),
        ("H104", "21011 行政事业单位医疗", None, "210", None, None),
    ]
    assert found[0].severity is Severity.WARNING
    assert found[0].message == "2070805 电视 所属的款 20708 未列出"
