"""The packaged official partial lists (2020 economic classification) and their provenance."""

from __future__ import annotations

import csv
from pathlib import Path

from yusuan.catalog.load import load_official


def _name(code: str, year: int = 2020) -> str | None:
    entry = load_official().get("economic", code)
    if entry is None:
        return None
    agreed = entry.agreed_name(year)
    return agreed.name if agreed else None


def test_dept_economic_2020_names() -> None:
    assert _name("301") == "工资福利支出"
    assert _name("30101") == "基本工资"
    assert _name("30113") == "住房公积金"
    assert _name("302") == "商品和服务支出"
    assert _name("30240") == "税金及附加费用"
    assert _name("30231") is None  # not in the partial list
    assert _name("301", 2021) is None  # a 2020 list says nothing about 2021


def test_gov_economic_2020_names() -> None:
    assert _name("501") == "机关工资福利支出"
    assert _name("50204") == "专用材料购置费"
    assert _name("50205") is None


def test_official_counts_and_provenance() -> None:
    catalog = load_official()
    assert len(list(catalog.codes("economic"))) == 33 + 10
    dept = catalog.sources["dept_economic_2020"]
    assert dept.kind == "official" and dept.partial and dept.rows == 33
    assert dept.fiscal_year == 2020
    assert "http://www.hd-u.com/cwc/info/1013/1198.htm" in dept.url
    gov = catalog.sources["gov_economic_2020"]
    assert gov.rows == 10 and gov.partial
    entry = catalog.get("economic", "30101")
    assert entry is not None
    [source] = entry.names[0].sources
    assert (source.kind, source.reference) == ("official", "dept_economic_2020")


def test_packaged_copies_match_shared(shared_dir: Path) -> None:
    packaged = Path(__file__).resolve().parents[2] / "src" / "yusuan" / "catalog" / "data"
    for name in ("dept_economic_classification_2020.csv", "gov_economic_classification_2020.csv"):
        shared = (shared_dir / "catalogs" / name).read_text(encoding="utf-8")
        assert (packaged / name).read_text(encoding="utf-8") == shared
        rows = list(csv.DictReader(shared.splitlines()))
        assert len(rows) == {"dept": 33, "gov": 10}[name[:4].rstrip("_")]
