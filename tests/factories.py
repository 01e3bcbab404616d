"""Build small disclosures by hand for rule tests.

    table = make_table(TableKind.T6, ["total", "personnel", "public"], [
        ("total", "合计", ["343.64", "297.13", "46.51"]),
        ("301", "工资福利支出", ["257.24", "257.24", ""]),
    ])
    doc = make_disclosure(table)

A row spec is ``(code_or_key, label, [cell texts in column order])``; a spec starting with
digits is a classification code (its label is the name), anything else a row key. A
``section`` may be given as a fourth element (T1/T4).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from pydantic import TypeAdapter

from yusuan.model.amount import Unit, parse_amount
from yusuan.model.disclosure import Disclosure
from yusuan.model.narrative import NarrativeFigure
from yusuan.model.tables import (
    COLUMN_LABELS,
    STANDARD_TITLES,
    AmountCell,
    Row,
    Section,
    StandardTable,
    TableKind,
)
from yusuan.read.location import SourceLocation

FILE = "test.txt"

RowSpec = tuple[str, str, Sequence[str]] | tuple[str, str, Sequence[str], Section]


def make_table(
    kind: TableKind,
    columns: Sequence[str],
    rows: Sequence[RowSpec],
    *,
    unit: Unit = Unit.WAN_YUAN,
    first_line: int = 100,
    note: str | None = None,
) -> StandardTable:
    built: list[Row] = []
    for index, spec in enumerate(rows):
        ident, label, texts = spec[0], spec[1], spec[2]
        section = spec[3] if len(spec) == 4 else None
        line = first_line + index + 1
        cells = {
            column: AmountCell(
                column=column,
                text=text,
                value=parse_amount(text),
                location=SourceLocation(file=FILE, line=line),
            )
            for column, text in zip(columns, texts, strict=True)
        }
        is_code = ident.isdigit()
        built.append(
            Row(
                label=f"{ident} {label}" if is_code else label,
                code=ident if is_code else None,
                name=label if is_code else None,
                key=None if is_code else ident,
                section=section,
                cells=cells,
                location=SourceLocation(file=FILE, line=line),
            )
        )
    return StandardTable(
        kind=kind,
        title=STANDARD_TITLES[kind],
        unit=unit,
        columns={c: COLUMN_LABELS.get(c, c) for c in columns},
        rows=built,
        note=note,
        location=SourceLocation(file=FILE, line=first_line),
    )


def make_disclosure(
    *tables: StandardTable,
    narrative: Sequence[NarrativeFigure] = (),
    fiscal_year: int = 2020,
    unit: Unit = Unit.WAN_YUAN,
) -> Disclosure:
    return Disclosure(
        source=FILE,
        format="text",
        fiscal_year=fiscal_year,
        unit=unit,
        tables={t.kind: t for t in tables},
        narrative=list(narrative),
    )


def figure(
    key: str,
    amount: str,
    *,
    label: str | None = None,
    line: int = 10,
    **extra: object,
) -> NarrativeFigure:
    """A narrative figure as the extractor would produce it (``amount`` as printed)."""
    value = Decimal(amount)
    return TypeAdapter(NarrativeFigure).validate_python(
        {
            "key": key,
            "label": label or key,
            "amount": value,
            "text": f"{amount}万元",
            "unit": Unit.WAN_YUAN,
            "sentence": f"{label or key}{amount}万元",
            "location": SourceLocation(file=FILE, line=line),
            **extra,
        }
    )
