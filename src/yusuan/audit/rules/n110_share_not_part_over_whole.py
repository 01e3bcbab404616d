"""N110: a stated share (占 …%) is not the part over the whole."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._narrative_lookup import (
    TRUNCATED,
    amount_text,
    figure_place,
    half_unit_of,
    printed_decimals,
    rate_holds,
    ratio_range,
    round_half_up,
    table_value,
    truncation_holds,
)
from yusuan.model.disclosure import Disclosure
from yusuan.model.figure_keys import FIGURE_KEYS
from yusuan.model.narrative import NarrativeFigure

# Shares of a list item (share_of "function"/"economic") have no single whole to take.
_NO_WHOLE = ("function", "economic")


def _whole(doc: Disclosure, figure: NarrativeFigure) -> Decimal | None:
    """The amount the share is taken of: the figure ``share_of`` stated in the same sentence,
    else that key's table value, else the figure of that key stated last before the share."""
    key = figure.share_of or figure.part_of
    if key is None or key in _NO_WHOLE:
        return None
    stated = [f for f in doc.figures(key) if f.unit == figure.unit]
    same = [f for f in stated if f.sentence == figure.sentence]
    if same:
        return same[0].amount
    value = table_value(doc, key, figure.unit)
    if value is not None:
        return value.amount
    position = next((i for i, f in enumerate(doc.narrative) if f is figure), len(doc.narrative))
    before = [f for f in doc.narrative[:position] if f.key == key and f.unit == figure.unit]
    return before[-1].amount if before else None


@rule("N110", "说明中的占比计算有误", Severity.ERROR)
def share_not_part_over_whole(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: a stated share equals the figure's amount / the amount it is a share
    of × 100, rounded half up to the decimals printed; since both amounts are rounded, a
    share that some values within half a unit of each would give is accepted. The whole is the narrative figure the
    share names (``share_of``) in the same sentence, else its table value, else the last such
    figure stated before it. A part larger than the whole found is skipped: the whole is then
    not the one the share refers to (the sentence names another base). A share one unit of
    its last digit off, in a list whose stated shares were made to add up to exactly 100%
    where the rounded ones do not, is reported as rounding (info). A share of two or more
    decimals printed cut off instead of rounded (99.868% as 99.86%) is a warning that says
    so, not an error.

    Why it matters: shares are computed by hand in most offices; a wrong one misstates the
    structure of the budget.

    Example: the seed's "基本支出 343.64 万元，占 66%" of 521.05 holds (65.95% → 66), and
    "项目支出 177.41 万元,占 34%" holds (34.05% → 34); 占 65% would be flagged.

    Source: DISCLOSURE.md, "Whole-document rules": 占比 = part / whole at the precision
    printed.
    """
    for figure in doc.narrative:
        if figure.share is None:
            continue
        whole = _whole(doc, figure)
        if whole is None or whole == 0 or figure.amount > whole:
            continue  # a part larger than its whole: the whole is not the one meant
        decimals = printed_decimals(figure.share)
        computed = figure.amount / whole * 100
        expected = round_half_up(computed, decimals)
        bounds = ratio_range(figure.amount, half_unit_of(figure.amount), whole, half_unit_of(whole))
        if expected == figure.share or (bounds is not None and rate_holds(figure.share, bounds)):
            continue
        name = FIGURE_KEYS.get(figure.share_of or figure.part_of or "", "总额")
        message = (
            f"说明所述占比 {amount_text(figure.share)}%，{amount_text(figure.amount)} / "
            f"{name} {amount_text(whole)} = {amount_text(round_half_up(computed, decimals + 2))}%"
            f"，按所印精度应为 {amount_text(expected)}%"
        )
        if _plugged_to_hundred(doc, figure, whole, expected):
            finding = ctx.finding(
                figure_place(figure),
                message + "（各项占比合计调为 100%，差额在四舍五入误差范围内）",
                expected=expected,
                found=figure.share,
                severity=Severity.INFO,
            )
            finding.rounding = True
            yield finding
            continue
        if bounds is not None and truncation_holds(figure.share, bounds):
            yield ctx.finding(
                figure_place(figure),
                message + TRUNCATED,
                expected=expected,
                found=figure.share,
                severity=Severity.WARNING,
            )
            continue
        yield ctx.finding(figure_place(figure), message, expected=expected, found=figure.share)


def _plugged_to_hundred(
    doc: Disclosure, figure: NarrativeFigure, whole: Decimal, expected: Decimal
) -> bool:
    """True when ``figure``'s share is one unit of its last digit off ``expected`` because the
    list it belongs to was made to add up to 100%: the shares stated in its sentence of the
    same whole add up to exactly 100 as printed, and the correctly rounded ones do not
    (86.05 + 3.52 + 0.88 + 9.55 = 100.00, where 9.5575 rounds to 9.56)."""
    share = figure.share
    assert share is not None
    unit = Decimal(1).scaleb(-printed_decimals(share))
    if abs(share - expected) != unit:
        return False
    siblings = [
        f
        for f in doc.narrative
        if f.sentence == figure.sentence
        and f.share is not None
        and (f.share_of or f.part_of) == (figure.share_of or figure.part_of)
    ]
    if len(siblings) < 2 or sum((f.share or Decimal(0)) for f in siblings) != 100:
        return False
    decimals = printed_decimals(share)
    rounded = sum(round_half_up(f.amount / whole * 100, decimals) for f in siblings)
    return rounded != 100
