"""Shared by the Q rules: the document's running text, each piece with its place."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cached_property, partial

from yusuan.audit.context import per_run
from yusuan.audit.finding import Place
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import Row, StandardTable


class Text:
    """One piece of running text and its place. The place is built on first use (only
    pieces a rule reports need one)."""

    def __init__(self, text: str, place: Place | Callable[[], Place]) -> None:
        self.text = text
        self._make_place = place

    @cached_property
    def place(self) -> Place:
        made = self._make_place
        return made if isinstance(made, Place) else made()


def paragraphs(doc: Disclosure) -> Iterator[Text]:
    """The narrative paragraphs (说明 text), each with its place."""
    return iter(_paragraphs(doc))


def all_text(doc: Disclosure) -> Iterator[Text]:
    """Paragraphs, headings, TOC lines, table titles and performance indicators' texts."""
    return iter(_all_text(doc))


def all_strings(doc: Disclosure) -> Iterator[str]:
    """The texts of :func:`all_text` alone, in the same order (for a quick scan that builds
    no place)."""
    for paragraph in doc.paragraphs:
        yield paragraph.text
    for heading in doc.headings:
        yield heading.text
    for entry in doc.toc:
        yield entry.text
    for table in doc.tables.values():
        yield table.title
        for row in table.rows:
            yield row.label
    for performance in doc.performance:
        for indicator in performance.indicators:
            yield " ".join(t for t in (indicator.name, indicator.target, indicator.note or "") if t)


@per_run
def _paragraphs(doc: Disclosure) -> tuple[Text, ...]:
    return tuple(_each_paragraph(doc))


@per_run
def _all_text(doc: Disclosure) -> tuple[Text, ...]:
    return tuple(_each_text(doc))


def _each_paragraph(doc: Disclosure) -> Iterator[Text]:
    for paragraph in doc.paragraphs:
        text = paragraph.text
        yield Text(text, partial(Place, sentence=text, source=paragraph.location))


def _each_text(doc: Disclosure) -> Iterator[Text]:
    yield from paragraphs(doc)
    for heading in doc.headings:
        yield Text(heading.text, partial(Place, sentence=heading.text, source=heading.location))
    for entry in doc.toc:
        yield Text(entry.text, partial(Place, sentence=entry.text, source=entry.location))
    for table in doc.tables.values():
        yield Text(table.title, partial(_title_place, table))
        for row in table.rows:
            yield Text(row.label, partial(_row_place, table, row))
    for performance in doc.performance:
        for indicator in performance.indicators:
            words = " ".join(
                t for t in (indicator.name, indicator.target, indicator.note or "") if t
            )
            place = partial(
                Place, table=performance.title, row=indicator.name, source=indicator.location
            )
            yield Text(words, place)


def _title_place(table: StandardTable) -> Place:
    return Place(table=table.describe(), source=table.location)


def _row_place(table: StandardTable, row: Row) -> Place:
    return Place(table=table.describe(), row=row.label, source=row.location)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` containing ``text[start:end]`` (split at 。！？；)."""
    begin = max(text.rfind(mark, 0, start) for mark in "。！？；") + 1
    stops = [i for i in (text.find(mark, end) for mark in "。！？；") if i != -1]
    finish = min(stops) + 1 if stops else len(text)
    return text[begin:finish].strip()


def excerpt(text: str, start: int, end: int, width: int = 12) -> str:
    """``text[start:end]`` with up to ``width`` characters either side, for messages."""
    left = "…" if start > width else ""
    right = "…" if end + width < len(text) else ""
    return f"{left}{text[max(0, start - width) : end + width]}{right}"
