"""Q107: the stated direction (增加/减少/持平) contradicts the figures."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._narrative_lookup import amount_text, figure_place
from yusuan.model.disclosure import Disclosure
from yusuan.model.narrative import NarrativeFigure


def actual_direction(figure: NarrativeFigure) -> tuple[str, str] | None:
    """The direction the figures show and how (``("持平", "本年 0 与上年 0 相同")``), from
    this year's and last year's amounts, else from the stated change; ``None`` if unknown."""
    unit = figure.unit.value
    if figure.last_year is not None:
        difference = figure.amount - figure.last_year
        how = f"本年 {amount_text(figure.amount)}{unit}，上年 {amount_text(figure.last_year)}{unit}"
    elif figure.change is not None:
        if figure.change != 0:
            return None  # a non-zero change's sign is the stated direction itself
        difference, how = Decimal(0), f"增减额为 {amount_text(figure.change)}{unit}"
    else:
        return None
    word = "增加" if difference > 0 else "减少" if difference < 0 else "持平"
    return word, how


@rule("Q107", "增减方向的表述与数字矛盾", Severity.WARNING)
def direction_contradicts_figures(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: the direction word of a year-on-year comparison agrees with the figures:
    增加 only with a rise, 减少 only with a fall, 持平 only with no change. A stated change of
    0 with 增加 or 减少 (比上年减少 0 万元) is a contradiction: the amount did not change.

    Why it matters: the sentence then says the opposite of its numbers, and the reason given
    after it (减少原因主要是厉行节约 …) explains a change that did not happen.

    Example: the seed's "公务接待费0万元，比上年预算减少0万元。减少原因主要是厉行节约" is
    flagged (持平, not 减少); "预算控制数为 0 万元，与上年预算持平" holds.

    Source: DISCLOSURE.md, "Text quality": a stated direction that contradicts the figures
    (增加 where the amount fell; 持平 with a change).
    """
    for figure in doc.narrative:
        if figure.direction is None:
            continue
        actual = actual_direction(figure)
        if actual is None or actual[0] == figure.direction:
            continue
        word, how = actual
        label = figure.name or figure.label
        yield ctx.finding(
            figure_place(figure),
            f"{label}：说明称“{figure.direction}”，{how}，实为{word}",
            expected=word,
            found=figure.direction,
        )
