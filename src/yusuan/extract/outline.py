"""The document's outline: title, table of contents (目录), body headings, table titles, and
which body heading each TOC line corresponds to.

Numbering styles (after :func:`~yusuan.extract.sentences.fold`): ``第一部分`` (level 1),
``一、`` (level 2), ``(一)`` (level 3); ``1、``, ``1.``, ``(1)`` number list items, not headings.
A numbered line is a heading only when it is short and holds no sentence punctuation
(``（一）基本支出 343.64 万元，主要用于…`` is a paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from yusuan.extract.sentences import compact, fold
from yusuan.extract.title_similarity import similarity, similarity_matrix
from yusuan.model.disclosure import Heading, new_heading
from yusuan.model.narrative import TocEntry, new_toc_entry
from yusuan.read.document import Block, Document, Paragraph, Table
from yusuan.read.document import Heading as BlockHeading
from yusuan.read.location import SourceLocation

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN_DIGITS |= {"七": 7, "八": 8, "九": 9}
_CN = "一二三四五六七八九十〇零两"


def chinese_number(text: str) -> int | None:
    """``"十三"`` → 13, ``"二十"`` → 20, ``"4"`` → 4; ``None`` for anything else (up to 99)."""
    if text.isdigit():
        return int(text)
    if len(text) == 1:  # hot path: a single character is a digit or ten, or no number
        return 10 if text == "十" else _CN_DIGITS.get(text)
    if not text or any(ch not in _CN_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _CN_DIGITS[text] if len(text) == 1 else None
    tens_text, _, units_text = text.partition("十")
    tens = _CN_DIGITS.get(tens_text, 0) if tens_text else 1
    units = _CN_DIGITS.get(units_text, 0) if units_text else 0
    return tens * 10 + units


def _chinese(n: int) -> str:
    """``n`` (1 to 20) in Chinese numerals, as :func:`chinese_number` reads them."""
    digits = "一二三四五六七八九"
    if n < 10:
        return digits[n - 1]
    return ("" if n < 20 else digits[n // 10 - 1]) + "十" + (digits[n % 10 - 1] if n % 10 else "")


class Numbering(NamedTuple):
    """The number a line starts with. ``style`` names the printed form (``part``, ``cn``,
    ``cn_paren``, ``arabic``, ``arabic_paren``, ``table``); ``end`` is where the text after the
    number begins."""

    # (a named tuple: built for most body and TOC lines, ~3x cheaper than a frozen dataclass)

    style: str
    number: int
    end: int

    @property
    def level(self) -> int | None:
        return _HEADING_LEVELS.get(self.style)


_HEADING_LEVELS = {"part": 1, "cn": 2, "cn_paren": 3}


# Patterns read the printed text: each punctuation mark in its ASCII and full-width forms
# (``\d`` and ``\s`` hold both already), so no line is folded to find its number.
_NUMBERINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("part", re.compile(rf"第\s*(?P<part>[{_CN}\d]+)\s*部分[\s:：]*")),
    ("table", re.compile(r"(?:附表|公开表|表)\s*(?P<table>\d+)\s*[.．、:：\-－]?\s*")),
    ("cn", re.compile(rf"(?P<cn>[{_CN}]+)\s*[、.．]\s*")),
    ("cn_paren", re.compile(rf"[(（]\s*(?P<cn_paren>[{_CN}]+)\s*[)）]\s*")),
    ("arabic_paren", re.compile(r"[(（]\s*(?P<arabic_paren>\d+)\s*[)）]\s*")),
    ("arabic", re.compile(r"(?P<arabic>\d+)\s*[、.．](?!\d)\s*")),
    ("circled", re.compile(r"(?P<circled>[①-⑳])\s*")),
)
# hot path: all styles as one alternation tried in the order above (each alternative's group
# is named after its style), so a line is matched once
_ANY_NUMBERING = re.compile(
    r"\s*(?:" + "|".join(pattern.pattern for _, pattern in _NUMBERINGS) + ")"
)
_STYLE_ORDER = {style: order for order, (style, _) in enumerate(_NUMBERINGS)}


# The numbers 1 to 20 as printed in Arabic, Chinese and circled numerals (a circled numeral
# is only ever the number of the circled style).
_NUMBER_OF: dict[str, int] = {
    **{str(n): n for n in range(1, 21)},
    **{text: n for n in range(1, 21) if (text := _chinese(n))},
    **{chr(ord("①") + n - 1): n for n in range(1, 21)},
}


def numbering(text: str) -> Numbering | None:
    """The numbering ``text`` (printed or folded) starts with, or ``None``."""
    match = _ANY_NUMBERING.match(text)
    if match is None:
        return None
    style = match.lastgroup
    assert style is not None
    raw = match.group(style)
    number = _NUMBER_OF.get(raw)  # hot path: the numbers documents print most
    if number is None:
        number = ord(raw) - ord("①") + 1 if style == "circled" else chinese_number(raw)
    if number is not None:
        return Numbering(style, number, match.end())
    # a number that is none (``十十、``): the styles after this one may still fit
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    for later, pattern in _NUMBERINGS[_STYLE_ORDER[style] + 1 :]:
        found = pattern.match(stripped)
        if not found:
            continue
        raw = found.group(later)
        number = ord(raw) - ord("①") + 1 if later == "circled" else chinese_number(raw)
        if number is not None:
            return Numbering(later, number, offset + found.end())
    return None


# hot path: a character class searched in C (frozenset.isdisjoint hashes each character)
_HEADING_PUNCTUATION = re.compile("[。,;:!?，；：！？]")
MAX_HEADING_CHARS = 40


def heading_level(text: str) -> int | None:
    """1, 2 or 3 when ``text`` is a numbered heading line (see module doc), else ``None``."""
    return _numbered_heading_level(text, numbering(text))


def _numbered_heading_level(text: str, found: Numbering | None) -> int | None:
    """:func:`heading_level` of ``text`` that starts with ``found``."""
    if found is None or found.level is None:
        return None
    rest = text[found.end :].strip()  # the marks below are looked for in both forms
    if len(rest) > MAX_HEADING_CHARS or _HEADING_PUNCTUATION.search(rest) is not None:
        return None
    return found.level


_TITLE_PUNCTUATION = re.compile("[。;:]")
_TITLE_QUALIFIER = re.compile(r"\((?:功能|经济|部门预算经济|政府预算经济)(?:分类)?科目\)$")


def is_table_title(text: str) -> bool:
    """A short line naming a table: ends with 表 (or 表(续), or a 科目 qualifier such as
    表(功能科目)), no sentence punctuation."""
    if "表" not in text:  # hot path: most lines are no title
        return False
    folded = fold(text).strip()
    if not folded or len(folded) > 60 or folded.startswith(("注", "单位")):
        return False
    if _TITLE_PUNCTUATION.search(folded) is not None:
        return False
    stem = folded.removesuffix("(续)").removesuffix("(续表)").rstrip()
    # a qualifier after 表: 财政拨款支出预算表(功能科目), …基本支出预算表(经济科目)
    stem = _TITLE_QUALIFIER.sub("", stem)
    return stem.endswith("表")


_PAGE_NUMBER = re.compile(r"(?:[.…·．\s]{2,}|\s)\d{1,3}\s*$|[.…·]{2,}\s*$")


def toc_text(text: str) -> str:
    """A TOC line without dot leaders and page number."""
    trimmed = text.rstrip()
    # hot path: only a line ending with a digit or a leader has anything to drop
    if trimmed and not trimmed[-1].isdigit() and trimmed[-1] not in ".…·":
        return trimmed.strip()
    return _PAGE_NUMBER.sub("", text).strip()


def block_text(block: Block) -> str:
    return "" if isinstance(block, Table) else block.text.strip()


@dataclass
class BodyHeading:
    """A heading of the body with its block index and its outline key."""

    index: int
    heading: Heading
    key: tuple[int, int, int] | None
    is_table: bool = False


@dataclass
class Layout:
    """Where things are: block indexes of the title, the TOC lines, the body start, which
    blocks sit in a tables part, and the numbering each numbered body block starts with."""

    title_indexes: list[int] = field(default_factory=list)
    toc: list[TocLine] = field(default_factory=list)
    body_start: int = 0
    table_part: set[int] = field(default_factory=set)
    headings: list[BodyHeading] = field(default_factory=list)
    numbers: dict[int, Numbering] = field(default_factory=dict)


_DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?$")
MAX_TITLE_CHARS = 60


def find_title(blocks: list[Block]) -> list[int]:
    """Indexes of the cover lines that make the title, ending with the line naming the
    预算/决算 (``西南大学`` + ``2024年度部门预算``; a PDF may break a title into several
    lines). Empty when the document opens with its TOC or body."""
    lines: list[int] = []
    length = 0
    for index, block in enumerate(blocks[:12]):
        text = compact(block_text(block))
        if not text:
            continue
        if text == "目录" or numbering(text) is not None or isinstance(block, Table):
            break
        if is_table_title(text):  # a file of tables only: no cover
            break
        if _DATE_LINE.match(text) or ":" in text:
            continue
        length += len(text)
        if length > MAX_TITLE_CHARS:
            break
        lines.append(index)
        if "预算" in text or "决算" in text:
            return lines
    return []


class TocLine(NamedTuple):
    """One TOC entry: the index of its block and its text (a block may hold several entries
    when a PDF reader joined lines: ``五、部门预算表……1.2024年部门财务收支预算总表……``)."""

    block_index: int
    text: str
    numbered: Numbering | None = None  # the numbering ``text`` starts with


# Dot leaders and the page number after them (not the number of the next entry: "……1.2024年").
# (the leading look-ahead lets the scan skip other characters quickly)
_LEADER = re.compile(r"(?=[.…·．])(?:[.…·．]{2,}|…)\s*(?:\d{1,3}(?![\d.、．)）])\s*)?")


def split_toc_block(text: str) -> tuple[list[str], bool]:
    """Entries of one TOC block and whether it had dot leaders."""
    if _LEADER.search(text) is None:  # hot path: a line without leaders is one entry
        entry = toc_text(text.strip())
        return ([entry] if entry else []), False
    pieces = [piece.strip() for piece in _LEADER.split(text)]
    entries = [toc_text(piece) for piece in pieces if piece]
    return [e for e in entries if e], len(pieces) > 1


def find_toc(blocks: list[Block]) -> tuple[list[TocLine], int]:
    """TOC entries and the index of the block where the body starts (0 when there is no
    TOC). The TOC ends at a table, a sentence, a repeat of its first entry's number, or —
    in a TOC printed with dot leaders — the first line without them."""
    start = next(
        (
            i
            for i, b in enumerate(blocks[:40])
            if "目" in (text := block_text(b)) and compact(text) == "目录"
        ),
        None,
    )
    if start is None:
        return [], 0
    lines: list[TocLine] = []
    first: Numbering | None = None
    first_text = ""
    leaders = seen = 0
    for index in range(start + 1, len(blocks)):
        block = blocks[index]
        if isinstance(block, Table):
            return lines, index
        entries, has_leaders = split_toc_block(block.text.strip())
        if not entries:
            continue
        text = entries[0]
        found = numbering(text)
        if lines and first is not None and found is not None:
            same = found.style == first.style and found.number == first.number
            # (compacting never lengthens a text)
            if same or (len(text) >= len(first_text) and compact(text) == first_text):
                return lines, index
        several = len(entries) > 1  # hot path: most TOC blocks hold one entry
        if several:
            if max(map(len, entries)) > 60 or "。" in "".join(entries):  # fold keeps lengths
                return lines, index
        elif len(text) > 60 or "。" in text:
            return lines, index
        if seen and leaders * 2 > seen and not has_leaders:
            return lines, index
        if not lines:
            first, first_text = found, compact(text)
        leaders += has_leaders
        seen += 1
        lines.append(TocLine(index, text, found))
        if several:
            lines.extend(TocLine(index, entry, numbering(entry)) for entry in entries[1:])
    return lines, len(blocks)


def _next_content(blocks: list[Block], index: int, limit: int = 4) -> Table | None:
    """The first table within ``limit`` blocks after ``index`` (skipping unit lines)."""
    for block in blocks[index + 1 : index + 1 + limit]:
        if isinstance(block, Table):
            return block
    return None


def analyse(document: Document) -> Layout:
    """Find the title, TOC, body headings and tables part of ``document``."""
    blocks = document.blocks
    layout = Layout(title_indexes=find_title(blocks))
    layout.toc, layout.body_start = find_toc(blocks)
    if not layout.toc and layout.title_indexes:
        layout.body_start = layout.title_indexes[-1] + 1
    in_tables = False
    part, second, third = 0, 0, 0
    for index in range(layout.body_start, len(blocks)):
        block = blocks[index]
        if isinstance(block, Table):
            in_tables = True
            layout.table_part.add(index)
            continue
        text = block.text.strip()
        found = numbering(text)
        if found is not None:
            layout.numbers[index] = found
        level = None if found is None else _numbered_heading_level(text, found)
        table_title = (
            level != 1
            and is_table_title(text)
            and (in_tables or level is not None or _next_content(blocks, index) is not None)
        )
        if level == 1:
            in_tables = "表" in text and "说明" not in text
        elif level is not None and not table_title:
            in_tables = False
        elif table_title:
            in_tables = True
        if in_tables and level != 1:
            layout.table_part.add(index)
        if level == 1 and found is not None:
            part, second, third = found.number, 0, 0
        elif level == 2 and found is not None:
            second, third = found.number, 0
        elif level == 3 and found is not None:
            third = found.number
        if level is not None or table_title or isinstance(block, BlockHeading):
            key = (part, second, third) if level is not None else None
            shown_level = level if level is not None else (2 if table_title else block_level(block))
            layout.headings.append(
                BodyHeading(
                    index,
                    new_heading(text, shown_level, block.location),
                    key,
                    table_title,
                )
            )
    return layout


def block_level(block: Block) -> int:
    return block.level if isinstance(block, BlockHeading) else 2


def _project_name(blocks: list[Block], index: int) -> tuple[str, SourceLocation] | None:
    """The project a project-performance table title introduces: the line after 项目名称,
    ``项目名称：X``, or the cell after 项目名称 in the table's first rows."""
    window = blocks[index + 1 : index + 6]
    for offset, block in enumerate(window):
        if isinstance(block, Table):
            for row in block.rows[:3]:
                texts = [c.text for c in row]
                for c, cell_text in enumerate(texts):
                    if compact(cell_text) == "项目名称":
                        name = next((t for t in texts[c + 1 :] if t.strip()), None)
                        if name:
                            return name.strip(), row[c].location
            return None
        text = block.text.strip()
        folded = compact(text)
        if folded == "项目名称" and offset + 1 < len(window):
            after = window[offset + 1]
            if not isinstance(after, Table) and after.text.strip():
                return after.text.strip(), after.location
        if folded.startswith("项目名称:"):
            return fold(text).split(":", 1)[1].strip(), block.location
    return None


