"""The catalog model: name comparison, agreed names, excluding a document's own names."""

from __future__ import annotations

from yusuan.catalog.catalog import (
    Catalog,
    CatalogName,
    NameSource,
    normalize_name,
    same_name,
)


def _harvested(doc: str, line: int) -> NameSource:
    return NameSource(kind="harvested", reference=doc, location=f"第{line}行")


def _catalog(*names: tuple[str, int, NameSource]) -> Catalog:
    catalog = Catalog()
    for name, year, source in names:
        catalog.add("function", "207", CatalogName(name=name, fiscal_year=year, sources=[source]))
    return catalog


def test_normalize_ignores_whitespace_and_bracket_width() -> None:
    assert normalize_name("维修（护）费") == "维修(护)费"
    assert normalize_name(" 维修 (护) 费 ") == "维修(护)费"
    assert same_name("资本性支出（基本建设）", "资本性支出(基本建设)")
    assert not same_name("粮油物资储备支出", "粮油物资管理支出")


def test_name_depends_on_fiscal_year() -> None:
    catalog = _catalog(
        ("文化体育与传媒支出", 2018, _harvested("a2018.txt", 1)),
        ("文化旅游体育与传媒支出", 2019, _harvested("b2019.txt", 2)),
        ("文化旅游体育与传媒支出", 2019, _harvested("c2019.txt", 3)),
    )
    entry = catalog.get("function", "207")
    assert entry is not None
    agreed_2018 = entry.agreed_name(2018)
    agreed_2019 = entry.agreed_name(2019)
    assert agreed_2018 is not None and agreed_2018.name == "文化体育与传媒支出"
    assert agreed_2019 is not None and agreed_2019.name == "文化旅游体育与传媒支出"
    assert [s.reference for s in agreed_2019.sources] == ["b2019.txt", "c2019.txt"]
    assert entry.agreed_name(2020) is None
    assert not entry.disagrees(2019)


def test_disagreement_has_no_agreed_name_unless_official() -> None:
    catalog = _catalog(
        ("粮油物资储备支出", 2020, _harvested("seed.txt", 234)),
        ("粮油物资管理支出", 2020, _harvested("seed.txt", 325)),
    )
    entry = catalog.get("function", "207")
    assert entry is not None
    assert entry.disagrees(2020)
    assert entry.agreed_name(2020) is None
    catalog.add(
        "function",
        "207",
        CatalogName(
            name="粮油物资储备支出",
            fiscal_year=2020,
            sources=[NameSource(kind="official", reference="list_2020")],
        ),
    )
    agreed = entry.agreed_name(2020)
    assert agreed is not None and agreed.name == "粮油物资储备支出"
    assert entry.disagrees(2020)  # the harvested disagreement is still shown


def test_a_document_does_not_confirm_itself() -> None:
    catalog = _catalog(
        ("电视", 2020, _harvested("seed.txt", 257)),
        ("电视", 2020, _harvested("other.txt", 9)),
    )
    entry = catalog.get("function", "207")
    assert entry is not None
    agreed = entry.agreed_name(2020, exclude_document="seed.txt")
    assert agreed is not None
    assert [s.reference for s in agreed.sources] == ["other.txt"]
    assert catalog.knows("function", "207", 2020, exclude_document="seed.txt")
    alone = _catalog(("电视", 2020, _harvested("seed.txt", 257)))
    assert not alone.knows("function", "207", 2020, exclude_document="seed.txt")
    assert alone.knows("function", "207", 2020)


def test_names_of_year_follow_added_names() -> None:
    catalog = _catalog(
        ("文化体育与传媒支出", 2018, _harvested("a2018.txt", 1)),
        ("文化旅游体育与传媒支出", 2019, _harvested("b2019.txt", 2)),
    )
    assert [n.name for n in catalog.names_of_year(2019)[("function", "207")]] == [
        "文化旅游体育与传媒支出"
    ]
    assert catalog.names_of_year(2020) == {}
    catalog.add(
        "function",
        "207",
        CatalogName(
            name="文化旅游体育与传媒支出", fiscal_year=2020, sources=[_harvested("d.txt", 4)]
        ),
    )
    assert [n.name for n in catalog.names_of_year(2020)[("function", "207")]] == [
        "文化旅游体育与传媒支出"
    ]
