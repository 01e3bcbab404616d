"""X204: a function 类 in 表1 differs from its 总计 in 表3."""

from __future__ import annotations

from dataclasses import replace

from tests.audit.rules.arithmetic_support import D, F, findings, result, seed_t1, summary, swu_t1
from tests.factories import make_disclosure, make_table
from yusuan.model.tables import StandardTable, TableKind


def _t3(class_207: str = "396.84") -> StandardTable:
    return make_table(
        TableKind.T3,
        ["total", "carry_forward"],
        [
            ("207", "文化旅游体育与传媒支出", [class_207, ""]),
            ("208", "社会保障和就业支出", ["50.34", ""]),
            ("210", "卫生健康支出", ["35.91", ""]),
            ("221", "住房保障支出", ["37.96", ""]),
        ],
    )


def test_seed_classes_match_and_blank_classes_are_fine() -> None:
    assert findings("X204", make_disclosure(seed_t1(), _t3())) == []


def test_t1_class_differs_from_t3() -> None:
    [finding] = findings("X204", make_disclosure(seed_t1({("207", F): "369.84"}), _t3()))
    assert summary(finding) == (
        "X204",
        "207 文化旅游体育与传媒支出",
        "预算数",
        D("396.84"),
        D("369.84"),
        D("-27.00"),
    )
    assert finding.place.table == "表1 部门收支预算总表"


def test_t3_class_blank_in_t1() -> None:
    [finding] = findings("X204", make_disclosure(seed_t1({("221", F): ""}), _t3()))
    assert summary(finding) == (
        "X204",
        "221 住房保障支出",
        "预算数",
        D("37.96"),
        D("0"),
        D("-37.96"),
    )


def test_t3_carry_forward_is_not_this_years_expenditure() -> None:
    t3 = make_table(
        TableKind.T3,
        ["total", "carry_forward"],
        [("207", "文化旅游体育与传媒支出", ["406.84", "10.00"])],
    )
    t1 = seed_t1()
    doc = make_disclosure(t1, t3)
    found = [f for f in findings("X204", doc) if f.place.row == "207 文化旅游体育与传媒支出"]
    assert found == []


def test_t1_classes_printed_by_name_are_matched_by_name() -> None:
    t3 = make_table(
        TableKind.T3,
        ["total"],
        [
            ("205", "教育支出", ["434334.99"]),
            ("206", "科学技术支出", ["2801.72"]),
            ("208", "社会保障和就业支出", ["14616.30"]),
            ("221", "住房保障支出", ["16916.56"]),
            ("229", "其他支出", ["109.50"]),
        ],
    )
    assert findings("X204", make_disclosure(swu_t1(), t3)) == []
    [finding] = findings("X204", make_disclosure(swu_t1({"二、科学技术支出": "2081.72"}), t3))
    assert summary(finding) == (
        "X204",
        "二、科学技术支出",
        "预算数",
        D("2801.72"),
        D("2081.72"),
        D("-720.00"),
    )


def test_t1_by_basic_and_project_is_not_applicable() -> None:
    # Jiangsu 2017-2019 收支预算总表: 一、基本支出 二、项目支出 三、单位预留机动经费 (not by function)
    t1 = make_table(
        TableKind.T1,
        ["amount"],
        [
            ("一、基本支出", "一、基本支出", ["15844.04"], F),
            ("二、项目支出", "二、项目支出", ["4335.30"], F),
            ("expenditure_subtotal", "支出合计", ["20179.34"], F),
        ],
    )
    t1 = t1.model_copy(
        update={"rows": [replace(r, key=None) if "、" in r.label else r for r in t1.rows]}
    )
    assert result("X204", make_disclosure(t1, _t3())).outcome == "not_applicable"