_YEAR = re.compile(r"\d{4}年度?")
_TABLE_PREFIX = re.compile(r"^(?:附表|公开表|表)?\d+[.、:\-]?")
_TITLE_SUFFIXES = ("项目绩效目标表", "绩效目标表", "绩效目标申报表", "绩效目标评价指标表")


_STEM_PUNCTUATION = re.compile(r"[,、()\-.:]")


# memo: the standard table titles and TOC lines (部门收支总表, 一、部门主要职能, …) recur in
# every document of the field; the function is pure on a short text
@lru_cache(maxsize=4096)
def _title_stem(text: str) -> str:
    """The words of a table title that name it: no year, table number, generic performance
    suffix or punctuation (``表3.2020年一般公共预算支出表`` → ``一般公共预算支出表``)."""
    stem = compact(toc_text(text))
    if "年" in stem:  # hot path: the substitutions only where they can apply
        stem = _YEAR.sub("", stem)
    stem = _TABLE_PREFIX.sub("", stem)
    if stem.endswith(_TITLE_SUFFIXES):
        for suffix in _TITLE_SUFFIXES:
            if stem.endswith(suffix) and len(stem) > len(suffix):
                stem = stem.removesuffix(suffix)
                break
    return _STEM_PUNCTUATION.sub("", stem)


