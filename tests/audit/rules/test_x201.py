"""X201: 表2 合计 per income source differs from 表1's income item."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, I, findings, seed_t1, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _doc(t1_general_public: str = "521.05", t2_service: str = "") -> Disclosure:
    t2 = make_table(
        TableKind.T2,
        ["total", "general_public_appropriation", "service_revenue", "carry_over"],
        [("total", "合计", ["521.05", "521.05", t2_service, ""])],
    )
    t1 = seed_t1({("general_public_appropriation", I): t1_general_public})
    return make_disclosure(t1, t2)


def test_seed_sources_match() -> None:
    assert findings("X201", _doc()) == []


def test_t1_item_differs_from_t2_total() -> None:
    [finding] = findings("X201", _doc(t1_general_public="512.05"))
    assert summary(finding) == (
        "X201",
        "一、一般公共预算财政拨款收入",
        "预算数",
        D("521.05"),
        D("512.05"),
        D("-9.00"),
    )
    assert finding.place.table == "表1 部门收支预算总表"
    assert finding.related[0].table == "表2 部门收入预算总表"


def test_t2_source_with_blank_t1_item() -> None:
    # 表2 prints 事业收入 10.00; 表1's 三、事业收入 is blank. 表2 总计 still says 521.05.
    [finding] = findings("X201", _doc(t2_service="10.00"))
    assert summary(finding) == ("X201", "三、事业收入", "预算数", D("10.00"), D("0"), D("-10.00"))
