"""H201: 表2 总计 differs from the sum of its income sources."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, result, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind

COLUMNS = ["total", "general_public_appropriation", "service_revenue", "carry_over"]


def _t2(total_2070805: str) -> Disclosure:
    return make_disclosure(
        make_table(
            TableKind.T2,
            COLUMNS,
            [
                ("total", "合计", ["521.05", "521.05", "", ""]),
                ("2070805", "电视", [total_2070805, "396.84", "", ""]),
                ("2080502", "事业单位离退休", ["31.03", "21.03", "10.00", ""]),
            ],
        )
    )


def test_seed_rows_add_up() -> None:
    assert findings("H201", _t2("396.84")) == []


def test_row_total_differing_from_sources() -> None:
    [finding] = findings("H201", _t2("369.84"))
    assert summary(finding) == (
        "H201",
        "2070805 电视",
        "总计",
        D("396.84"),
        D("369.84"),
        D("-27.00"),
    )
    assert finding.message == "2070805 电视 的总计 369.84 不等于各收入来源之和 396.84"


def test_missing_table_is_not_applicable() -> None:
    assert result("H201", make_disclosure()).outcome == "not_applicable"


def test_of_which_column_is_not_added_and_a_real_misprint_is_found() -> None:
    # 西南大学收入预算表 2023 (corpus/real/chongqing_swu_2023_budget.pdf, page 8) prints
    # 2050202 小学教育 收入合计 9,645.51 but 14.33 + 8,201.15 + 0.50 + 1,430.03 = 9,646.01;
    # 20502 adds up once 其中：教育收费 (part of 事业收入) is left out.
    columns = [
        "total",
        "carry_over",
        "general_public_appropriation",
        "service_revenue",
        "其中：教育收费",
        "other_revenue",
        "使用非财政拨款结余",
    ]
    t2 = make_table(
        TableKind.T2,
        columns,
        [
            (
                "20502",
                "普通教育",
                [
                    "520603.91",
                    "91913.64",
                    "206667.26",
                    "122342.73",
                    "74162.23",
                    "46880.28",
                    "52800.00",
                ],
            ),
            ("2050202", "小学教育", ["9645.51", "14.33", "8201.15", "0.50", "", "1430.03", ""]),
        ],
    )
    [finding] = findings("H201", make_disclosure(t2))
    assert summary(finding) == (
        "H201",
        "2050202 小学教育",
        "总计",
        D("9646.01"),
        D("9645.51"),
        D("-0.50"),
    )
