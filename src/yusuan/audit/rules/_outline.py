"""Shared by the D rules: table-of-contents text as compared with body headings."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Leading list markers and numbering: "- ", "第一部分", "一、", "(一)", "1.", "1、", "表 7."
_LEADING = re.compile(
    r"^(?:[-*•·]\s*)?"
    r"(?:第[一二三四五六七八九十百\d]+部分"
    r"|表\s*\d+(?:\s*[-－]\s*\d{1,2}(?!\d))?\s*[.．、:：]?"
    r"|[(（][一二三四五六七八九十\d]+[)）]"
    r"|[一二三四五六七八九十]+[、.．]"
    r"|\d+\s*[、.．](?!\d)"
    r"|\d+\s*[.．](?=\s*(?:19|20)\d{2}\s*年))\s*"
)
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?")
_SPACE = re.compile(r"\s+")
# A classification qualifier after a table title, often left out of the TOC:
# 财政拨款支出预算表(功能科目), …基本支出预算表(经济科目)
_QUALIFIER = re.compile(r"\((?:功能|经济|部门预算经济|政府预算经济)(?:分类)?科目\)$")


@lru_cache(maxsize=8192)
def outline_text(text: str) -> str:
    """A TOC line or heading as compared: NFKC-folded, numbering (第一部分, 一、, (一), 1.),
    表N prefixes, years (2020 年), a trailing (功能科目)/(经济科目) qualifier and every
    space removed.

    ``"表 7.2020 年一般公共预算“三公”经费支出表"`` → ``"一般公共预算“三公”经费支出表"``.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    # every match of _LEADING takes at least one character: strip until none is left
    while (leading := _LEADING.match(folded)) is not None:
        folded = folded[leading.end() :].strip()
    return _QUALIFIER.sub("", _SPACE.sub("", _YEAR.sub("", folded)))


def is_performance_entry(text: str) -> bool:
    """True for a TOC line naming a performance-target table (…绩效目标表)."""
    return "绩效目标" in text and text.rstrip().endswith("表")


_UNIT_MARK = re.compile(r"\((部门|单位)\)")


def same_heading(toc: str, body: str, department: str | None) -> bool:
    """True when a TOC line and a body heading read the same (see :func:`outline_text`).

    Shanghai documents put the department's name in body headings where the TOC says
    部门/单位 (TOC "一、部门主要职能", body "上海市普陀区人民政府万里街道办事处（部门）主要职能");
    when the body contains the department's name, that name (with its 部门/单位 mark) stands
    for the word 部门 or 单位.
    """
    first, second = outline_text(toc), outline_text(body)
    if first == second:
        return True
    name = outline_text(department) if department else ""
    if not name or name not in second:
        return False
    rest = second.replace(name, "", 1)
    mark = _UNIT_MARK.match(rest)
    if mark:
        return first == mark.group(1) + rest[mark.end() :]
    return first in (rest, "部门" + rest, "单位" + rest)
