"""Shared by the P rules: project amounts, project expenditure, indicator names and targets."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from yusuan.audit.rules._narrative_lookup import convert, table_value
from yusuan.catalog.catalog import normalize_name
from yusuan.model.amount import Unit
from yusuan.model.disclosure import Disclosure
from yusuan.model.performance import PerformanceTable

_SPACE = re.compile(r"\s+")


def table_unit(table: PerformanceTable) -> Unit | None:
    """The unit of a performance table's amount (万元 when it does not say)."""
    if table.unit is None:
        return Unit.WAN_YUAN
    return Unit.YUAN if table.unit.strip() == "元" else Unit.WAN_YUAN


def project_amounts(doc: Disclosure, unit: Unit | None) -> list[tuple[PerformanceTable, Decimal]]:
    """Each project table with a stated amount, converted to ``unit``."""
    return [
        (t, convert(t.amount, table_unit(t), unit))
        for t in doc.project_performance
        if t.amount is not None
    ]


def project_expenditure(doc: Disclosure) -> tuple[Decimal, str] | None:
    """项目支出 of the tables (表3 合计, else 表5), else as the narrative states it, with
    where it was taken from; in the document's unit."""
    found = table_value(doc, "project_expenditure", doc.unit)
    if found is not None:
        return found.amount, found.label
    stated = doc.figures("project_expenditure")
    if stated:
        return convert(stated[0].amount, stated[0].unit, doc.unit), "说明所述项目支出"
    return None


def indicator_name(name: str) -> str:
    """An indicator name as compared: whitespace removed (and NFKC, see normalize_name)."""
    return normalize_name(name)


def target_value(target: str) -> str:
    """A target value as compared: NFKC-folded, whitespace removed, and a leading 均 dropped.

    ``均≥90%`` (all of them ≥ 90%) states the same target as ``≥90%``: the overall table
    lists the indicator once, the project table says each of its parts meets it.
    """
    folded = _SPACE.sub("", unicodedata.normalize("NFKC", target))
    return folded.removeprefix("均")


def same_project(first: str, second: str) -> bool:
    """True when two printed project names name the same project: equal after
    normalisation, or one contained in the other (``江汉之声微信公众平台(江汉网络自媒体宣传)``
    names the project ``江汉网络自媒体宣传``)."""
    a, b = normalize_name(first), normalize_name(second)
    return bool(a and b) and (a == b or a in b or b in a)
