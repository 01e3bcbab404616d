"""N108: the stated 增减额 is not this year's amount minus last year's."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._narrative_lookup import amount_text, figure_place
from yusuan.model.disclosure import Disclosure


@rule("N108", "说明中的增减额与本年数、上年数之差不符", Severity.ERROR)
def stated_change_not_difference(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: when a sentence states this year's amount, last year's amount and the
    change, |this year − last year| equals the printed change. The sign (增加/减少) is checked
    by Q107.

    Why it matters: the three numbers are printed side by side; when they do not add up one of
    them is wrong, and readers cannot tell which.

    Example: the seed's "2020 年部门总预算 521.05 万元,比 2019 年预算 472.73 万元增加 48.32 万元"
    holds (521.05 − 472.73 = 48.32); 增加 48.23 would be flagged.

    Source: DISCLOSURE.md, "Whole-document rules": this year − last year = the stated 增减额.
    """
    for figure in doc.narrative:
        if figure.last_year is None or figure.change is None:
            continue
        expected = abs(figure.amount - figure.last_year)
        stated = abs(figure.change)
        if stated == expected:
            continue  # the change adds up: no message to build
        unit = figure.unit.value
        message = (
            f"说明所述增减额 {amount_text(stated)}{unit}，本年 {amount_text(figure.amount)}{unit}"
            f"与上年 {amount_text(figure.last_year)}{unit}之差为 {amount_text(expected)}{unit}"
        )
        found = ctx.mismatch(
            figure_place(figure), expected, stated, message, parts=2, unit=figure.unit
        )
        if found is not None:
            yield found
