"""N109: the stated 增长率 is not the change over last year's amount."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._changes import last_year_amount, signed_change
from yusuan.audit.rules._narrative_lookup import (
    TRUNCATED,
    amount_text,
    figure_place,
    half_unit_of,
    printed_decimals,
    rate_holds,
    ratio_range,
    round_half_up,
    truncation_holds,
)
from yusuan.model.disclosure import Disclosure


@rule("N109", "说明中的增长率计算有误", Severity.ERROR)
def growth_rate_not_change_over_last_year(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: a stated growth rate equals |change| / last year × 100, rounded half up
    to the decimals printed (增长 10% is checked at 0 decimals, 增长 0.4% at one). The change
    is the stated one (else this year − last year); last year's amount is the stated one (else
    this year − the change). The amounts are themselves rounded, so a rate that some values
    within their rounding (half a unit of each printed amount) would give is accepted. A rate
    of two or more decimals printed cut off instead of rounded (10.1581% as 10.15%) is a
    warning that says so, not an error: the digits printed are right, the rounding is not.

    Why it matters: a wrong rate misstates how fast spending grows — the number a reader
    remembers.

    Example: the seed's "增加 48.32 万元，增长 10%" against 472.73 holds (10.22% → 10);
    "增加 46.94 万元，增长 36%" for 项目支出 177.41 holds (46.94 / 130.47 = 35.98% → 36);
    增长 12% would be flagged.

    Source: DISCLOSURE.md, "Whole-document rules": 增减额 / last year = the stated 增长率 at the
    precision printed.
    """
    for figure in doc.narrative:
        if figure.growth_rate is None:
            continue
        last = last_year_amount(figure)
        change = signed_change(figure)
        if change is None and last is not None and figure.last_year is not None:
            change = figure.amount - last
        if last is None or change is None or last == 0:
            continue
        decimals = printed_decimals(figure.growth_rate)
        expected = round_half_up(abs(change) / last * 100, decimals)
        stated = abs(figure.growth_rate)
        change_error = half_unit_of(change)
        last_error = (
            half_unit_of(last)
            if figure.last_year is not None
            else half_unit_of(figure.amount) + change_error
        )
        bounds = ratio_range(abs(change), change_error, last, last_error)
        if expected == stated or (bounds is not None and rate_holds(stated, bounds)):
            continue
        exact = round_half_up(abs(change) / last * 100, decimals + 2)
        message = (
            f"说明所述增长率 {amount_text(stated)}%，增减额 {amount_text(abs(change))} / "
            f"上年 {amount_text(last)} = {amount_text(exact)}%，"
            f"按所印精度应为 {amount_text(expected)}%"
        )
        if bounds is not None and truncation_holds(stated, bounds):
            yield ctx.finding(
                figure_place(figure),
                message + TRUNCATED,
                expected=expected,
                found=stated,
                severity=Severity.WARNING,
            )
            continue
        yield ctx.finding(figure_place(figure), message, expected=expected, found=stated)
