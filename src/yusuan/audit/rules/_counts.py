"""Shared by P104 and P105: a stated indicator count against the tables."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place
from yusuan.model.disclosure import Disclosure
from yusuan.model.performance import PerformanceTable


def count_differs(
    doc: Disclosure,
    ctx: RuleContext,
    key: str,
    tables: list[PerformanceTable],
    what: str,
) -> Iterator[Finding]:
    """A finding when the count ``key`` the narrative states differs from the number of
    indicators in ``tables`` (nothing when no count is stated or there are no tables)."""
    stated = doc.count(key)
    if stated is None or not tables:
        return
    actual = sum(len(t.indicators) for t in tables)
    if actual == stated.value:
        return
    detail = "、".join(f"{t.project or t.title} {len(t.indicators)} 条" for t in tables)
    tail = f"（{detail}）" if len(tables) > 1 else ""
    message = f"说明称{what} {stated.value} 条，绩效目标表中共有 {actual} 条{tail}"
    yield ctx.finding(
        Place(sentence=stated.sentence, source=stated.location),
        message,
        expected=actual,
        found=stated.value,
        related=[Place(table=t.title, row=t.project, source=t.location) for t in tables],
    )
