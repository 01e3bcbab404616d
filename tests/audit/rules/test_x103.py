"""X103: 本年支出合计 (by function) differs from the sum of the function 类."""

from __future__ import annotations

from dataclasses import replace

from tests.audit.rules.arithmetic_support import D, F, findings, seed_t1, seed_t4, summary, swu_t1
from tests.factories import make_disclosure, make_table
from yusuan.model.tables import TableKind


def test_seed_function_side_adds_up() -> None:
    assert findings("X103", make_disclosure(seed_t1(), seed_t4())) == []


def test_function_subtotal_differing_from_classes() -> None:
    [finding] = findings("X103", make_disclosure(seed_t1({("expenditure_subtotal", F): "512.05"})))
    # 396.84 + 50.34 + 35.91 + 37.96 = 521.05
    assert summary(finding) == (
        "X103",
        "本年支出合计",
        "预算数",
        D("521.05"),
        D("512.05"),
        D("-9.00"),
    )
    assert len(finding.related) == 5  # every function 类 row, the blank 201 included


def test_t4_general_public_column() -> None:
    [finding] = findings("X103", make_disclosure(seed_t4({("221", F): ["73.96", ""]})))
    assert summary(finding) == (
        "X103",
        "本年支出合计",
        "一般公共预算",
        D("557.05"),
        D("521.05"),
        D("-36.00"),
    )


def test_classes_printed_by_name_only() -> None:
    # 434334.99 + 2801.72 + 14616.30 + 16916.56 + 109.50 = 468779.07
    assert findings("X103", make_disclosure(swu_t1())) == []
    [finding] = findings("X103", make_disclosure(swu_t1({"五、其他支出": "190.50"})))
    assert summary(finding) == (
        "X103",
        "本年支出合计",
        "预算数",
        D("468860.07"),
        D("468779.07"),
        D("-81.00"),
    )


def test_only_top_numbered_named_lines_are_classes() -> None:
    # 一、基本支出 with its unnumbered detail 工资福利支出 below: only 一、二、 lines are added
    t1 = make_table(
        TableKind.T1,
        ["amount"],
        [
            ("一、基本支出", "一、基本支出", ["15844.04"], F),
            ("工资福利支出", "工资福利支出", ["9000.00"], F),
            ("二、项目支出", "二、项目支出", ["4335.30"], F),
            ("expenditure_subtotal", "支出合计", ["20179.34"], F),
        ],
    )
    t1 = t1.model_copy(
        update={
            "rows": [
                replace(r, key=None) if r.key != "expenditure_subtotal" else r for r in t1.rows
            ]
        }
    )
    assert findings("X103", make_disclosure(t1)) == []