MIN_TITLE_SIMILARITY = 0.34


def align(left: list[str], right: list[str]) -> list[int | None]:
    """Order-preserving pairing of ``left`` titles with ``right`` titles maximising total
    similarity (pairs below :data:`MIN_TITLE_SIMILARITY` are not allowed).

    Returns for each left item the index of its right item or ``None``.
    """
    return _align_stems([_title_stem(t) for t in left], [_title_stem(t) for t in right])


def _align_stems(stems_l: list[str], stems_r: list[str]) -> list[int | None]:
    """:func:`align` of titles given by their stems."""
    # hot path: leading titles with the same stem pair with each other (such a pair belongs to
    # an optimal pairing, and the walk below takes a pair first on ties), so only the rest is
    # scored
    same = 0
    for a, b in zip(stems_l, stems_r, strict=False):
        if a != b or not a:
            break
        same += 1
    pairs: list[int | None] = list(range(same)) + [None] * (len(stems_l) - same)
    n, m = len(stems_l) - same, len(stems_r) - same
    sims = similarity_matrix(stems_l[same:], stems_r[same:], MIN_TITLE_SIMILARITY)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    # hot path: rows held in locals, comparisons instead of max() calls
    for i in range(n - 1, -1, -1):
        row, below, sim_row = score[i], score[i + 1], sims[i]
        for j in range(m - 1, -1, -1):
            best = below[j]
            if row[j + 1] > best:
                best = row[j + 1]
            sim = sim_row[j]
            if sim >= MIN_TITLE_SIMILARITY and sim + below[j + 1] > best:
                best = sim + below[j + 1]
            row[j] = best
    i = j = 0
    while i < n and j < m:
        sim = sims[i][j]
        if sim >= MIN_TITLE_SIMILARITY and abs(score[i][j] - (sim + score[i + 1][j + 1])) < 1e-9:
            pairs[same + i] = same + j
            i, j = i + 1, j + 1
        elif abs(score[i][j] - score[i + 1][j]) < 1e-9:
            i += 1
        else:
            j += 1
    return pairs


