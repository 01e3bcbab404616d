"""Money as printed: ``Decimal`` values with their unit and printed precision.

Amounts are never floats. ``Decimal("297.13")`` keeps its exponent, so the precision a
document printed (two decimals of 万元, whole 元, …) survives into the audit and findings
are shown as the document shows them.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class Unit(StrEnum):
    """The money unit a table or sentence states."""

    WAN_YUAN = "万元"
    YUAN = "元"


_BLANKS = {"", "-", "—", "－", "/", "——", "--"}
_NUMBER = re.compile(r"^[（(]?[-－−]?\d[\d,，]*(?:\.\d+)?[)）]?$")
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_DIGIT = re.compile(r"\d")


def parse_amount(text: str) -> Decimal | None:
    """Parse a printed amount cell.

    Returns ``None`` for a blank cell (empty, ``-``, ``—``); raises ``ValueError`` for text
    that is not an amount. Thousands separators are removed; ``(12.00)`` and ``-12.00`` are
    negative. The result keeps the printed number of decimals.
    """
    if _PLAIN_NUMBER.fullmatch(text):
        return Decimal(text)  # hot path: ``297.13`` as most cells print it
    cleaned = text.strip().replace(" ", "").replace("\u3000", "")
    if cleaned in _BLANKS:
        return None
    if not _NUMBER.match(cleaned):
        raise ValueError(f"not an amount: {text!r}")
    negative = cleaned.startswith(("(", "（")) or cleaned.lstrip("(（").startswith(("-", "－", "−"))
    digits = re.sub(r"[^\d.]", "", cleaned)
    try:
        value = Decimal(digits)
    except InvalidOperation as error:  # pragma: no cover - guarded by the regex
        raise ValueError(f"not an amount: {text!r}") from error
    return -value if negative else value


def is_amount_text(text: str) -> bool:
    """True when :func:`parse_amount` reads ``text`` as an amount (not blank, no error)."""
    if not _DIGIT.search(text):
        return False  # hot path: every amount has a digit (see ``_NUMBER``)
    cleaned = text.strip().replace(" ", "").replace("\u3000", "")
    return cleaned not in _BLANKS and _NUMBER.match(cleaned) is not None


def scale(value: Decimal) -> int:
    """Number of printed decimals of ``value`` (``Decimal("77.00")`` → 2, ``Decimal("49")`` → 0)."""
    text = str(value)  # hot path: cheaper than ``as_tuple`` (which builds the digit tuple)
    if "E" in text:  # scientific notation (``1E-7``): read the exponent
        exponent = value.as_tuple().exponent
        return -exponent if isinstance(exponent, int) and exponent < 0 else 0
    point = text.find(".")
    return len(text) - point - 1 if point >= 0 else 0
