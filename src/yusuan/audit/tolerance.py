"""Rounding tolerance for comparing printed amounts.

Published amounts are rounded per cell to the precision printed (0.01 万元 in most
documents). A value computed from ``n`` printed cells can therefore differ from the printed
total by up to half a unit of the last printed digit per cell: ``n × 0.5 × 10^-d`` where
``d`` is the largest number of decimals printed among the cells compared (DISCLOSURE.md,
"Rounding"). Two printed values that should be the same number (``n = 1``) may not differ
at all once both are printed at the same precision, since half a unit is below the printed
resolution. A difference within the tolerance is reported as rounding (info), larger ones as
the rule's own severity.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from yusuan.model.amount import scale


def half_unit(values: Iterable[Decimal]) -> Decimal:
    """Half a unit of the finest printed digit among ``values`` (0.005 for two decimals)."""
    decimals = max((scale(v) for v in values), default=2)
    return Decimal(5).scaleb(-(decimals + 1))


def tolerance(parts: int, values: Iterable[Decimal]) -> Decimal:
    """Largest difference explainable by per-cell rounding of ``parts`` printed operands."""
    return half_unit(values) * max(parts, 1)


def within(difference: Decimal, parts: int, values: Iterable[Decimal]) -> bool:
    return abs(difference) <= tolerance(parts, values)
