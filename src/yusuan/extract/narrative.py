"""Extract what the narrative (说明) states: title, outline, figures, counts, flags, staff.

The stages are separate modules, each inspectable on its own:
:mod:`~yusuan.extract.narrative_lines` (PDF lines left in runs put back together),
:mod:`~yusuan.extract.outline` (title, 目录, body headings, table titles, TOC↔body pairs),
:mod:`~yusuan.extract.narrative_figures` (amounts with their changes, rates and shares,
keyed by the vocabulary in :mod:`~yusuan.extract.narrative_labels`),
:mod:`~yusuan.extract.narrative_statements` (counts and flags) and
:mod:`~yusuan.extract.staff` (人员情况).

The narrative is every paragraph of the body outside the tables part; paragraphs under a
名词解释 (glossary) heading are kept for text checks but state no figures.
"""

from __future__ import annotations

import re

from yusuan.extract.narrative_figures import FigureReader, ParagraphInput
from yusuan.extract.narrative_lines import rejoin_split_lines
from yusuan.extract.narrative_statements import (
    STATEMENT_WORDS,
    Sentence,
    find_counts,
    find_flags,
)
from yusuan.extract.outline import Layout, analyse, block_text, build_toc
from yusuan.extract.result import NarrativeResult
from yusuan.extract.sentences import compact, fold, sentences_with_words
from yusuan.extract.staff import STAFF_WORDS, find_staff
from yusuan.model.narrative import new_paragraph
from yusuan.read.document import Block, Document, Paragraph

_TITLE = re.compile(r"^(?P<before>.*?)(?P<year>(?:19|20)\d{2})年度?(?P<after>.*?)(?:预算|决算)")
_DEPARTMENT_LINE = re.compile(
    r"^(?:预算主管部门|主管部门|预算单位|部门名称|单位名称)[:：]\s*(?P<name>.+)$"
)
_DEPARTMENT_SUFFIXES = ("部门", "单位", "区级", "市级", "省级", "县级", "预算公开", "公开")
GLOSSARY_HEADINGS: tuple[str, ...] = ("名词解释", "名词说明", "术语解释")
_GLOSSARY = re.compile("|".join(GLOSSARY_HEADINGS))
# The first characters of GLOSSARY_HEADINGS: a heading chain without any names no glossary.
_GLOSSARY_FIRST = re.compile("[" + "".join(sorted({word[0] for word in GLOSSARY_HEADINGS})) + "]")
_STATEMENT_WORD = re.compile("|".join(map(re.escape, (*STATEMENT_WORDS, *STAFF_WORDS))))


def extract_narrative(document: Document) -> NarrativeResult:
    """Everything the narrative of ``document`` states, as a :class:`NarrativeResult`.

    Amounts keep their printed precision and unit (万元 or 元). Never raises for content:
    what is not found is left empty (``None`` or an empty list).
    """
    document = rejoin_split_lines(document)
    layout = analyse(document)
    result = NarrativeResult()
    _read_title(document.blocks, layout, result)
    result.toc = build_toc(document, layout)
    result.headings = [body.heading for body in layout.headings]

    headings_at = {body.index: body.heading for body in layout.headings}
    chain: list[tuple[int, str]] = []  # the headings above: level and text, outermost first
    section_chain = ""  # their texts joined
    in_glossary = False
    reader = FigureReader(fiscal_year=result.fiscal_year)
    sentences: list[Sentence] = []
    section: str | None = None
    blocks = document.blocks
    table_part = layout.table_part
    numbers = layout.numbers
    for index in range(layout.body_start, len(blocks)):
        heading = headings_at.get(index)
        if heading is not None:
            level = heading.level
            while chain and chain[-1][0] >= level:
                chain.pop()
            chain.append((level, heading.text))
            section = heading.text
            section_chain = "".join([text for _, text in chain])
            # hot path: compacted (spaces and quotes dropped) only when it may name one
            in_glossary = _GLOSSARY_FIRST.search(section_chain) is not None and (
                _GLOSSARY.search(compact(section_chain)) is not None
            )
            reader.heading(level)
            continue
        block = blocks[index]
        if index in table_part or not isinstance(block, Paragraph):
            continue
        text = block.text.strip()
        if not text:
            continue
        location = block.location
        result.paragraphs.append(new_paragraph(text, section, location))
        if in_glossary:
            continue
        # each paragraph is folded, split and compacted once, for figures and statements
        printed = block.text
        folded = fold(printed)
        spans = sentences_with_words(folded)
        para = ParagraphInput(
            text=printed,
            location=location,
            section=section,
            section_chain=section_chain,
            numbered=numbers.get(index),
            list_item=block.list_item,
            folded=folded,
            sentences=spans,
        )
        result.figures.extend(reader.paragraph(para))
        for start, end, words in spans:
            # hot path: most sentences state no count, flag or staff number
            if _STATEMENT_WORD.search(words) is not None:
                sentences.append(Sentence(printed[start:end].strip(), location, words))
    result.counts = find_counts(sentences)
    result.flags = find_flags(sentences)
    result.staff = find_staff(sentences)
    return result


def _read_title(blocks: list[Block], layout: Layout, result: NarrativeResult) -> None:
    """Title, department, fiscal year and budget/final-account kind from the cover lines."""
    if not layout.title_indexes:
        return
    title = "".join(block_text(blocks[i]) for i in layout.title_indexes)
    result.title = title or None
    words = compact(title)
    result.is_final_account = "决算" in words
    match = _TITLE.match(words)
    if match is not None:
        result.fiscal_year = int(match.group("year"))
        department = match.group("before") or match.group("after")
        for suffix in _DEPARTMENT_SUFFIXES:
            department = department.removesuffix(suffix)
        result.department = department or None
    last = layout.title_indexes[-1]
    for block in blocks[last + 1 : last + 4]:
        named = _DEPARTMENT_LINE.match(block_text(block))
        if named is not None:
            result.department = named.group("name").strip()
            break
