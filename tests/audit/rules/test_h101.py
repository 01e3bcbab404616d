"""H101: a 类 row differs from the sum of its 款 rows."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, result, summary
from tests.factories import make_disclosure, make_table
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _t3(class_210: str, section_21011: str = "35.05") -> Disclosure:
    # Seed 表3 rows of 210 卫生健康支出: 35.91 = 35.05 + 0.86.
    return make_disclosure(
        make_table(
            TableKind.T3,
            ["total", "basic", "project"],
            [
                ("total", "合计", ["35.91", "35.91", ""]),
                ("210", "卫生健康支出", [class_210, class_210, ""]),
                ("21011", "行政事业单位医疗", [section_21011, section_21011, ""]),
                ("2101102", "事业单位医疗", ["9.88", "9.88", ""]),
                ("2101199", "其他行政事业单位医疗支出", ["25.17", "25.17", ""]),
                ("21099", "其他卫生健康支出", ["0.86", "0.86", ""]),
                ("2109901", "其他卫生健康支出", ["0.86", "0.86", ""]),
            ],
        )
    )


def test_seed_class_210_adds_up() -> None:
    assert findings("H101", _t3("35.91")) == []


def test_class_differing_from_its_sections_in_each_column() -> None:
    found = findings("H101", _t3("39.51"))
    # 35.05 + 0.86 = 35.91 expected, 39.51 printed in 总计 and in 基本支出.
    assert [summary(f) for f in found] == [
        ("H101", "210 卫生健康支出", "总计", D("35.91"), D("39.51"), D("3.60")),
        ("H101", "210 卫生健康支出", "基本支出", D("35.91"), D("39.51"), D("3.60")),
    ]
    assert found[0].severity is Severity.ERROR
    assert found[0].message == "210 卫生健康支出 的总计 39.51 不等于其所属款之和 35.91"
    assert [p.row for p in found[0].related] == ["21011 行政事业单位医疗", "21099 其他卫生健康支出"]


def test_difference_within_rounding_is_info() -> None:
    # two printed parts: tolerance 2 × 0.005 = 0.01
    [finding] = [f for f in findings("H101", _t3("35.92")) if f.place.column == "总计"]
    assert summary(finding) == (
        "H101",
        "210 卫生健康支出",
        "总计",
        D("35.91"),
        D("35.92"),
        D("0.01"),
    )
    assert finding.severity is Severity.INFO
    assert finding.rounding is True


def test_blank_class_with_non_zero_sections_is_reported() -> None:
    found = findings("H101", _t3(""))
    assert summary(found[0]) == (
        "H101",
        "210 卫生健康支出",
        "总计",
        D("35.91"),
        D("0"),
        D("-35.91"),
    )
    assert "的总计 空白 不等于" in found[0].message


def test_economic_classes_of_t6() -> None:
    t6 = make_table(
        TableKind.T6,
        ["total", "personnel", "public"],
        [
            ("303", "对个人和家庭的补助", ["39.89", "39.89", ""]),
            ("30302", "退休费", ["31.03", "31.03", ""]),
            ("30307", "医疗费补助", ["8.68", "8.68", ""]),
        ],
    )
    found = findings("H101", make_disclosure(t6))
    assert [summary(f) for f in found] == [
        ("H101", "303 对个人和家庭的补助", "总计", D("39.71"), D("39.89"), D("0.18")),
        ("H101", "303 对个人和家庭的补助", "人员经费", D("39.71"), D("39.89"), D("0.18")),
    ]


def test_not_applicable_without_any_coded_table() -> None:
    outcome = result("H101", make_disclosure())
    assert outcome.outcome == "not_applicable"
