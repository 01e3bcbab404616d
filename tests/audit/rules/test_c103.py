"""C103: a code the catalog does not know for the fiscal year (a note, never an error)."""

from __future__ import annotations

import pytest

from tests.factories import FILE, make_disclosure, make_table
from yusuan.audit.engine import run_rule
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import get_rule
from yusuan.catalog.catalog import Catalog, CatalogName, NameSource
from yusuan.catalog.load import load_official
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Section, TableKind


def run(doc: Disclosure, catalog: Catalog) -> list[Finding]:
    return run_rule(get_rule("C103"), doc, catalog).findings


def _doc(year: int = 2020) -> Disclosure:
    t1 = make_table(
        TableKind.T1,
        ["amount"],
        [("302", "商品和服务支出", ["174.92"], Section.ECONOMIC)],
        first_line=200,
    )
    t6 = make_table(
        TableKind.T6,
        ["total"],
        [
            ("302", "商品和服务支出", ["46.51"]),
            ("30201", "办公费", ["8.00"]),
            ("30231", "公务用车运行维护费", ["3.00"]),
        ],
        first_line=380,
    )
    return make_disclosure(t1, t6, fiscal_year=year)


def test_known_codes_pass() -> None:
    catalog = load_official()
    catalog.add(
        "economic",
        "30231",
        CatalogName(
            name="公务用车运行维护费",
            fiscal_year=2020,
            sources=[NameSource(kind="harvested", reference="other.txt")],
        ),
    )
    assert run(_doc(), catalog) == []


def test_unknown_code_is_an_info_note() -> None:
    # the packaged 2020 list has 302 and 30201 but not 30231
    [finding] = run(_doc(), load_official())
    assert finding.severity is Severity.INFO
    assert finding.place.row == "30231 公务用车运行维护费"
    assert finding.place.source is not None and finding.place.source.line == 383
    assert finding.found == 1
    assert finding.related == []
    assert finding.message == (
        "支出经济分类有1个编码不在已知的2020年科目表中（科目表不完整，请核对）："
        "30231 公务用车运行维护费"
    )


def test_codes_of_another_year_are_unknown() -> None:
    [finding] = run(_doc(year=2021), load_official())
    assert finding.found == 3
    assert (finding.place.table, finding.place.row) == (
        "表1 部门收支预算总表",
        "302 商品和服务支出",
    )
    assert [p.row for p in finding.related] == ["30201 办公费", "30231 公务用车运行维护费"]


def test_own_harvest_does_not_make_a_code_known() -> None:
    catalog = load_official()
    catalog.add(
        "economic",
        "30231",
        CatalogName(
            name="公务用车运行维护费",
            fiscal_year=2020,
            sources=[NameSource(kind="harvested", reference=FILE)],
        ),
    )
    [finding] = run(_doc(), catalog)
    assert finding.found == 1


def test_seed_unknown_codes(seed: Disclosure) -> None:
    if TableKind.T1 not in seed.tables or TableKind.T6 not in seed.tables:
        pytest.skip("table extraction of the seed is not available yet")
    function, economic = run(seed, load_official())
    # 表1 lists 26 function 类 (201 … 233, line 216 on); 表2 adds 15 款/项 (20708 … 2210203)
    assert function.found == 41
    assert function.place.row == "201 一般公共服务支出"
    assert function.place.source is not None and function.place.source.line == 216
    # economic: 类 303 307 309 310 311 312 313 399 (表1) and 款 30213 30231 30299 30302 30307
    # (表6); 301, 302 and the other 款 are in the packaged 2020 list
    assert economic.found == 13
    assert economic.place.row == "303 对个人和家庭的补助"
    assert economic.place.source is not None and economic.place.source.line == 219
    assert [p.row for p in economic.related][-5:] == [
        "30213 维修(护)费",
        "30231 公务用车运行维护费",
        "30299 其他商品和服务支出",
        "30302 退休费",
        "30307 医疗费补助",
    ]


def test_seed_is_not_known_through_its_own_packaged_harvest(seed: Disclosure) -> None:
    if TableKind.T1 not in seed.tables:
        pytest.skip("table extraction of the seed is not available yet")
    from yusuan.catalog.catalog import default_catalog

    # the packaged harvest holds the seed itself; it must not make the seed's codes known
    assert [f.found for f in run(seed, default_catalog())] == [41, 13]
