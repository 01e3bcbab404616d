"""Table-set families: which set of tables a disclosure prints, and what each title maps to.

Real documents do not all print the national eight tables (DISCLOSURE.md, "Table-set
families seen in real documents"). :func:`detect_family` tells the family from the table
titles printed anywhere in the document; :func:`family_title` maps one title line to the
:class:`~yusuan.model.tables.TableKind` it corresponds to in that family, or to an
:class:`ExtraTable` for a table the family prints beyond the eight (机关运行经费, 政府采购,
国有资本经营, Jiangsu's 财政拨款 function/economic tables). Extra tables are recognised and
kept, not mapped: the model and the rules know the eight kinds only.

Rules are data (:data:`FAMILY_RULES`), compared in compact form (see
:func:`~yusuan.extract.table_vocabulary.compact`) after the generic title checks of
:func:`~yusuan.extract.table_titles.title_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from yusuan.extract.table_titles import title_kind_of_words, title_words, words_rule_pattern
from yusuan.model.tables import TableFamily, TableKind
from yusuan.read.document import Document, Heading, Paragraph

_NOT_TITLES = ("绩效", "基本信息", "目录", "构成表")  # performance tables, charts, TOC


@dataclass(frozen=True)
class ExtraTable:
    """A table of the family's set that is none of the eight standard tables."""

    name: str  # the family's standard title (收支 text as published)
    reason: str  # why it is not mapped (Chinese, for the report)


@dataclass(frozen=True)
class FamilyRule:
    """A title names ``target`` when it holds one word of every group in ``all_of`` and no
    word of ``none_of``. Rules are tried in order."""

    target: TableKind | ExtraTable
    all_of: tuple[tuple[str, ...], ...]
    none_of: tuple[str, ...] = ()


_BEYOND_EIGHT = "不属于八张标准报表，已识别并保留，不作表间核对"
_OPERATING = ExtraTable("一般公共预算机关运行经费支出预算表", "机关运行经费表" + _BEYOND_EIGHT)
_PROCUREMENT = ExtraTable("政府采购支出预算表", "政府采购表" + _BEYOND_EIGHT)
_STATE_CAPITAL = ExtraTable(
    "国有资本经营预算支出功能分类预算表", "国有资本经营预算表" + _BEYOND_EIGHT
)
_APPROPRIATION_FUNCTION = ExtraTable(
    "财政拨款支出预算表（功能科目）",
    "江苏公开05表（财政拨款按功能科目，含政府性基金）" + _BEYOND_EIGHT,
)
_APPROPRIATION_BASIC = ExtraTable(
    "财政拨款基本支出预算表（经济科目）",
    "江苏公开06表（财政拨款基本支出按经济科目）" + _BEYOND_EIGHT,
)

_COMMON_EXTRAS = (
    FamilyRule(_PROCUREMENT, (("政府采购",),)),
    FamilyRule(_STATE_CAPITAL, (("国有资本经营",),)),
    FamilyRule(_OPERATING, (("机关运行经费",),), ("三公",)),
)

FAMILY_RULES: dict[TableFamily, tuple[FamilyRule, ...]] = {
    # 公开01–12表 (2017–2019); 2017 titles lack the （功能科目） tails
    TableFamily.JIANGSU: (
        *_COMMON_EXTRAS,
        FamilyRule(TableKind.T7, (("三公",),)),
        FamilyRule(TableKind.T8, (("政府性基金",),)),
        FamilyRule(TableKind.T4, (("财政拨款",), ("收支",))),
        FamilyRule(_APPROPRIATION_BASIC, (("财政拨款",), ("基本支出",)), ("一般公共预算",)),
        FamilyRule(_APPROPRIATION_FUNCTION, (("财政拨款",), ("支出",)), ("一般公共预算",)),
        FamilyRule(TableKind.T6, (("一般公共预算",), ("基本支出",))),
        FamilyRule(TableKind.T5, (("一般公共预算",), ("支出",))),
        FamilyRule(TableKind.T1, (("收支预算总表", "收支总表"),)),
        FamilyRule(TableKind.T2, (("收入预算总表", "收入预算表"),)),
        FamilyRule(TableKind.T3, (("支出预算总表", "支出预算表"),)),
    ),
    # 部门/预算单位 财务收支预算总表 … “三公”经费和机关运行经费预算表
    TableFamily.SHANGHAI: (
        FamilyRule(TableKind.T7, (("三公",),)),
        *_COMMON_EXTRAS,
        FamilyRule(TableKind.T8, (("政府性基金",),)),
        FamilyRule(TableKind.T4, (("财政拨款",), ("收支",))),
        FamilyRule(TableKind.T6, (("一般公共预算",), ("基本支出",))),
        FamilyRule(TableKind.T5, (("一般公共预算",), ("支出",))),
        FamilyRule(TableKind.T1, (("收支预算总表", "收支总表"),)),
        FamilyRule(TableKind.T2, (("收入预算总表", "收入预算表"),)),
        FamilyRule(TableKind.T3, (("支出预算总表", "支出预算表"),)),
    ),
    # 收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表
    TableFamily.FINAL_ACCOUNT: (
        FamilyRule(TableKind.T7, (("三公",),)),
        *_COMMON_EXTRAS,
        FamilyRule(TableKind.T8, (("政府性基金",),)),
        FamilyRule(TableKind.T4, (("财政拨款",), ("收支", "收入支出"))),
        FamilyRule(TableKind.T6, (("一般公共预算",), ("基本支出",))),
        FamilyRule(TableKind.T5, (("一般公共预算",), ("支出",))),
        FamilyRule(TableKind.T1, (("收支", "收入支出"), ("总表",))),
        FamilyRule(TableKind.T2, (("收入决算表",),)),
        FamilyRule(TableKind.T3, (("支出决算表",),)),
    ),
    # 收支预算总表, 收入预算表, 支出预算表, 财政拨款支出预算表 (高等学校…决算表 for finals);
    # the 财政拨款 table is function-coded with 基本/项目 columns: mapped to 表5
    TableFamily.UNIVERSITY: (
        FamilyRule(TableKind.T1, (("收支预算总表", "收支决算总表", "收入支出决算总表"),)),
        FamilyRule(TableKind.T5, (("财政拨款支出预算表", "财政拨款支出决算表"),)),
        FamilyRule(TableKind.T2, (("收入预算表", "收入决算表"),)),
        FamilyRule(TableKind.T3, (("支出预算表", "支出决算表"),)),
    ),
}

