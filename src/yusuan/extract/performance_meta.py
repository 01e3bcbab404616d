"""What a 绩效目标表 says about itself: title, project name, budget amount and unit.

These come from paragraphs above the table (the seed: ``项目名称`` / ``江汉网络自媒体宣传`` /
``项目 2020 年本级财政预算金额：49 万元``) or from rows inside it (the seed's 党建 table,
university tables: ``项目名称 | 236中央高校…``, ``年度资金总额： | 2112.76``, Shanghai's
``年度资金申请总额 | 4,100,000.00``). :class:`TableMeta` reads both the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from yusuan.extract.performance_vocabulary import normalise
from yusuan.model.amount import Unit, parse_amount

# Amount labels by preference: the year's amount first, the whole project's last.
_AMOUNT_LABELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (
        1,
        re.compile(
            r"本级财政预算金额|年度资金申请总额|年度资金总额|年度预算金额|年度预算数|本年预算数"
            r"|预算金额|预算资金"
        ),
    ),
    (2, re.compile(r"项目资金总额|资金总额|项目金额|资金金额|项目资金")),
)
_NUMBER = r"(?P<number>[-－]?\d[\d,，]*(?:\.\d+)?)"
_UNIT = r"(?P<unit>万元|元)"
_INLINE_AMOUNT = re.compile(rf"[：:]?\s*{_NUMBER}\s*{_UNIT}?")
_UNIT_HINT = re.compile(r"[（(]\s*(万元|元)\s*[)）]|单位\s*[：:]\s*(万元|元)")
_PROJECT_LABEL = re.compile(r"^项目名称\s*[：:]?\s*(?P<value>.*)$")
_YEAR_ONLY = re.compile(r"^[（(]?\s*\d{4}\s*年度?\s*[)）]?$")


def is_title(text: str) -> bool:
    """True for a 绩效目标表 title: ``2020 年整体预算绩效目标表``, ``项目绩效目标评价指标表``,
    ``财政项目支出绩效目标填报表``, ``236 中央高校…专项绩效目标表``."""
    key = normalise(text)
    if len(key) > 60 or "。" in key:
        return False
    return ("绩效目标" in key or "绩效指标" in key) and "表" in key


def is_title_tail(text: str) -> bool:
    """True for a title line that is only the generic end of a wrapped title
    (``绩效目标表``, ``项目绩效目标表``): the project's name is on the line above."""
    key = normalise(text)
    return is_title(key) and len(key) <= 9 and key.startswith(("绩效", "项目绩效", "项目支出绩效"))


def is_overall_title(text: str) -> bool:
    """True for the department's overall table (整体预算绩效目标表, 部门整体支出绩效目标表)."""
    key = normalise(text)
    return "整体" in key or ("部门" in key and "项目" not in key)


def is_context_line(text: str) -> bool:
    """True for the small lines between a title and its table (单位名称：…, 单位：万元,
    (2023 年度)) that belong to the table and say nothing else."""
    key = normalise(text)
    return key.startswith(
        ("单位名称", "单位：", "单位:", "编制单位", "部门名称", "填报单位")
    ) or bool(_YEAR_ONLY.match(key))


def _unit(text: str | None) -> Unit | None:
    return Unit(text) if text in {"万元", "元"} else None


@dataclass
class TableMeta:
    """Title, project and amount of one performance table, filled as lines are read."""

    title: str | None = None
    project: str | None = None
    amount: Decimal | None = None
    amount_text: str | None = None
    unit: Unit | None = None
    _amount_rank: int = 99
    _expect_project: bool = False

    def read_line(self, text: str) -> bool:
        """Read a paragraph; return whether it said anything about the table."""
        return self._read_one(text.strip(), None) > 0  # ``read_cells([text])``

    def read_cells(self, texts: list[str]) -> bool:
        """Read the non-empty cells of a row (or one paragraph); return whether any of them
        named the title, project, amount or unit."""
        found = False
        index = 0
        while index < len(texts):
            text = texts[index].strip()
            following = texts[index + 1].strip() if index + 1 < len(texts) else None
            used = self._read_one(text, following)
            found = found or used > 0
            index += max(used, 1)
        return found

    def _read_one(self, text: str, following: str | None) -> int:
        """Read ``text`` (and maybe the cell after it); return how many cells were used."""
        if not text:
            return 0
        if self._expect_project:
            self._expect_project = False
            if not _PROJECT_LABEL.match(normalise(text)):
                self.project = text
                return 1
        hint = _UNIT_HINT.search(text)
        if hint and self.unit is None:
            self.unit = _unit(hint.group(1) or hint.group(2))
        label = _PROJECT_LABEL.match(normalise(text))
        if label:
            value = (
                text.split("：", 1)[-1].split(":", 1)[-1].strip() if label.group("value") else ""
            )
            if value:
                self.project = value
                return 1
            if following:
                self.project = following
                return 2
            self._expect_project = True
            return 1
        for rank, pattern in _AMOUNT_LABELS:
            label_match = pattern.search(text)
            if label_match:
                return self._read_amount(text, following, rank, label_match.end())
        if is_title(text) and self.title is None:
            self.title = text
            return 1
        return 1 if hint else 0

    def _read_amount(self, text: str, following: str | None, rank: int, after: int) -> int:
        """Read the amount printed after its label (which ends at ``text[after]``) or in the
        ``following`` cell; return how many cells were used."""
        inline = _INLINE_AMOUNT.match(text, after)
        if inline:
            self._set_amount(inline.group("number"), inline.group(0).strip(" ：:"), rank)
            if inline.group("unit"):
                self.unit = _unit(inline.group("unit"))
            return 1
        if following is not None:
            number = _INLINE_AMOUNT.fullmatch(following.strip())
            if number:
                self._set_amount(number.group("number"), following.strip(), rank)
                if number.group("unit"):
                    self.unit = _unit(number.group("unit"))
                return 2
        return 1

    def _set_amount(self, number: str, printed: str, rank: int) -> None:
        if rank >= self._amount_rank:
            return
        try:
            value = parse_amount(number.replace("，", ","))
        except ValueError:
            return
        if value is None:
            return
        self.amount, self.amount_text, self._amount_rank = value, printed, rank
