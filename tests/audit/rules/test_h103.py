"""H103: the 合计 row differs from the sum of the 类 rows."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _t6(class_303: str) -> Disclosure:
    # Seed 表6: 合计 343.64 / 297.13 / 46.51 = 301 + 302 + 303.
    return make_disclosure(
        make_table(
            TableKind.T6,
            ["total", "personnel", "public"],
            [
                ("total", "合计", ["343.64", "297.13", "46.51"]),
                ("301", "工资福利支出", ["257.24", "257.24", ""]),
                ("30101", "基本工资", ["257.24", "257.24", ""]),
                ("302", "商品和服务支出", ["46.51", "", "46.51"]),
                ("303", "对个人和家庭的补助", [class_303, class_303, ""]),
            ],
        )
    )


def test_seed_t6_total_adds_up() -> None:
    assert findings("H103", _t6("39.89")) == []


def test_total_differing_from_classes() -> None:
    found = findings("H103", _t6("39.98"))
    # 257.24 + 46.51 + 39.98 = 343.73; 人员经费 257.24 + 39.98 = 297.22
    assert [summary(f) for f in found] == [
        ("H103", "合计", "总计", D("343.73"), D("343.64"), D("-0.09")),
        ("H103", "合计", "人员经费", D("297.22"), D("297.13"), D("-0.09")),
    ]
    assert found[1].message == "合计 的人员经费 297.13 不等于各类之和 297.22"


def test_flat_table_sums_the_highest_level_printed() -> None:
    t5 = make_table(
        TableKind.T5,
        ["total"],
        [
            ("total", "合计", ["41.05"]),
            ("2101102", "事业单位医疗", ["9.88"]),
            ("2210201", "住房公积金", ["27.70"]),
            ("2210203", "购房补贴", ["4.49"]),
        ],
    )
    [finding] = findings("H103", make_disclosure(t5))
    assert summary(finding) == ("H103", "合计", "总计", D("42.07"), D("41.05"), D("-1.02"))
