"""Sentence and clause splitting for narrative text, with offsets into the printed text.

Real documents mix full-width and ASCII punctuation (``，`` and ``,``, ``（`` and ``(``) and put
spaces between numbers and units or not. :func:`fold` maps each full-width ASCII variant to its
ASCII character one-to-one, so offsets found in the folded text are valid in the printed text:
matching happens on the folded text, ``text`` fields are cut from the printed one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Full-width ASCII variants (U+FF01..U+FF5E) and odd spaces map one-to-one onto ASCII, so
# lengths and offsets are preserved. Regex substitution is much faster than str.translate
# on CJK text, which holds few such characters.
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000\u00a0]")
_DROPPED = re.compile("[\\s\"'“”‘’「」『』]+")


def _ascii(match: re.Match[str]) -> str:
    char = match.group()
    return " " if char in "\u3000\u00a0" else chr(ord(char) - 0xFEE0)


# What ends a sentence. An ASCII "." ends one only between two non-digits ("收入.支出"),
# never inside a number ("521.05") or after a list number ("4.承担").
# What separates clauses inside a sentence (after folding).
CLAUSE_SEPARATORS = frozenset(",;:")


# Full-width characters narratives print most, folded with str.replace before any other is
# looked for (a regex substitution calls back into Python for each character it replaces).
_COMMON_FULL_WIDTH = tuple((char, chr(ord(char) - 0xFEE0)) for char in "，：；（）．％！？")


def fold(text: str) -> str:
    """``text`` with full-width ASCII variants folded to ASCII; same length as ``text``."""
    # hot path: most paragraphs hold a few full-width commas and colons, and nothing else
    if _FULL_WIDTH.search(text) is None:
        return text
    for wide, narrow in _COMMON_FULL_WIDTH:
        if wide in text:
            text = text.replace(wide, narrow)
    return _FULL_WIDTH.sub(_ascii, text) if _FULL_WIDTH.search(text) is not None else text


_QUOTES = re.compile("[\"'“”‘’「」『』]+")


# What compact() does more to a text than drop its whitespace: characters to fold or drop.
_FOLDED_OR_DROPPED = re.compile("[\uff01-\uff5e\u3000\u00a0\"'“”‘’「」『』]")


def compact(text: str) -> str:
    """Folded ``text`` without whitespace or quotes, for comparing labels and titles."""
    # hot path: one scan tells whether anything but whitespace needs doing (most labels)
    if _FOLDED_OR_DROPPED.search(text) is None:
        return "".join(text.split())
    return compact_folded(fold(text))


def compact_folded(folded: str) -> str:
    """:func:`compact` of text already folded."""
    # hot path: str.split drops the very characters ``\s`` matches (str.isspace), ~4x faster
    # than a regex substitution on CJK text; quotes are rare
    words = "".join(folded.split())
    return words if _QUOTES.search(words) is None else _QUOTES.sub("", words)


class Span(NamedTuple):
    """A piece of a text: ``text[start:end]`` (a named tuple: one per sentence, built cheaply)."""

    start: int
    end: int


# hot path: the pattern starts with a character class, so the scan skips other characters
# without entering the matcher; a "." is then checked behind (the character before it) and ahead
_SENTENCE_END = re.compile(r"[。!?\n.](?:(?<=[。!?\n])|(?<=[^\d\s]\.)(?=[^\d]))")


def split_sentences(folded: str) -> tuple[Span, ...]:
    """Split folded text into sentences, each span including its final punctuation.

    Semicolons do not end a sentence (``基本支出 …，占 66%;项目支出 …`` is one breakdown);
    line breaks do. Empty or whitespace-only pieces are dropped.
    """
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(folded):
        end = match.end()  # > start: each match takes one character
        if not folded[start:end].isspace():
            spans.append(Span(start, end))
        start = end
    if start < len(folded) and not folded[start:].isspace():
        spans.append(Span(start, len(folded)))
    return tuple(spans)


def sentences_with_words(folded: str) -> list[tuple[int, int, str]]:
    """Start, end and :func:`compact_folded` words of each sentence of folded text (the
    spans of :func:`split_sentences`)."""
    # hot path: split_sentences inlined, without a Span per sentence
    sentences: list[tuple[int, int, str]] = []
    start = 0
    quoted = _QUOTES.search(folded) is not None  # once for the paragraph
    for match in _SENTENCE_END.finditer(folded):
        end = match.end()  # > start: each match takes one character
        piece = folded[start:end]
        if not piece.isspace():
            words = "".join(piece.split())
            sentences.append((start, end, _QUOTES.sub("", words) if quoted else words))
        start = end
    if start < len(folded):
        piece = folded[start:]
        if not piece.isspace():
            words = "".join(piece.split())
            sentences.append((start, len(folded), _QUOTES.sub("", words) if quoted else words))
    return sentences


def last_boundary(folded: str, start: int, end: int) -> int:
    """Index just after the last clause separator in ``folded[start:end]`` (or ``start``)."""
    # hot path: one reverse search per separator (those of CLAUSE_SEPARATORS) instead of a
    # loop over the characters
    at = max(
        folded.rfind(",", start, end), folded.rfind(";", start, end), folded.rfind(":", start, end)
    )
    return at + 1 if at >= 0 else start
