"""H203: 表5/表8 总计 differs from 基本支出 + 项目支出."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, result, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.tables import TableKind


def test_seed_t5_adds_up_and_empty_t8_is_skipped() -> None:
    t5 = make_table(
        TableKind.T5,
        ["total", "basic", "project"],
        [("207", "文化旅游体育与传媒支出", ["396.84", "219.43", "177.41"])],
    )
    t8 = make_table(TableKind.T8, ["total", "basic", "project"], [])
    assert result("H203", make_disclosure(t5, t8)).outcome == "passed"


def test_t8_row_not_basic_plus_project() -> None:
    t8 = make_table(
        TableKind.T8,
        ["total", "basic", "project"],
        [("2120803", "城市公共设施", ["120.00", "", "102.00"])],
    )
    [finding] = findings("H203", make_disclosure(t8))
    assert summary(finding) == (
        "H203",
        "2120803 城市公共设施",
        "总计",
        D("102.00"),
        D("120.00"),
        D("18.00"),
    )
    assert finding.place.table == "表8 政府性基金预算支出表"


def test_both_missing_is_not_applicable() -> None:
    assert result("H203", make_disclosure()).outcome == "not_applicable"
