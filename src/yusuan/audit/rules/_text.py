"""Shared by the Q rules: the document's running text, each piece with its place."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cached_property, partial

from yusuan.audit.context import per_run
from yusuan.audit.finding import Place
from yusuan.model.disclosure import Disclosure
from yusuan.model.performance import Indicator
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


def all_strings(doc: Disclosure) -> list[str]:
    """The texts of :func:`all_text` alone, in the same order, an indicator's name, target
    and note given one by one (for a quick scan of the words that builds no place)."""
    found = [paragraph.text for paragraph in doc.paragraphs]
    found.extend([heading.text for heading in doc.headings])
    found.extend([entry.text for entry in doc.toc])
    for table in doc.tables.values():
        found.append(table.title)
        found.extend([row.label for row in table.rows])
    for performance in doc.performance:
        for indicator in performance.indicators:
            found.append(indicator.name)
            found.append(indicator.target)
            if indicator.note:
                found.append(indicator.note)
    return found


ParagraphMatch = tuple[Text, int, int, str]
"""(paragraph, start, end, matched text) as :func:`paragraph_matches` gives them."""


def paragraph_text(doc: Disclosure) -> str:
    """The narrative paragraphs joined by line breaks, to search all of them at once (see
    :func:`paragraph_matches`)."""
    return _joined(doc)[0]


def paragraph_matches(
    doc: Disclosure, pattern: re.Pattern[str], first: re.Pattern[str] | None = None
) -> Iterator[ParagraphMatch]:
    """Each match of ``pattern`` in the narrative paragraphs, in order: the paragraph, the
    match's start and end in its text, and the matched text. With ``first``, the matches are
    looked for where ``first`` matches only (see :func:`matches_from`).

    The paragraphs are searched as one string (:func:`paragraph_text`, one scan): exact for
    patterns that match no line break and whose look-arounds read a line break as they read
    the start or end of a text (no ``\\s``, ``$`` or negated class reaching past a match).
    """
    text, starts = _joined(doc)
    found = pattern.finditer(text) if first is None else matches_from(pattern, first, text)
    pieces: tuple[Text, ...] = ()
    for match in found:
        if not pieces:
            pieces = _paragraphs(doc)
        index = bisect_right(starts, match.start()) - 1
        offset = starts[index]
        yield pieces[index], match.start() - offset, match.end() - offset, match.group()


def paragraphs_with(doc: Disclosure, cue: re.Pattern[str]) -> list[Text]:
    """The narrative paragraphs in which ``cue`` (a pattern matching no line break) is
    found, in order, from one scan of :func:`paragraph_text`."""
    text, starts = _joined(doc)
    pieces = _paragraphs(doc)
    found: list[Text] = []
    position = 0
    while (match := cue.search(text, position)) is not None:
        index = bisect_right(starts, match.start()) - 1
        found.append(pieces[index])
        if index + 1 == len(starts):
            break
        position = starts[index + 1]  # the next paragraph: one test per paragraph
    return found


def matches_from(
    pattern: re.Pattern[str], first: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern every match of which begins with a character
    ``first`` (a character class) matches, never empty and without ``^``: the regex engine
    skips to such characters much faster than it tries ``pattern`` at every position."""
    position = 0
    while (start := first.search(text, position)) is not None:
        match = pattern.match(text, start.start())
        if match is None:
            position = start.start() + 1
        else:
            yield match
            position = match.end()


@per_run
def _joined(doc: Disclosure) -> tuple[str, tuple[int, ...]]:
    """The paragraphs joined by ``\\n`` and where each begins in the joined text."""
    texts = [paragraph.text for paragraph in doc.paragraphs]
    starts: list[int] = []
    at = 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    return "\n".join(texts), tuple(starts)


def _indicator_words(indicator: Indicator) -> str:
    return " ".join(t for t in (indicator.name, indicator.target, indicator.note or "") if t)


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
            place = partial(
                Place, table=performance.title, row=indicator.name, source=indicator.location
            )
            yield Text(_indicator_words(indicator), place)


def _title_place(table: StandardTable) -> Place:
    return Place(table=table.describe(), source=table.location)


def _row_place(table: StandardTable, row: Row) -> Place:
    return Place(table=table.describe(), row=row.label, source=row.location)


def excerpt(text: str, start: int, end: int, width: int = 12) -> str:
    """``text[start:end]`` with up to ``width`` characters either side, for messages."""
    left = "…" if start > width else ""
    right = "…" if end + width < len(text) else ""
    return f"{left}{text[max(0, start - width) : end + width]}{right}"
