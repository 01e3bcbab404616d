"""What a rule gets besides the disclosure: finding builders that apply the tolerance."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from functools import wraps
from typing import TypeVar

from yusuan.audit.finding import Finding, Place, Severity, Value, new_finding, new_place
from yusuan.audit.registry import Rule
from yusuan.audit.tolerance import within
from yusuan.catalog.catalog import Catalog
from yusuan.model.amount import Unit
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import COLUMN_LABELS, Row, StandardTable


class NotApplicable(Exception):
    """Raised by a rule that cannot run on this document; the message says why (Chinese)."""


_T = TypeVar("_T")
_O = TypeVar("_O")

# While rules run on one disclosure (see :func:`shared_results`): the results of
# :func:`per_run` functions, by (function, id of the argument) → (argument, result).
_SHARED: ContextVar[dict[tuple[object, int], tuple[object, object]] | None] = ContextVar(
    "yusuan_audit_shared", default=None
)


@contextmanager
def shared_results() -> Iterator[None]:
    """Within the block, :func:`per_run` functions compute once per argument object and
    share the result between rules. Used by the engine around a run of rules on one
    disclosure, which no rule changes; nested blocks share the outer block's results."""
    if _SHARED.get() is not None:
        yield
        return
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def per_run(function: Callable[[_O], _T]) -> Callable[[_O], _T]:
    """Decorate a function of one model (a disclosure or a table) whose result several rules
    need: inside :func:`shared_results` it is computed once per object; outside, every call
    computes. The result is shared, so callers must not change it (return tuples)."""

    @wraps(function)
    def shared(subject: _O) -> _T:
        memo = _SHARED.get()
        if memo is None:
            return function(subject)
        key = (function, id(subject))
        hit = memo.get(key)
        if hit is not None and hit[0] is subject:
            return hit[1]  # type: ignore[return-value]
        result = function(subject)
        memo[key] = (subject, result)
        return result

    return shared


def cell_place(table: StandardTable, row: Row, column: str) -> Place:
    """The place of ``row``'s amount in ``column`` of ``table``."""
    cell = row.cells.get(column)
    label = table.columns.get(column) or COLUMN_LABELS.get(column, column)
    return new_place(
        table=table.describe(),
        row=row.describe(),
        column=label,
        source=cell.location if cell else row.location,
    )


@dataclass(slots=True)
class RuleContext:
    """Passed to each rule's check: the rule itself, the disclosure and the catalog."""

    rule: Rule
    doc: Disclosure
    catalog: Catalog

    def finding(
        self,
        place: Place,
        message: str,
        *,
        expected: Value | None = None,
        found: Value | None = None,
        severity: Severity | None = None,
        related: Sequence[Place] = (),
    ) -> Finding:
        return new_finding(
            self.rule.code,
            severity or self.rule.severity,
            self.rule.title,
            message,
            place,
            expected=expected,
            found=found,
            related=list(related),
        )

    def mismatch(
        self,
        place: Place,
        expected: Decimal,
        found: Decimal,
        message: str,
        *,
        parts: int = 1,
        related: Sequence[Place] = (),
        severity: Severity | None = None,
        unit: Unit | None = None,
    ) -> Finding | None:
        """A finding when ``found`` ≠ ``expected``, else ``None``.

        ``parts`` is the number of printed amounts ``expected`` was computed from; a
        difference within their rounding tolerance gives an ``info`` finding marked
        ``rounding`` (see :mod:`yusuan.audit.tolerance`). ``unit`` is the unit of the
        values compared (a narrative figure's, 万元, in a document whose tables are in 元);
        the document's unit when not given.
        """
        difference = found - expected
        if difference == 0:
            return None
        rounding = within(difference, parts, (expected, found))
        unit = unit or self.doc.unit
        text = message
        if rounding:
            text += "（差额在四舍五入误差范围内）"
        return new_finding(
            self.rule.code,
            Severity.INFO if rounding else (severity or self.rule.severity),
            self.rule.title,
            text,
            place,
            expected=expected,
            found=found,
            difference=difference,
            unit=unit,
            rounding=rounding,
            related=list(related),
        )
