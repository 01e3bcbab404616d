"""C104: code digits must fit classification, level and place."""

from __future__ import annotations

import pytest

from tests.factories import make_disclosure, make_table
from yusuan.audit.engine import run_rule
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import get_rule
from yusuan.catalog.catalog import Catalog
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def run(doc: Disclosure) -> list[Finding]:
    return run_rule(get_rule("C104"), doc, Catalog()).findings


def _t5(*rows: tuple[str, str]) -> Disclosure:
    specs = [(code, name, ["1.00"]) for code, name in rows]
    return make_disclosure(make_table(TableKind.T5, ["total"], specs, first_line=340))


SEED_T5 = [
    ("208", "社会保障和就业支出"),
    ("20805", "行政事业单位养老支出"),
    ("2080502", "事业单位离退休"),
    ("210", "卫生健康支出"),
    ("21011", "行政事业单位医疗"),
    ("2101102", "事业单位医疗"),
]


def test_well_formed_hierarchy_passes() -> None:
    assert run(_t5(*SEED_T5)) == []
    t6 = make_table(
        TableKind.T6,
        ["total"],
        [("301", "工资福利支出", ["51.92"]), ("30101", "基本工资", ["51.92"])],
    )
    assert run(make_disclosure(t6)) == []


def test_four_and_six_digit_codes_are_errors() -> None:
    findings = run(_t5(("208", "社会保障和就业支出"), ("2080", "行政事业单位养老支出")))
    [finding] = findings
    assert finding.severity is Severity.ERROR
    assert finding.place.row == "2080 行政事业单位养老支出"
    assert finding.message == "支出功能分类科目编码 2080 为4位，应为3位（类）、5位（款）或7位（项）"
    t6 = make_table(
        TableKind.T6,
        ["total"],
        [("302", "商品和服务支出", ["1.00"]), ("302131", "维修(护)费", ["1.00"])],
    )
    [six] = run(make_disclosure(t6))
    assert six.message == "支出经济分类科目编码 302131 为6位，应为3位（类）或5位（款）"


def test_economic_code_in_function_table_is_an_error() -> None:
    [finding] = run(_t5(("301", "工资福利支出")))
    assert finding.message == "支出功能分类科目编码 301 不属于支出功能分类（应以2开头）"


def test_section_under_the_wrong_class_is_an_error() -> None:
    rows = [SEED_T5[0], SEED_T5[1], SEED_T5[2], SEED_T5[4], SEED_T5[5]]  # 210 row missing
    [finding] = run(_t5(*rows))
    assert finding.place.row == "21011 行政事业单位医疗"
    assert finding.place.source is not None and finding.place.source.line == 344
    assert (finding.expected, finding.found) == ("208…", "21011")
    [related] = finding.related
    assert related.row == "208 社会保障和就业支出"


def test_item_under_the_wrong_section_is_an_error() -> None:
    rows = [*SEED_T5[:3], ("2080605", "电视")]
    [finding] = run(_t5(*rows))
    assert finding.place.row == "2080605 电视"
    assert finding.related[0].row == "20805 行政事业单位养老支出"


def test_seed_codes_are_well_formed_and_placed(seed: Disclosure) -> None:
    if TableKind.T5 not in seed.tables or TableKind.T6 not in seed.tables:
        pytest.skip("table extraction of the seed is not available yet")
    assert run(seed) == []
    t5 = seed.tables[TableKind.T5]
    # drop seed line 353 (210 卫生健康支出): its 款 21011 (line 354) and 21099 (line 357) now
    # sit under 208
    rows = [r for r in t5.rows if r.code != "210"]
    broken = seed.model_copy(
        update={"tables": {**seed.tables, TableKind.T5: t5.model_copy(update={"rows": rows})}}
    )
    finding, second = run(broken)
    assert second.place.row == "21099 其他卫生健康支出"
    assert finding.place.row == "21011 行政事业单位医疗"
    assert finding.place.source is not None and finding.place.source.line == 354
    assert finding.related[0].row == "208 社会保障和就业支出"
