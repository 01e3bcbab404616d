"""Shared by N108, N109 and Q107: the year-on-year change a narrative figure states.

``NarrativeFigure.change`` is read as the printed magnitude, its sign given by ``direction``
(增加 +, 减少 −); a negative printed change keeps its own sign. Last year's amount is the
stated one, or derived from this year's amount and the stated change when only those are
printed (基本支出 343.64 万元，较 2019 年预算增加 1.38 万元 → 342.26).
"""

from __future__ import annotations

from decimal import Decimal

from yusuan.model.narrative import NarrativeFigure


def signed_change(figure: NarrativeFigure) -> Decimal | None:
    """The stated change with its sign (+ for 增加, − for 减少), or ``None`` if not stated."""
    if figure.change is None:
        return None
    if figure.direction == "减少" and figure.change > 0:
        return -figure.change
    return figure.change


def last_year_amount(figure: NarrativeFigure) -> Decimal | None:
    """Last year's amount as stated, else this year's amount minus the signed change."""
    if figure.last_year is not None:
        return figure.last_year
    change = signed_change(figure)
    return figure.amount - change if change is not None else None
