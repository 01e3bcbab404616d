"""The per-run building blocks of the arithmetic rules: the code hierarchy of a table, the
columns in which an identity fails, rows by key, and findings built without revalidation.

Values checked by hand against the seed text (江汉区融媒体中心 2020), 表3 lines 283–288:
208 社会保障和就业支出 50.34 = 20805 行政事业单位养老支出 50.34 = 31.03 + 16.12 + 3.19.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.factories import make_table
from yusuan.audit.arithmetic import (
    differing_columns,
    hierarchy,
    keyed_row,
    row_with_key,
    top_rows,
)
from yusuan.audit.context import shared_results
from yusuan.audit.engine import RuleResult, run_rules
from yusuan.audit.finding import Finding, Place, Severity, new_finding, new_place
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section, TableKind
from yusuan.read.location import SourceLocation


@pytest.fixture(scope="module")
def tables(seed: Disclosure) -> Disclosure:
    if len(seed.tables) < 8:
        pytest.skip("table extraction of the seed is not available")
    return seed


def test_hierarchy_of_the_seed_t3(tables: Disclosure) -> None:
    tree = hierarchy(tables.tables[TableKind.T3])
    assert [r.code for r in tree.top] == ["207", "208", "210", "221"]
    assert [r.code for r in tree.children["208"]] == ["20805"]
    children = tree.children["20805"]
    assert [(r.code, r.value("total")) for r in children] == [
        ("2080502", Decimal("31.03")),
        ("2080505", Decimal("16.12")),
        ("2080599", Decimal("3.19")),
    ]
    assert tree.by_code["20805"].value("total") == Decimal("50.34")
    assert differing_columns(tree.by_code["20805"], children, ["total", "basic"]) == []


def test_hierarchy_is_computed_once_per_run(tables: Disclosure) -> None:
    table = tables.tables[TableKind.T3]
    with shared_results():
        assert hierarchy(table) is hierarchy(table)
    assert hierarchy(table) is not hierarchy(table)  # outside a run: computed each time


def test_top_rows_when_a_level_is_left_out() -> None:
    table = make_table(
        TableKind.T3,
        ["total"],
        [("2070805", "电视", ["396.84"]), ("208", "社会保障和就业支出", ["50.34"])],
    )
    assert [r.code for r in top_rows(table)] == ["2070805", "208"]
    assert hierarchy(table).children == {"20708": [table.rows[0]]}  # 20708 itself not printed


def test_differing_columns_names_each_column_that_does_not_add_up() -> None:
    table = make_table(
        TableKind.T5,
        ["total", "basic", "project"],
        [
            ("207", "文化旅游体育与传媒支出", ["396.84", "219.43", "177.41"]),
            ("20708", "广播电视", ["369.84", "219.43", ""]),
            ("20799", "其他文化旅游体育与传媒支出", ["27.00", "", "177.41"]),
        ],
    )
    parent, *children = table.rows
    # total 369.84 + 27.00 = 396.84 holds; basic 219.43 holds; project 0 + 177.41 holds
    assert differing_columns(parent, children, ["total", "basic", "project"]) == []
    # without 20799: total 396.84 ≠ 369.84 and project 177.41 ≠ blank
    assert differing_columns(parent, children[:1], ["total", "basic", "project"]) == [
        "total",
        "project",
    ]


def test_rows_by_key_agree_with_the_table_lookup(tables: Disclosure) -> None:
    t1 = tables.tables[TableKind.T1]
    keys = {r.key for r in t1.rows if r.key} | {"no_such_key"}
    for key in keys:
        for section in (None, *Section):
            assert row_with_key(t1, key, section) is t1.row_by_key(key, section)
    assert (
        keyed_row(t1, "income_total", Section.INCOME)
        is t1.rows[[r.key for r in t1.rows].index("income_total")]
    )
    assert keyed_row(t1, "income_total", Section.FUNCTION) is None


def test_unsectioned_row_is_found_for_any_section() -> None:
    table = make_table(TableKind.T7, ["amount"], [("three_public_total", "合计", ["3.00"])])
    assert keyed_row(table, "three_public_total", Section.INCOME) is table.rows[0]
    assert row_with_key(table, "three_public_total", Section.INCOME) is None


def test_finding_built_without_validation_equals_the_validated_one() -> None:
    source = SourceLocation(file="seed.txt", line=283)
    place = new_place(table="表3 部门支出预算总表", row="208 社会保障和就业支出", source=source)
    assert place == Place(table="表3 部门支出预算总表", row="208 社会保障和就业支出", source=source)
    expected, found, difference = Decimal("50.34"), Decimal("51.06"), Decimal("0.72")
    built = new_finding(
        "H102",
        Severity.ERROR,
        "款合计不等于所属项之和",
        "消息",
        place,
        expected=expected,
        found=found,
        difference=difference,
        related=[place],
    )
    validated = Finding(
        code="H102",
        severity=Severity.ERROR,
        title="款合计不等于所属项之和",
        message="消息",
        place=place,
        expected=expected,
        found=found,
        difference=difference,
        related=[place],
    )
    assert built == validated
    assert built.model_dump_json() == validated.model_dump_json()


def test_finding_with_a_value_pydantic_converts_is_validated() -> None:
    place = new_place(sentence="说明")
    built = new_finding("Q999", Severity.INFO, "t", "m", place, found=True, related=[])
    assert (
        built.found
        == Finding(
            code="Q999", severity=Severity.INFO, title="t", message="m", place=place, found=True
        ).found
    )


def test_rule_results_equal_validated_ones(tables: Disclosure) -> None:
    for result in run_rules(tables, select=["H", "X", "D"]):
        validated = RuleResult.model_validate(result.model_dump())
        assert result == validated
        assert result.model_dump_json() == validated.model_dump_json()
