"""X204: a function 类 in 表1 differs from the same 类's 总计 in 表3."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.arithmetic import (
    ZERO,
    Term,
    amount_columns,
    class_rows,
    first_by_code,
    headline_column,
    named_classes,
    tables_present,
)
from yusuan.audit.context import NotApplicable, RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Level, Row, Section, StandardTable, TableKind


@rule(
    "X204",
    "收支总表功能分类类级与支出表不一致",
    Severity.ERROR,
    requires=(TableKind.T1, TableKind.T3),
)
def t1_function_class_differs_from_t3(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each function 类 amount on 表1's expenditure-by-function side equals
    that 类's 总计 in 表3 (less 表3's 结转下年 for that 类, when printed, since 表1 lists this
    year's expenditure). Where 表1 prints its classes by name only (一、教育支出) they are
    matched to 表3's 类 by name (not applicable when none matches: the side is then not by
    function, e.g. 一、基本支出 二、项目支出). 表1 lists every 类 of the catalog, most of them blank: a
    blank 类 without a 表3 row is fine; a non-zero one on either side only is reported (on 表1 when it
    prints the 类, else on 表3).

    Why it matters: the class amounts of 表1 are the ones the narrative quotes ("文化旅游体育与
    传媒支出 396.84 万元"); they must be the totals of the detailed table.

    Example: 表1 prints 207 文化旅游体育与传媒支出 369.84 while 表3 prints 396.84: expected
    396.84, found 369.84, difference -27.00.

    Source: DISCLOSURE.md, "The eight standard tables": T1 "本年支出合计 by function = sum of
    function 类 rows" with T3 "合计 = T1 本年支出合计" (the class amounts are T3's 类 totals).
    """
    t1 = tables_present(doc, (TableKind.T1,))[0]
    t3 = tables_present(doc, (TableKind.T3,))[0]
    if "total" not in amount_columns(t3):
        raise NotApplicable("表3 未列示总计列")
    t3_classes = first_by_code(r for r in t3.coded_rows() if r.level is Level.CLASS)
    names = {code: row.name or row.label for code, row in t3_classes.items()}
    t1_classes = named_classes(class_rows(t1, Section.FUNCTION), names)
    if t1_classes is None:
        raise NotApplicable("表1 支出方未按功能分类类级列示")
    for code in [*t1_classes, *(c for c in t3_classes if c not in t1_classes)]:
        row1 = t1_classes.get(code)
        row3 = t3_classes.get(code)
        expected = row3.amount("total") - row3.amount("carry_forward") if row3 is not None else ZERO
        if row1 is not None:
            column = headline_column(row1)
            if row1.amount(column) == expected:
                continue  # agrees: no message, no places to build
            found = Term(t1, row1, column)
            parts = _t3_terms(t3, row3)
            text = (
                f"{row1.describe()} {found.printed} 不等于表3 该类的总计 {expected}"
                if row3 is not None
                else f"{row1.describe()} {found.printed} 在表3 中无对应类"
            )
            finding = ctx.mismatch(
                found.place,
                expected,
                found.amount,
                text,
                related=[p.place for p in parts if p.value is not None],
            )
        else:
            assert row3 is not None
            if expected == ZERO:
                continue  # nothing on either side
            parts = _t3_terms(t3, row3)
            finding = ctx.mismatch(
                parts[0].place,
                ZERO,
                expected,
                f"{row3.describe()} 的总计 {parts[0].printed} 在表1 中无对应类",
            )
        if finding is not None:
            yield finding


def _t3_terms(t3: StandardTable, row: Row | None) -> list[Term]:
    """The 表3 cells a class's amount is made of: 总计 and 结转下年 (none without the row)."""
    return [Term(t3, row, "total"), Term(t3, row, "carry_forward")] if row is not None else []
