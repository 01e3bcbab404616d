"""C102: a code's printed name differs from the catalog's agreed name for the year."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import NotApplicable, RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.catalog.catalog import CatalogName, NameSource, agreed_among, same_name
from yusuan.catalog.codes import (
    CLASSIFICATION_LABELS,
    catalog_names,
    fiscal_year_of,
    named_variants,
    row_place,
)
from yusuan.model.disclosure import Disclosure

_MAX_SOURCES = 3


@rule("C102", "科目名称与当年科目表不一致", Severity.WARNING)
def name_differs_from_catalog(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each code's printed name equals the name the catalog agrees on for
    the document's fiscal year (ignoring whitespace and full/half-width brackets). The
    document's own harvested names are left out when judging, so a document never confirms
    itself; a code whose sources of that year disagree is not judged. One finding per code
    and name, at its first place.

    Why it matters: the names of the 政府收支分类科目 change from year to year (207 was
    文化体育与传媒支出 before 2019, 文化旅游体育与传媒支出 from 2019); a document printing
    another year's name, or a mistyped one, misstates what the money is for.

    Example: in a 2020 document, 表6 prints 30101 “基础工资” where the official 2020
    部门预算支出经济分类 list has 30101 “基本工资”: a warning citing that list.

    Source: DISCLOSURE.md, "Whole-document rules": every code has that year's name;
    财政部《2020年政府收支分类科目》.
    """
    year = fiscal_year_of(doc)
    if year is None:
        raise NotApplicable("无法确定预算年度，不能对照当年科目表")
    names = catalog_names(doc, ctx.catalog, year)
    # a code printed with several names comes once per name: (agreed name, sources) per code
    agreed_by_code: dict[tuple[str, str], tuple[CatalogName, list[NameSource]] | None] = {}
    for coded in named_variants(doc):
        code_key = (coded.classification, coded.code)
        if code_key in agreed_by_code:
            agreed = agreed_by_code[code_key]
        else:
            agreed = agreed_by_code[code_key] = agreed_among(names[code_key])
        if agreed is None:
            continue
        chosen, sources = agreed
        name = (coded.name or "").strip()
        if same_name(chosen.name, name):
            continue
        cited = "、".join(s.describe() for s in sources[:_MAX_SOURCES])
        more = f"等{len(sources)}处" if len(sources) > _MAX_SOURCES else ""
        yield ctx.finding(
            row_place(coded),
            f"{CLASSIFICATION_LABELS[coded.classification]}科目 {coded.code} 在"
            f"{coded.place_text()}名为“{name}”，{year}年科目表为“{chosen.name}”"
            f"（来源：{cited}{more}）",
            expected=chosen.name,
            found=name,
        )
