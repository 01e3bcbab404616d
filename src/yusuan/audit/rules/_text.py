"""Shared by the Q rules: the document's running text, each piece with its place."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from yusuan.audit.finding import Place
from yusuan.model.disclosure import Disclosure


@dataclass(frozen=True)
class Text:
    text: str
    place: Place


def paragraphs(doc: Disclosure) -> Iterator[Text]:
    """The narrative paragraphs (说明 text), each with its place."""
    for paragraph in doc.paragraphs:
        yield Text(paragraph.text, Place(sentence=paragraph.text, source=paragraph.location))


def all_text(doc: Disclosure) -> Iterator[Text]:
    """Paragraphs, headings, TOC lines, table titles and performance indicators' texts."""
    yield from paragraphs(doc)
    for heading in doc.headings:
        yield Text(heading.text, Place(sentence=heading.text, source=heading.location))
    for entry in doc.toc:
        yield Text(entry.text, Place(sentence=entry.text, source=entry.location))
    for table in doc.tables.values():
        yield Text(table.title, Place(table=table.describe(), source=table.location))
        for row in table.rows:
            yield Text(row.label, Place(table=table.describe(), row=row.label, source=row.location))
    for performance in doc.performance:
        for indicator in performance.indicators:
            words = " ".join(
                t for t in (indicator.name, indicator.target, indicator.note or "") if t
            )
            place = Place(table=performance.title, row=indicator.name, source=indicator.location)
            yield Text(words, place)


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
