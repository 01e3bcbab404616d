"""N111: the 政府采购 parts do not add up to the stated total."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._narrative_lookup import amount_text, convert, figure_place
from yusuan.model.disclosure import Disclosure

PARTS = {
    "procurement.goods": "货物类",
    "procurement.services": "服务类",
    "procurement.works": "工程类",
}


@rule("N111", "政府采购预算各类之和与合计不符", Severity.ERROR)
def procurement_parts_not_total(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: the 政府采购 total the narrative states equals the sum of the parts it
    states with it (货物类/物类 + 服务类 + 工程类, in the same sentence or the two lines after
    it). It is checked only when at least 货物类 and 服务类 are stated (工程类 is often left
    out when zero).

    Why it matters: the parts and the total are printed in one sentence; when they disagree
    the procurement budget is misstated.

    Example: the seed's "政府采购预算支出合计 5.5 万元。包括：物类 1.5 万元，服务类 4 万元，工程类
    0 万元" holds (1.5 + 4 + 0 = 5.5); 合计 6.5 would be flagged.

    Source: DISCLOSURE.md, "Whole-document rules": 政府采购 parts (货物/物类, 服务类, 工程类)
    add up to the stated total.
    """
    for total in doc.figures("procurement.total"):
        parts = [f for f in doc.narrative if f.key in PARTS and f.sentence == total.sentence]
        if not parts:
            line = total.location.line or 0
            parts = [
                f
                for f in doc.narrative
                if f.key in PARTS and 0 <= (f.location.line or 0) - line <= 2
            ]
        keys = {p.key for p in parts}
        if not {"procurement.goods", "procurement.services"} <= keys:
            continue  # without both main parts the sum cannot be checked
        summed = sum((convert(p.amount, p.unit, total.unit) for p in parts), Decimal(0))
        terms = " + ".join(f"{PARTS[p.key]} {amount_text(p.amount)}" for p in parts)
        message = (
            f"说明所述政府采购合计 {amount_text(total.amount)}{total.unit.value}，"
            f"{terms} = {amount_text(summed)}{total.unit.value}"
        )
        found = ctx.mismatch(
            figure_place(total),
            summed,
            total.amount,
            message,
            parts=len(parts) + 1,
            unit=total.unit,
        )
        if found is not None:
            yield found