MIN_HEADING_SIMILARITY = 0.2


def _same_subject(toc_rest: str, body_rest: str) -> bool:
    """Whether a TOC line and the body heading with its number, each without its number,
    share enough words to be the same section (``部门主要职能`` is not ``“三公”经费预算情况说明``)."""
    if toc_rest == body_rest:  # hot path: most headings are printed as in the TOC
        return _title_stem(toc_rest) != ""  # (an empty stem is similar to nothing)
    # a pair whose upper bound is below MIN_TITLE_SIMILARITY counts as unrelated
    stems = _title_stem(toc_rest), _title_stem(body_rest)
    return similarity(*stems, MIN_TITLE_SIMILARITY) >= MIN_HEADING_SIMILARITY


def _rest(body: BodyHeading, numbers: dict[int, Numbering]) -> str:
    """The text of a numbered body heading after its number (found by :func:`analyse`)."""
    text = body.heading.text
    found = numbers.get(body.index)
    return text[found.end :] if found is not None else text


def _heading_stem(text: str) -> str:
    found = numbering(text)
    rest = text[found.end :] if found is not None else text
    return _title_stem(rest)


# The body heading paired with a TOC line: its text and location.
_Body = tuple[str, SourceLocation]


def _pair_unnumbered(
    document: Document,
    layout: Layout,
    texts: list[str],
    bodies: list[_Body | None],
    tables: list[int],
) -> None:
    """Pair section lines left unpaired (``bodies[i]`` is ``None``) with unnumbered short
    body lines by title similarity, in order (``一、部门主要职能`` ↔
    ``某某街道办事处（部门）主要职能``)."""
    table_lines = set(tables)
    left = [i for i, body in enumerate(bodies) if body is None and i not in table_lines]
    if not left:
        return
    used = {body.index for body in layout.headings}
    candidates: list[Paragraph | BlockHeading] = []
    for index in range(layout.body_start, len(document.blocks)):
        block = document.blocks[index]
        if index in used or index in layout.table_part or isinstance(block, Table):
            continue
        # hot path: only a short line can be a heading (the punctuation test reads both forms)
        text = block.text.strip()
        short = 0 < len(text) <= MAX_HEADING_CHARS
        if short and _HEADING_PUNCTUATION.search(text) is None and numbering(text) is None:
            candidates.append(block)
    pairs = align([_heading_stem(texts[i]) for i in left], [b.text for b in candidates])
    for entry_index, candidate in zip(left, pairs, strict=True):
        if candidate is not None:
            block = candidates[candidate]
            bodies[entry_index] = (block.text.strip(), block.location)


