"""Performance-target tables (绩效目标表): the overall one and one per project."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from yusuan.read.location import SourceLocation
from yusuan.trusted import trusted


class Indicator(BaseModel):
    """One level-3 indicator with its level-1/level-2 parents and its target value as printed.

    ``project`` is the project the overall table attributes it to (its 指标类别 column),
    when it has one. ``basis`` is the overall table's 绩效指标 column (e.g. ``区目标``) and
    ``score`` the 分值/权重 column some templates add, both as printed.
    """

    level1: str | None = None
    level2: str | None = None
    name: str
    target: str
    note: str | None = None
    project: str | None = None
    basis: str | None = None
    score: str | None = None
    location: SourceLocation


class PerformanceTable(BaseModel):
    """A 绩效目标表. ``scope`` is ``overall`` (部门整体) or ``project``; ``amount`` the
    project's stated budget (e.g. 本级财政预算金额：49 万元) in ``unit``."""

    scope: Literal["overall", "project"]
    title: str
    project: str | None = None
    amount: Decimal | None = None
    amount_text: str | None = None
    unit: str | None = None
    indicators: list[Indicator] = Field(default_factory=list)
    location: SourceLocation


# hot path: extraction builds one indicator per row from values it computed itself (strings
# or None and a location); building them without re-validation skips pydantic's checks.
# Every field is set, so the indicators share one fields-set: pydantic only ever adds a
# field's name to it in place (already there) and ``model_copy`` copies it first.
_INDICATOR_FIELDS = set(Indicator.model_fields)


def new_indicator(
    *,
    level1: str | None,
    level2: str | None,
    name: str,
    target: str,
    note: str | None,
    project: str | None,
    basis: str | None,
    score: str | None,
    location: SourceLocation,
) -> Indicator:
    """``Indicator(…)`` with every field given, without re-validation: the same ``__dict__``
    (fields in declaration order) and an equal fields set (shared by every indicator built
    here). The caller guarantees the types (``str`` or ``None`` texts, a
    :class:`SourceLocation`); nothing is checked."""
    fields = {
        "level1": level1,
        "level2": level2,
        "name": name,
        "target": target,
        "note": note,
        "project": project,
        "basis": basis,
        "score": score,
        "location": location,
    }
    return trusted(Indicator, fields, _INDICATOR_FIELDS)
