"""Shared by the D rules: table-of-contents text as compared with body headings."""

from __future__ import annotations

import re
import unicodedata

# Leading list markers and numbering: "- ", "第一部分", "一、", "(一)", "1.", "1、", "表 7."
_LEADING = re.compile(
    r"^(?:[-*•·]\s*)?"
    r"(?:第[一二三四五六七八九十百\d]+部分"
    r"|表\s*\d+(?:\s*[-－]\s*\d{1,2}(?!\d))?\s*[.．、:：]?"
    r"|[(（][一二三四五六七八九十\d]+[)）]"
    r"|[一二三四五六七八九十]+[、.．]"
    r"|\d+\s*[、.．](?!\d))\s*"
)
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?")
_SPACE = re.compile(r"\s+")


def outline_text(text: str) -> str:
    """A TOC line or heading as compared: NFKC-folded, numbering (第一部分, 一、, (一), 1.),
    表N prefixes, years (2020 年) and every space removed.

    ``"表 7.2020 年一般公共预算“三公”经费支出表"`` → ``"一般公共预算“三公”经费支出表"``.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    previous = None
    while previous != folded:
        previous = folded
        folded = _LEADING.sub("", folded, count=1).strip()
    return _SPACE.sub("", _YEAR.sub("", folded))


def is_performance_entry(text: str) -> bool:
    """True for a TOC line naming a performance-target table (…绩效目标表)."""
    return "绩效目标" in text and text.rstrip().endswith("表")
