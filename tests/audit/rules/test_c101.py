"""C101: the same code printed with different names in one document."""

from __future__ import annotations

import pytest

from tests.factories import make_disclosure, make_table
from yusuan.audit.engine import run_rule
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import get_rule
from yusuan.catalog.catalog import Catalog
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section, TableKind

F, E = Section.FUNCTION, Section.ECONOMIC


def run(doc: Disclosure) -> list[Finding]:
    return run_rule(get_rule("C101"), doc, Catalog()).findings


def _doc(t4_name_222: str, t6_name_30213: str = "维修（护）费") -> Disclosure:
    t1 = make_table(
        TableKind.T1,
        ["amount"],
        [
            ("207", "文化旅游体育与传媒支出", ["396.84"], F),
            ("222", "粮油物资储备支出", [""], F),
            ("302", "商品和服务支出", ["174.92"], E),
        ],
        first_line=200,
    )
    t4 = make_table(
        TableKind.T4,
        ["general_public"],
        [
            ("207", "文化旅游体育与传媒支出", ["396.84"], F),
            ("222", t4_name_222, [""], F),
            ("302", "商品和服务支出", ["174.92"], E),
        ],
        first_line=300,
    )
    t6 = make_table(
        TableKind.T6,
        ["total"],
        [("302", "商品和服务支出", ["46.51"]), ("30213", t6_name_30213, ["1.00"])],
        first_line=360,
    )
    return make_disclosure(t1, t4, t6)


def test_same_names_pass() -> None:
    assert run(_doc("粮油物资储备支出")) == []


def test_bracket_width_and_spaces_are_the_same_name() -> None:
    assert run(_doc(" 粮油物资储备支出", t6_name_30213="维修(护)费")) == []


def test_two_names_for_222_is_an_error_naming_both_places() -> None:
    [finding] = run(_doc("粮油物资管理支出"))
    assert finding.severity is Severity.ERROR
    assert finding.place.table == "表4 财政拨款收支预算总表"
    assert finding.place.row == "222 粮油物资管理支出"
    assert finding.place.source is not None and finding.place.source.line == 302
    [related] = finding.related
    assert related.table == "表1 部门收支预算总表"
    assert related.source is not None and related.source.line == 202
    assert (finding.expected, finding.found) == ("粮油物资储备支出", "粮油物资管理支出")
    assert finding.message == (
        "支出功能分类科目 222 在本文件中名称不一致："
        "表1 部门收支预算总表 第202行为“粮油物资储备支出”；"
        "表4 财政拨款收支预算总表 第302行为“粮油物资管理支出”"
    )


def test_seed_222_named_two_ways(seed: Disclosure) -> None:
    if TableKind.T1 not in seed.tables or TableKind.T4 not in seed.tables:
        pytest.skip("table extraction of the seed is not available yet")
    findings = run(seed)
    # seed line 234 (表1): "222 粮油物资储备支出"; line 325 (表4): "222 粮油物资管理支出"
    assert [(f.place.row, f.place.source.line if f.place.source else None) for f in findings] == [
        ("222 粮油物资管理支出", 325)
    ]
    [related] = findings[0].related
    assert related.row == "222 粮油物资储备支出"
    assert related.source is not None and related.source.line == 234
