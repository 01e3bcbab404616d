"""H102: a 款 row differs from the sum of its 项 rows."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _t5(item_2080599: str) -> Disclosure:
    # Seed 表5: 20805 行政事业单位养老支出 50.34 = 31.03 + 16.12 + 3.19.
    return make_disclosure(
        make_table(
            TableKind.T5,
            ["total", "basic", "project"],
            [
                ("208", "社会保障和就业支出", ["50.34", "50.34", ""]),
                ("20805", "行政事业单位养老支出", ["50.34", "50.34", ""]),
                ("2080502", "事业单位离退休", ["31.03", "31.03", ""]),
                ("2080505", "机关事业单位基本养老保险缴费支出", ["16.12", "16.12", ""]),
                ("2080599", "其他行政事业单位养老支出", [item_2080599, item_2080599, ""]),
            ],
        )
    )


def test_seed_section_20805_adds_up() -> None:
    assert findings("H102", _t5("3.19")) == []


def test_section_differing_from_its_items() -> None:
    found = findings("H102", _t5("3.91"))
    # 31.03 + 16.12 + 3.91 = 51.06 expected, 50.34 printed.
    assert [summary(f) for f in found] == [
        ("H102", "20805 行政事业单位养老支出", "总计", D("51.06"), D("50.34"), D("-0.72")),
        ("H102", "20805 行政事业单位养老支出", "基本支出", D("51.06"), D("50.34"), D("-0.72")),
    ]
    assert found[0].message == "20805 行政事业单位养老支出 的总计 50.34 不等于其所属项之和 51.06"


def test_section_without_items_is_a_leaf() -> None:
    t2 = make_table(
        TableKind.T2,
        ["total", "general_public_appropriation"],
        [
            ("221", "住房保障支出", ["37.96", "37.96"]),
            ("22102", "住房改革支出", ["37.96", "37.96"]),
        ],
    )
    assert findings("H102", make_disclosure(t2)) == []
