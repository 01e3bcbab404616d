"""X209: a “三公” amount in 表7 differs from its 款 in 表6 (warning)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.audit.rules.corpus_support import corpus_findings
from tests.factories import make_disclosure, make_table
from yusuan.audit.finding import Severity
from yusuan.model.amount import Unit
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _doc(car_operation: str, reception: str = "") -> Disclosure:
    t6 = make_table(
        TableKind.T6,
        ["total", "personnel", "public"],
        [("30231", "公务用车运行维护费", ["3.00", "", "3.00"])],
    )
    t7 = make_table(
        TableKind.T7,
        ["amount"],
        [
            ("three_public_total", "合 计", ["3.00"]),
            ("overseas_travel", "1. 因公出国（境）费用", [""]),
            ("car_operation", "（2）公务用车运行维护费", [car_operation]),
            ("official_reception", "3. 公务接待费", [reception]),
        ],
    )
    return make_disclosure(t6, t7)


def test_seed_car_operation_matches_30231_and_absent_sections_are_skipped() -> None:
    # 表6 has no 30217 or 30212, so a 公务接待费 amount is not compared.
    assert findings("X209", _doc("3.00", reception="2.00")) == []


def test_car_operation_differs_from_30231() -> None:
    [finding] = findings("X209", _doc("3.50"))
    assert summary(finding) == (
        "X209",
        "（2）公务用车运行维护费",
        "预算数",
        D("3.00"),
        D("3.50"),
        D("0.50"),
    )
    assert finding.severity is Severity.WARNING
    assert finding.related[0].row == "30231 公务用车运行维护费"


def _shanghai(t6_amount: str, t6_name: str = "公务用车运行维护费") -> Disclosure:
    # Shanghai prints 表7 in 万元 and the other tables in 元 (wanli-street 2025: 21.56 / 215600)
    t6 = make_table(
        TableKind.T6,
        ["total", "personnel", "public"],
        [("30231", t6_name, [t6_amount, "", t6_amount])],
        unit=Unit.YUAN,
    )
    t7 = make_table(TableKind.T7, ["amount"], [("car_operation", "运行费", ["21.56"])])
    return make_disclosure(t6, t7, unit=Unit.YUAN)


def test_tables_in_yuan_and_wan_yuan_are_compared_in_wan_yuan() -> None:
    assert findings("X209", _shanghai("215600")) == []
    # 215,649 元 rounds to 21.56 万元: no finding; 216,600 元 is 21.66 万元
    assert findings("X209", _shanghai("215649")) == []
    [finding] = findings("X209", _shanghai("216600"))
    assert summary(finding) == ("X209", "运行费", "预算数", D("21.66"), D("21.56"), D("-0.10"))
    assert finding.unit is Unit.WAN_YUAN
    assert finding.message.endswith("（表7以万元列示，表6以元列示，已折算为万元比较）")


def test_a_local_code_with_another_name_is_not_compared() -> None:
    assert findings("X209", _shanghai("7020", t6_name="机关事业单位退休人员活动费")) == []


@pytest.mark.parametrize(
    "name",
    [
        # 表7 公务接待费 预算数 0.95, 决算数 blank; 表6 30217 blank
        "shanghai-putuo_finance_2024_final.pdf",
        # 表7 公务接待费 预算数 2.85, 决算数 0.39; 表6 30217 0.39
        "shanghai-putuo_planning-resources_2024_final.pdf",
    ],
)
def test_corpus_finals_compare_the_final_column(shared_dir: Path, name: str) -> None:
    assert corpus_findings(shared_dir, "X209", name) == []