_JIANGSU_NUMBER = re.compile(r"^公开\d{2}表$")
_NOT_TITLE_WORDS = re.compile("|".join(map(re.escape, _NOT_TITLES)))
_FAMILY_PATTERNS = {
    family: [(rule.target, words_rule_pattern(rule.all_of, rule.none_of)) for rule in rules]
    for family, rules in FAMILY_RULES.items()
}


def family_title(family: TableFamily, text: str) -> TableKind | ExtraTable | None:
    """What the title line ``text`` names in ``family``: a standard kind, an extra table of
    the family's set, or ``None`` when the line is no table title of that family.

    The national family uses the generic title rules (:func:`table_titles.title_kind`).
    """
    words = title_words(text)
    return family_title_of_words(family, words) if words is not None else None


def family_title_of_words(family: TableFamily, words: str) -> TableKind | ExtraTable | None:
    """:func:`family_title` for the compact ``words`` :func:`title_words` returned."""
    if family is TableFamily.NATIONAL:
        return title_kind_of_words(words)
    if _NOT_TITLE_WORDS.search(words):
        return None
    for target, pattern in _FAMILY_PATTERNS[family]:
        if pattern.match(words):
            return target
    return None


def detect_family(document: Document) -> TableFamily:
    """The table-set family of ``document``, from its title lines (body or table of
    contents). Signatures, tried in order:

    - university: a ``高等学校…决算表`` title, or a ``…财政拨款支出预算表`` title naming a
      大学/学院 (MOE universities print four tables);
    - Jiangsu: the ``“三公”经费、会议费、培训费`` table or a ``公开01表`` label;
    - Shanghai: ``财务收支预算总表`` or ``…功能分类预算表`` titles;
    - final account: a ``…决算总表`` / ``…决算表`` title;
    - otherwise the national eight-table set.
    """
    titles = (
        title_words(block.text)
        for block in document.blocks
        if isinstance(block, Paragraph | Heading)
    )
    return family_of_titles(words for words in titles if words is not None)


def family_of_titles(title_lines: Iterable[str]) -> TableFamily:
    """:func:`detect_family` from the compact words of the document's title lines (what
    :func:`title_words` returned for each line that can be a title)."""
    titles = list(title_lines)
    jiangsu_number = any(_JIANGSU_NUMBER.match(words) for words in titles)
    if any("高等学校" in t and t.endswith(("决算表", "决算总表")) for t in titles) or any(
        ("大学" in t or "学院" in t) and t.endswith("财政拨款支出预算表") for t in titles
    ):
        return TableFamily.UNIVERSITY
    if jiangsu_number or any(
        "三公经费、会议费、培训费" in t or "会议费培训费" in t for t in titles
    ):
        return TableFamily.JIANGSU
    if any("财务收支预算总表" in t or t.endswith("功能分类预算表") for t in titles):
        return TableFamily.SHANGHAI
    if any(t.endswith(("决算总表", "决算表")) and "绩效" not in t for t in titles):
        return TableFamily.FINAL_ACCOUNT
    return TableFamily.NATIONAL
