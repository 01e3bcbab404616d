"""C101: the same classification code printed with different names in one document."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.catalog.codes import CLASSIFICATION_LABELS, CodedRow, named_variants, row_place
from yusuan.model.disclosure import Disclosure


@rule("C101", "同一科目编码在文件内名称不一致", Severity.ERROR)
def code_named_differently_in_document(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: every function and economic code has one name throughout the
    document: the name printed beside a code in one table is the name printed beside it in
    every other table (and elsewhere in the same table). Names are compared ignoring
    whitespace and full/half-width brackets.

    Why it matters: the tables are one set; a code named two ways means one of the tables
    was filled from a different (often outdated or mistyped) list, and readers cannot tell
    which expenditure the code stands for.

    Example: the seed document (2020) names function 类 222 “粮油物资储备支出” in 表1
    部门收支预算总表 (line 234) but “粮油物资管理支出” in 表4 财政拨款收支预算总表 (line
    325): one error at 表4, naming 表1 as the related place.

    Source: DISCLOSURE.md, "Whole-document rules": the same code has the same name in every
    table.
    """
    by_code: dict[tuple[str, str], list[CodedRow]] = {}
    for coded in named_variants(doc):
        by_code.setdefault((coded.classification, coded.code), []).append(coded)
    for (classification, code), variants in by_code.items():
        if len(variants) < 2:
            continue
        places = "；".join(f"{v.place_text()}为“{v.name}”" for v in variants)
        yield ctx.finding(
            row_place(variants[1]),
            f"{CLASSIFICATION_LABELS[classification]}科目 {code} 在本文件中名称不一致：{places}",
            expected=variants[0].name,
            found=variants[1].name,
            related=[row_place(v) for v in variants if v is not variants[1]],
        )
