"""C104: a code whose digits do not fit its classification, level or place."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.catalog.codes import CLASSIFICATION_LABELS, CodedRow, coded_rows, row_place
from yusuan.model.disclosure import Disclosure

_LENGTHS = {"function": (3, 5, 7), "economic": (3, 5)}
_LENGTH_TEXT = {
    "function": "3位（类）、5位（款）或7位（项）",
    "economic": "3位（类）或5位（款）",
}
_FIRST_DIGITS = {"function": ("2",), "economic": ("3", "5")}
_FIRST_TEXT = {"function": "2", "economic": "3（部门预算）或5（政府预算）"}


def _malformed(coded: CodedRow) -> str:
    """Why the code itself is malformed (its length or first digit does not fit)."""
    code, classification = coded.code, coded.classification
    label = CLASSIFICATION_LABELS[classification]
    if len(code) not in _LENGTHS[classification]:
        return f"{label}科目编码 {code} 为{len(code)}位，应为{_LENGTH_TEXT[classification]}"
    return f"{label}科目编码 {code} 不属于{label}（应以{_FIRST_TEXT[classification]}开头）"


@rule("C104", "科目编码位数或层级位置有误", Severity.ERROR)
def code_malformed_or_misplaced(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each code's digits fit its classification and level — function codes
    have 3 (类), 5 (款) or 7 (项) digits and begin with 2, economic codes 3 (类) or 5 (款)
    digits and begin with 3 (部门预算) or 5 (政府预算) — and each code sits in its place:
    within a table (each part of T1/T4 on its own) a 款 listed under a 类 begins with that
    类's 3 digits, and a 项 listed under a 款 begins with that 款's 5 digits.

    Why it matters: a 4- or 6-digit code, or a 款 under the wrong 类, is a typing or
    conversion error; the hierarchy sums (类 = sum of its 款) then add the wrong rows.

    Example: in 表5 a row “2080 行政事业单位养老支出” (4 digits) is an error; so is a row
    21011 行政事业单位医疗 placed right after 类 208 社会保障和就业支出 with no 210 before it.

    Source: DISCLOSURE.md, "Classifications" and "Whole-document rules": every code exists
    at the level its digits say; 政府收支分类科目 coding (类 3, 款 5, 项 7 digits).
    """
    # the last 类 and 款 of each classification in the table being walked (rows come table
    # by table)
    parents: dict[str, tuple[CodedRow | None, CodedRow | None]] = {}
    table = None
    for coded in coded_rows(doc):
        code, classification = coded.code, coded.classification
        if len(code) not in _LENGTHS[classification] or not code.startswith(
            _FIRST_DIGITS[classification]
        ):
            yield ctx.finding(row_place(coded), _malformed(coded), found=code)
            continue
        if coded.table is not table:
            table, parents = coded.table, {}
        last_class, last_section = parents.get(classification, (None, None))
        parent: CodedRow | None = None
        if len(code) == 3:
            parents[classification] = (coded, None)
            continue
        if len(code) == 5:
            parents[classification] = (last_class, coded)
            if last_class is not None and code[:3] != last_class.code:
                parent = last_class
        else:
            if last_section is not None and code[:5] != last_section.code:
                parent = last_section
            elif last_section is None and last_class is not None and code[:3] != last_class.code:
                parent = last_class
        if parent is not None:
            level = "款" if len(code) == 5 else "项"
            yield ctx.finding(
                row_place(coded),
                f"{level} {coded.row.describe()} 列在{parent.row.describe()}之下，"
                f"但编码不以 {parent.code} 开头（{coded.place_text()}）",
                expected=f"{parent.code}…",
                found=code,
                related=[row_place(parent)],
            )