def build_toc(document: Document, layout: Layout) -> list[TocEntry]:
    """TOC entries, each paired with its body heading (by outline number within the same
    part for section lines, by order-preserving title similarity for table lines)."""
    blocks = document.blocks
    texts: list[str] = []
    locations: list[SourceLocation] = []
    keys: list[tuple[int, int, int] | None] = []
    rests: list[str] = []  # the texts without their numbering
    tables: list[int] = []
    part = second = 0
    for line in layout.toc:
        text = line.text
        texts.append(text)
        locations.append(blocks[line.block_index].location)
        found = line.numbered
        rests.append(text[found.end :] if found is not None else text)
        level = found.level if found is not None else None
        if level != 1 and is_table_title(text):  # 第四部分 预算公开报表 is a part, not a table
            tables.append(len(texts) - 1)
            keys.append(None)
            continue
        if level == 1 and found is not None:
            part, second = found.number, 0
            keys.append((part, 0, 0))
        elif level == 2 and found is not None:
            second = found.number
            keys.append((part, second, 0))
        elif level == 3 and found is not None:
            keys.append((part, second, found.number))
        else:
            keys.append(None)

    by_key: dict[tuple[int, int, int], BodyHeading] = {}
    for body in layout.headings:
        if body.key is not None and not body.is_table:
            by_key.setdefault(body.key, body)
    bodies: list[_Body | None] = []
    numbers = layout.numbers
    for rest, key in zip(rests, keys, strict=True):
        match = by_key.get(key) if key is not None else None
        if match is not None and (
            key is None or key[1] == 0 or _same_subject(rest, _rest(match, numbers))
        ):
            bodies.append((match.heading.text, match.heading.location))
        else:
            bodies.append(None)

    _pair_unnumbered(document, layout, texts, bodies, tables)

    pool: list[_Body] = []
    pool_stems: list[str] = []
    for body in layout.headings:
        if not body.is_table:
            continue
        text = body.heading.text
        # a generic title (项目绩效目标评价指标表) is known by its project's name; a specific
        # one (2020 年江汉宣传项目绩效目标表) by itself
        stem = _title_stem(text)
        generic = stem in {"", "项目"}
        project = _project_name(blocks, body.index) if generic and "项目" in text else None
        pool.append(project or (text, body.heading.location))
        pool_stems.append(_title_stem(project[0]) if project else stem)
    pairs = _align_stems([_title_stem(texts[i]) for i in tables], pool_stems)
    for entry_index, pool_index in zip(tables, pairs, strict=True):
        if pool_index is not None:
            bodies[entry_index] = pool[pool_index]
    return [
        new_toc_entry(text, location, *body) if body is not None else new_toc_entry(text, location)
        for text, location, body in zip(texts, locations, bodies, strict=True)
    ]
