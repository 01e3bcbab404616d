"""The paragraphs around a table: its title, ``单位名称`` line, unit line and ``注：`` note.

Titles vary: ``2020 年部门收支预算总表``, ``表 1.2020 年…``, ``公开01表 …``, a department
name in front, ``（续表）`` after. :func:`title_kind` strips none of that: it looks for the
words of :data:`~yusuan.extract.table_vocabulary.TITLE_RULES` in a short line ending in 表.
"""

from __future__ import annotations

import re

from yusuan.extract.table_vocabulary import TITLE_EXCLUDED, TITLE_RULES, compact
from yusuan.model.amount import Unit
from yusuan.model.tables import TableKind

_MAX_TITLE = 60  # compact characters; longer lines are sentences, not titles
_TITLE_TAIL = ("续表", "续")
_CLASSIFICATION_TAIL = ("功能科目", "经济科目", "功能分类", "经济分类")  # Jiangsu: …表（功能科目）
_SENTENCE_MARKS = re.compile("[，。；,]|详见|见表|见公开")
_UNIT = re.compile(r"(?:金额)?单位\s*[:：]\s*(万元|元)")
_UNIT_NAME = re.compile(
    r"^\s*(?:单位名称|部门名称|编制单位|编制部门|预算单位|预算部门|填报单位|填报部门|部门)\s*[:：]\s*"
)
_NOTE = re.compile(r"^\s*(?:注|说明|备注)\s*\d?\s*[:：]")
_NOTE_CONTINUATION = re.compile(r"^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d))")


def title_kind(text: str) -> TableKind | None:
    """The standard table a title line names, or ``None`` when the line is not such a title.

    ``2020 年部门收支预算总表`` → T1; ``2020 年财政拨款“三公”经费支出表`` → T7; sentences,
    table-of-contents references inside sentences and performance tables → ``None``.
    """
    words = title_words(text)
    return title_kind_of_words(words) if words is not None else None


def title_kind_of_words(words: str) -> TableKind | None:
    """:func:`title_kind` for the compact ``words`` :func:`title_words` returned."""
    if _TITLE_EXCLUDED.search(words):
        return None
    for kind, pattern in _TITLE_PATTERNS:
        if pattern.match(words):
            return kind
    return None


def words_rule_pattern(
    all_of: tuple[tuple[str, ...], ...], none_of: tuple[str, ...]
) -> re.Pattern[str]:
    """One pattern whose ``match`` is true when a text holds a word of every group in
    ``all_of`` and no word of ``none_of`` (a title rule's test in one call)."""
    ahead = "".join(f"(?=.*?(?:{_alternation(group)}))" for group in all_of)
    if none_of:
        ahead += f"(?!.*?(?:{_alternation(none_of)}))"
    return re.compile(ahead, re.DOTALL)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in words)


# hot path: each rule tested with one regex call instead of nested word loops
_TITLE_EXCLUDED = re.compile(_alternation(TITLE_EXCLUDED))
_TITLE_PATTERNS = [
    (rule.kind, words_rule_pattern(rule.all_of, rule.none_of)) for rule in TITLE_RULES
]


def title_words(text: str) -> str | None:
    """The compact words of a line that can be a table title (short, no sentence marks,
    ending in 表 once ``（续表）`` and a ``（功能科目）``/``（经济科目）`` tail are dropped);
    ``None`` for any other line."""
    if len(text) > 2 * _MAX_TITLE or "表" not in text:
        return None
    if _SENTENCE_MARKS.search(text):
        return None
    words = compact(text)
    for tail in _TITLE_TAIL:
        words = words.removesuffix(tail)
    for tail in _CLASSIFICATION_TAIL:
        words = words.removesuffix(tail)
    if not words.endswith("表") or len(words) > _MAX_TITLE:
        return None
    return words


def is_continuation_title(text: str) -> bool:
    """True for a ``…（续表）`` / ``…(续)`` title: the table continues the previous one."""
    words = compact(text)
    return words.endswith(_TITLE_TAIL)


def parse_unit(text: str) -> Unit | None:
    """The money unit a line states: ``单位：万元`` / ``金额单位：元`` / ``单位:万元`` → Unit."""
    if "单位" not in text:
        return None  # hot path: a substring test, cheaper than searching the regex
    match = _UNIT.search(text)
    return Unit(match.group(1)) if match else None


def parse_unit_name(text: str) -> str | None:
    """The budget unit's name from ``单位名称：区融媒体中心（一类）`` (a unit line on the same
    line, ``… 单位：万元``, is cut off); ``None`` when the line is not such a line."""
    match = _UNIT_NAME.match(text)
    if not match:
        return None
    rest = text[match.end() :]
    unit = _UNIT.search(rest)
    if unit:
        rest = rest[: unit.start()]
    name = rest.strip()
    return name or None


def is_note(text: str) -> bool:
    """True for a note line under a table: ``注：…``, ``说明：…``."""
    return bool(_NOTE.match(text))


def is_note_continuation(text: str) -> bool:
    """True for a numbered paragraph continuing a note (``（2）公务用车…``)."""
    return bool(_NOTE_CONTINUATION.match(text))
