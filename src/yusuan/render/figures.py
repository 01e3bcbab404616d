"""Narrative arithmetic for generated disclosures: amounts, changes, rates and shares.

Percentages are rounded half-up to two decimals, the precision the generated narrative
prints and the narrative rules then check.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def amount(value: Decimal) -> str:
    """``Decimal('343.6400')`` → ``343.64`` (always two decimals)."""
    return f"{value.quantize(CENT, rounding=ROUND_HALF_UP):f}"


def percent(part: Decimal, whole: Decimal) -> str:
    """``part / whole`` as a percentage with two decimals (``66.00``); ``0.00`` for whole 0."""
    if whole == 0:
        return "0.00"
    return f"{(part * 100 / whole).quantize(CENT, rounding=ROUND_HALF_UP):f}"


@dataclass(frozen=True)
class Change:
    """This year against last year, as the narrative words it."""

    current: Decimal
    last: Decimal

    @property
    def difference(self) -> Decimal:
        return self.current - self.last

    def sentence(self, last_label: str) -> str:
        """``比 2019 年预算 472.73 万元增加 48.32 万元，增长 10.22%`` or ``与上年预算持平``."""
        if self.difference == 0:
            return f"与{last_label} {amount(self.last)} 万元持平"
        word, rate_word = ("增加", "增长") if self.difference > 0 else ("减少", "下降")
        text = f"比{last_label} {amount(self.last)} 万元{word} {amount(abs(self.difference))} 万元"
        if self.last != 0:
            text += f"，{rate_word} {percent(abs(self.difference), self.last)}%"
        return text
