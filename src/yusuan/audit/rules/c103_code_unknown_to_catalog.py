"""C103: a code the catalog does not know for the document's fiscal year."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import NotApplicable, RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.catalog.catalog import Classification
from yusuan.catalog.codes import (
    CLASSIFICATION_LABELS,
    CodedRow,
    catalog_names,
    first_by_code,
    fiscal_year_of,
    row_place,
)
from yusuan.model.disclosure import Disclosure

_LISTED = 12


@rule("C103", "科目编码不在当年科目表中", Severity.INFO)
def code_unknown_to_catalog(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each well-formed code (3, 5 or 7 digits) is known to the catalog for
    the document's fiscal year, from an official list or from another document of that
    year (the document's own harvested names do not count). One note per classification
    lists the unknown codes; it is placed at the first of them, the first place of each
    other one related. Always a note (info), never an error: the packaged official lists
    are partial, so an unknown code may well be correct.

    Why it matters: a code no source knows for the year may be a retired code, a typo, or a
    code from another year's catalog; it is worth a look, and the note shows where the
    catalog itself has gaps.

    Example: the seed (2020) prints economic 款 30231 公务用车运行维护费 in 表6; the
    packaged 2020 部门预算支出经济分类 list stops short of 30231, so it is listed in the
    note on economic codes (with 30213, 30299, 30302, 30307 and the 类 303–399).

    Source: DISCLOSURE.md, "Whole-document rules": every code exists in the catalog of that
    fiscal year; catalog coverage in ``yusuan catalog``.
    """
    year = fiscal_year_of(doc)
    if year is None:
        raise NotApplicable("无法确定预算年度，不能对照当年科目表")
    names = catalog_names(doc, ctx.catalog, year)
    unknown: dict[Classification, list[CodedRow]] = {}
    for coded in first_by_code(doc):
        if len(coded.code) not in (3, 5, 7):
            continue  # malformed codes are C104's
        if not names[(coded.classification, coded.code)]:  # no source of the year names it
            unknown.setdefault(coded.classification, []).append(coded)
    for classification in ("function", "economic"):
        rows = unknown.get(classification, [])
        if not rows:
            continue
        listed = "、".join(r.row.describe() for r in rows[:_LISTED])
        more = f"等{len(rows)}个" if len(rows) > _LISTED else ""
        yield ctx.finding(
            row_place(rows[0]),
            f"{CLASSIFICATION_LABELS[classification]}有{len(rows)}个编码不在已知的{year}年"
            f"科目表中（科目表不完整，请核对）：{listed}{more}",
            found=len(rows),
            related=[row_place(r) for r in rows[1:]],
        )
