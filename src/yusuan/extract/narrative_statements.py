"""Counts and yes/no statements in the narrative, as data: patterns → keys.

Counts (``共设立项目绩效指标 4 条``) are regular expressions with a group ``n`` holding the
number (Arabic or Chinese numerals); flags (``没有使用政府性基金预算财政拨款安排的支出``) are
groups of words that must all occur in one sentence, or a pattern (``…为0`` without a
unit). Keys are those of
:data:`yusuan.model.figure_keys.COUNT_KEYS` and ``FLAG_KEYS``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from yusuan.extract.outline import chinese_number
from yusuan.model.narrative import StatedCount, StatedFlag
from yusuan.read.location import SourceLocation

_N = r"(?P<n>\d+|[一二三四五六七八九十两]+)"

# Patterns run on compacted sentences (no spaces, ASCII punctuation): key, words the pattern
# requires (a cheap test before the search; most sentences state no count), pattern.
COUNT_PATTERNS: tuple[tuple[str, str, str], ...] = (
    ("project_indicators", "指标", rf"项目(?:绩效)?指标(?:共|合计)?{_N}[条个项]"),
    ("overall_indicators", "指标", rf"整体(?:绩效)?指标(?:共|合计)?{_N}[条个项]"),
    ("internal_units", "内设", rf"内设(?:机构)?(?:共|有)?{_N}个"),
    ("internal_units", "设有", rf"设有{_N}个(?:内设机构|机构|科室|处室|职能科室|部门)"),
    ("internal_units", "个内设机构", rf"{_N}个内设机构"),
    ("official_cars", "公务用车", rf"公务用车(?:共|有)?{_N}辆"),
    ("projects", "个项目", rf"{_N}个项目"),
)

# Each flag: groups of words; every group needs one member in the sentence.
FLAG_PATTERNS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    (
        "no_government_fund",
        (("政府性基金",), ("没有", "无", "未安排", "未使用", "不涉及", "未发生")),
    ),
    (
        "all_projects_have_targets",
        (("所有项目", "全部项目", "项目支出全部", "全部项目支出"), ("绩效",)),
    ),
    ("no_three_public", (("三公",), ("没有", "未安排", "无", "不涉及"))),
)

# Flags stated as a zero without a unit (政府性基金拨款支出预算为0): patterns on compacted
# sentences, tried after the word groups: key, words the pattern requires, pattern.
FLAG_REGEXES: tuple[tuple[str, str, str], ...] = (
    (
        "no_government_fund",
        "政府性基金",
        r"政府性基金[^,;:。]*?(?:为|是)(?:0|零)(?:\.0+)?(?![\d.])",
    ),
)

# hot path: each word group of a flag is searched as one alternation, and a sentence is only
# read for flags when it holds a word a flag requires (most sentences state none).
_COMPILED_COUNTS = tuple(
    (key, required, re.compile(pattern)) for key, required, pattern in COUNT_PATTERNS
)
_COMPILED_FLAGS = tuple(
    (key, tuple(re.compile("|".join(map(re.escape, group))) for group in groups))
    for key, groups in FLAG_PATTERNS
)
_COMPILED_FLAG_REGEXES = tuple((key, re.compile(pattern)) for key, _, pattern in FLAG_REGEXES)
_FLAG_WORDS: tuple[str, ...] = (
    *(word for _, groups in FLAG_PATTERNS for word in groups[0]),
    *(required for _, required, _ in FLAG_REGEXES),
)
_ANY_FLAG_WORD = re.compile("|".join(map(re.escape, _FLAG_WORDS)))
# A sentence holding none of these words states no count and no flag.
STATEMENT_WORDS: tuple[str, ...] = (
    *(required for _, required, _ in COUNT_PATTERNS),
    *_FLAG_WORDS,
)


class Sentence(NamedTuple):
    """A narrative sentence as printed, with its paragraph's location and its words
    (:func:`~yusuan.extract.sentences.compact` of the text, which every pattern reads)."""

    text: str
    location: SourceLocation
    words: str


def find_counts(sentences: list[Sentence]) -> list[StatedCount]:
    """Every count stated, at most one per key and sentence, in document order."""
    counts: list[StatedCount] = []
    for sentence in sentences:
        text = sentence.words
        seen: set[str] = set()
        for key, required, pattern in _COMPILED_COUNTS:
            if required not in text or key in seen:
                continue
            match = pattern.search(text)
            if match is None:
                continue
            value = chinese_number(match.group("n"))
            if value is None:
                continue
            seen.add(key)
            counts.append(
                StatedCount(
                    key=key, value=value, sentence=sentence.text, location=sentence.location
                )
            )
    return counts


def find_flags(sentences: list[Sentence]) -> list[StatedFlag]:
    """Each flag stated, once (its first sentence)."""
    flags: list[StatedFlag] = []
    found: set[str] = set()
    for sentence in sentences:
        text = sentence.words
        if _ANY_FLAG_WORD.search(text) is None:
            continue
        for key, groups in _COMPILED_FLAGS:
            if key not in found and all(group.search(text) for group in groups):
                found.add(key)
                flags.append(
                    StatedFlag(key=key, sentence=sentence.text, location=sentence.location)
                )
        for key, pattern in _COMPILED_FLAG_REGEXES:
            if key not in found and pattern.search(text) is not None:
                found.add(key)
                flags.append(
                    StatedFlag(key=key, sentence=sentence.text, location=sentence.location)
                )
    return flags
