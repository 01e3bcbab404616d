"""Amounts stated in narrative paragraphs, with last year's amount, change, rate and share.

A sentence is read as a row of tokens: amounts (``521.05 万元``, ``1,234.50元``), rates
(``10%``) and ``持平``. The words between the previous token (or clause separator) and a
token decide what it is:

- an amount right after a change verb (``增加``, ``减少`` …) is the change of a figure;
- an amount after a comparison (``比 2019 年预算``, ``较上年``) is that figure's last-year amount;
- any other amount is a figure of its own, keyed by :mod:`yusuan.extract.narrative_labels`
  (falling back on the section heading for bare labels such as ``预算控制数为``);
- a rate after a change verb is the growth rate, after ``占`` a share.

Changes, rates and shares belong to the last figure of the same sentence, or, in a sentence
without a figure of its own (``较 2019 年预算增加 1.38 万元，增长 0.4%``), to the last figure
of the paragraph. Breakdowns (``其中：``, ``包括：``, a paragraph ending with ``：`` followed
by numbered items) give ``part_of``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from yusuan.extract.narrative_labels import resolve_compacted, resolve_label
from yusuan.extract.outline import Numbering, numbering
from yusuan.extract.sentences import (
    compact,
    compact_folded,
    fold,
    last_boundary,
    sentences_with_words,
)
from yusuan.model.amount import Unit
from yusuan.model.narrative import ChangeDirection, NarrativeFigure, new_figure
from yusuan.read.location import SourceLocation

# hot path: the leading look-ahead (every token starts with a digit or 持) lets the scan
# skip other characters without trying each alternative and its look-behind (~3x faster).
_TOKEN = re.compile(
    r"(?=[\d持])"
    r"(?:(?P<amount>(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<unit>万元|元)(?!/)"
    r"|(?P<rate>(?<![\d.])\d+(?:\.\d+)?)\s*%"
    r"|(?P<flat>持平))"
)
# The first character a token can start at, found by a scan that skips other characters
# without entering the matcher (a pattern starting with a character class).
_TOKEN_START = re.compile(r"[\d持]")

# Change verbs as the last words before an amount or rate, and the direction they state.
CHANGE_VERBS: tuple[tuple[str, ChangeDirection], ...] = (
    ("增加", "增加"),
    ("增长", "增加"),
    ("上升", "增加"),
    ("提高", "增加"),
    ("增幅为", "增加"),
    ("增幅", "增加"),
    ("增长率为", "增加"),
    ("增长率", "增加"),
    ("多", "增加"),
    ("增", "增加"),
    ("减少", "减少"),
    ("下降", "减少"),
    ("降低", "减少"),
    ("压减", "减少"),
    ("缩减", "减少"),
    ("节约", "减少"),
    ("降幅为", "减少"),
    ("降幅", "减少"),
    ("少", "减少"),
    ("减", "减少"),
    ("降", "减少"),
)
_VERB_TAIL = "了约为达计"
COMPARATORS: tuple[str, ...] = ("比", "较", "与", "同比", "相比", "对比", "上年", "去年", "上一年")
SHARE_WORDS: tuple[str, ...] = ("占", "比重", "占比")
BREAKDOWN_WORDS: tuple[str, ...] = (
    "其中",
    "包括",
    "分别为",
    "分别是",
    "具体为",
    "主要用于以下方面",
)
REASON_WORDS: tuple[str, ...] = ("原因",)
FUNCTION_LIST_CUES: tuple[str, ...] = ("功能分类", "功能科目")
# A share of 总支出/总收入 taken inside a breakdown of one of _SUB_TOTALS is of that figure.
_GENERIC_TOTALS = frozenset(("total_expenditure", "total_income", "total_budget"))
_SUB_TOTALS = frozenset(
    (
        "appropriation_expenditure",
        "general_public_expenditure",
        "government_fund_expenditure",
        "income.appropriation",
    )
)
FUNCTION_NAME_MARKS: tuple[str, ...] = ("(类)", "(款)", "(项)")
_REASON = re.compile("|".join(re.escape(word) for word in REASON_WORDS))
# hot path: word lists searched as one alternation each
_FUNCTION_NAME_MARK = re.compile("|".join(re.escape(mark) for mark in FUNCTION_NAME_MARKS))
_FUNCTION_LIST_CUE = re.compile("|".join(re.escape(cue) for cue in FUNCTION_LIST_CUES))
_BREAKDOWN_WORD = re.compile("|".join(re.escape(word) for word in BREAKDOWN_WORDS))
_LABEL_LEAD = re.compile(
    r"^(?:其中|包括|主要用于|分别为|分别是|具体为|含|为)?[:\s]*(?:\d{4}\s*年度?\s*)?"
)
_YEAR_IN_LABEL = re.compile(r"(\d{4})\s*年")


@dataclass(slots=True)
class ParagraphInput:
    """A paragraph to read: printed text, where it is, the heading it sits under and the
    text of all headings above it (for context), the numbering it starts with; ``folded``: its
    :func:`~yusuan.extract.sentences.fold`, and ``sentences``: start, end and compacted words
    of each of its sentences (:func:`~yusuan.extract.sentences.sentences_with_words`), read once
    by the caller (both computed here when left empty)."""

    text: str
    location: SourceLocation
    section: str | None
    section_chain: str
    numbered: Numbering | None
    list_item: bool = False
    folded: str = ""
    sentences: list[tuple[int, int, str]] | None = None


@dataclass
class _Parent:
    key: str
    style: str | None
    heading_level: int


@dataclass
class FigureReader:
    """Reads paragraphs in order; keeps the breakdown context between them."""

    fiscal_year: int | None = None
    parents: list[_Parent] = field(default_factory=list)
    last_lead: NarrativeFigure | None = None
    last_top: NarrativeFigure | None = None
    function_list: bool = False
    heading_level: int = 0

    def heading(self, level: int) -> None:
        """A new heading of ``level``: breakdowns opened under deeper or equal headings end."""
        if self.parents:
            self.parents = [p for p in self.parents if 0 < p.heading_level < level]
        self.heading_level = level
        self.last_lead = None
        self.last_top = None
        self.function_list = False

    def paragraph(self, para: ParagraphInput) -> list[NarrativeFigure]:
        """The figures ``para`` states (see module doc)."""
        text = para.text
        folded = para.folded or fold(text)
        sentences = para.sentences
        if sentences is None:
            sentences = sentences_with_words(folded)
        found = para.numbered
        style = found.style if found is not None else ("bullet" if para.list_item else None)
        if style is not None:
            for position, parent in enumerate(self.parents):
                if parent.style == style:
                    del self.parents[position:]
                    break
        is_item = style is not None and style in ("arabic", "arabic_paren", "circled", "bullet")
        if self.function_list and not is_item:
            self.function_list = False
        parent_key = self.parents[-1].key if self.parents else None

        figures: list[NarrativeFigure] = []
        last_sentence: tuple[str, int] = ("", 0)  # folded text, index of its first figure
        carry: NarrativeFigure | None = None
        function_inline = False
        has_reason = _REASON.search(folded) is not None
        for start, end, sentence_words in sentences:
            sentence_fold = folded[start:end]
            sentence_text: str | None = None  # as printed, cut when it states a figure
            last_sentence = (sentence_fold, len(figures))
            opens_breakdown = sentence_words.startswith(BREAKDOWN_WORDS)
            sentence_parent = carry.key if opens_breakdown and carry is not None else parent_key
            previous_main: tuple[NarrativeFigure, int] | None = None  # and where it ended
            group_parent = sentence_parent
            target: NarrativeFigure | None = carry
            previous_end = start
            # amounts in a stated reason are not figures of the budget: tokens from where
            # the first reason word ends on are not read
            reason_end = _reason_end(folded, start, end) if has_reason else end
            # hot path: the words before a sentence's first digit are skipped in one scan (the
            # look-behinds of _TOKEN still see the characters before where it starts)
            first = _TOKEN_START.search(folded, start, end)
            tokens = _TOKEN.finditer(folded, first.start(), end) if first is not None else ()
            for match in tokens:
                token_start = match.start()
                if token_start >= reason_end:
                    break
                boundary = last_boundary(folded, previous_end, token_start)
                segment = text[boundary:token_start]
                words = compact_folded(folded[boundary:token_start])
                previous_end = match.end()
                amount, unit_text, rate, flat = match.groups()
                if flat:
                    if target is not None and target.direction is None:
                        target.direction = "持平"
                    self._comparison_label(target, segment)
                    continue
                if rate:
                    self._rate(target, words, Decimal(rate), segment)
                    continue
                value = _decimal(amount)
                unit = Unit.WAN_YUAN if unit_text == "万元" else Unit.YUAN
                verb = _change_verb(words)
                if verb is not None:
                    if target is not None and target.change is None:
                        target.change = value
                        target.direction = verb[1]
                        self._comparison_label(target, segment[: segment.rfind(verb[0])])
                    continue
                if target is not None and self._is_last_year(words):
                    if target.last_year is None:
                        target.last_year = value
                        target.last_year_label = segment.strip()
                    continue
                prefix = folded[start:token_start]
                keyed = self._key(
                    para,
                    segment=segment,
                    words=words,
                    context=para.section_chain + prefix,
                    function_item=self.function_list or function_inline or _lists_functions(prefix),
                )
                if keyed is None:
                    # A restatement (``2024年预算安排25.77万元`` after ``…”25.77万元``) keeps
                    # the figure it restates as the target; anything else ends it.
                    restated = carry is not None and carry.amount == value and carry.unit == unit
                    target = carry if restated else None
                    continue
                # ``A …，其中：B …，C …``: B and C break A down; ``A …；B …``: siblings.
                if previous_main is not None and _breaks_down(
                    folded[previous_main[1] : token_start]
                ):
                    group_parent = previous_main[0].key
                key, label, name = _as_function_item(*keyed, part_of=group_parent)
                if sentence_text is None:
                    sentence_text = text[start:end].strip()
                figure = new_figure(
                    key=key,
                    label=label,
                    name=name,
                    part_of=group_parent,
                    amount=value,
                    text=text[token_start : match.end()],
                    unit=unit,
                    sentence=sentence_text,
                    section=para.section,
                    location=para.location,
                )
                previous_main = (figure, match.end())
                figures.append(figure)
                target = figure
                carry = figure
            if sentence_words.endswith(":") and _FUNCTION_LIST_CUE.search(sentence_words):
                function_inline = True

        lead = figures[0] if figures else None
        stripped = folded.strip()
        if stripped.endswith(":"):
            closing, first_in_closing = last_sentence
            opener_key = self._opener(
                closing, figures[first_in_closing:], figures, parent_key, para
            )
            if opener_key is not None:
                self.parents.append(_Parent(opener_key, style, self.heading_level))
            if _FUNCTION_LIST_CUE.search(compact(stripped)):
                self.function_list = True
        if lead is not None:
            self.last_lead = lead
        for figure in reversed(figures):
            if figure.part_of is None:
                self.last_top = figure
                break
        return figures

    def _opener(
        self,
        closing: str,
        closing_figures: list[NarrativeFigure],
        figures: list[NarrativeFigure],
        parent_key: str | None,
        para: ParagraphInput,
    ) -> str | None:
        """The figure a paragraph ending with ``：`` breaks down.

        ``closing`` is its last sentence. In order: the first figure of that sentence
        (``…支出 521.05 万元，具体情况如下：``); the figure its words name (``项目支出按功能
        分类如下：``); after ``其中：``/``包括：``, the paragraph's last figure (or the previous
        paragraph's first); the paragraph's only figure (``“三公”经费预算3万元。具体情况如下：``);
        for a paragraph without figures, the last figure that is not itself a part. A paragraph
        that lists several figures and then says ``具体情况如下：`` opens no breakdown.
        """
        if closing_figures:
            return closing_figures[0].key
        named = resolve_label(closing, para.section_chain)
        if named is not None and not named.name_from_label:
            return named.key
        if compact(closing).startswith(BREAKDOWN_WORDS):
            latest = figures[-1] if figures else self.last_lead
            return latest.key if latest is not None else None
        tops = [f for f in figures if f.part_of == parent_key]
        if len(tops) == 1:
            return tops[0].key
        if figures:
            return None
        latest = self.last_top or self.last_lead
        return latest.key if latest is not None else None

    def _key(
        self,
        para: ParagraphInput,
        *,
        segment: str,
        words: str,
        context: str,
        function_item: bool,
    ) -> tuple[str, str, str | None] | None:
        """Key, label and name of the figure whose words before the amount are ``segment``
        (``words``: its :func:`compact`; ``context``: the headings above and the sentence up
        to the amount), or ``None`` when the words name no known figure."""
        opened = _strip_numbering(segment).lstrip().lstrip("、，,；;：:。").lstrip()
        label = opened.rstrip()
        # hot path: compacting works character by character, so the label's words are the
        # segment's without those of what was cut from its front (mostly nothing)
        cut = len(segment) - len(opened)
        label_words = words[len(compact(segment[:cut])) :] if cut else words
        lead = _LABEL_LEAD.match(label_words)
        name = (label_words[lead.end() :] if lead else label_words).rstrip("为是共计:")
        # (every mark opens with "(", folded from "（")
        if function_item or ("(" in label_words and _FUNCTION_NAME_MARK.search(label_words)):
            return "function", label, name or None
        rule = resolve_compacted(label_words, context)
        if rule is None and para.section and name and _is_bare(name):
            rule = resolve_label(_strip_numbering(para.section), para.section_chain)
        if rule is None:
            return None
        return rule.key, label, name if rule.name_from_label else None

    def _rate(
        self, target: NarrativeFigure | None, words: str, value: Decimal, segment: str
    ) -> None:
        if target is None:
            return
        verb = _change_verb(words)
        if verb is not None:
            if target.growth_rate is None:
                target.growth_rate = value
                if target.direction is None or target.change is None:
                    target.direction = verb[1]
                self._comparison_label(target, segment[: segment.rfind(verb[0])])
            return
        for word in SHARE_WORDS:
            at = words.find(word)
            if at >= 0:
                if target.share is None:
                    target.share = value
                    whole = resolve_label(words[at + len(word) :])
                    target.share_of = whole.key if whole is not None else target.part_of
                    if target.share_of in _GENERIC_TOTALS and target.part_of in _SUB_TOTALS:
                        # 财政拨款支出 237,100.00 万元，其中基本支出 …，占总支出的 83.94%:
                        # the 总支出 of a breakdown of the appropriation is the appropriation.
                        target.share_of = target.part_of
                return

    def _comparison_label(self, target: NarrativeFigure | None, text: str) -> None:
        """Record ``比 2019 年预算`` as the last-year label when no amount gave one."""
        if target is None or target.last_year_label is not None:
            return
        words = compact(text)
        for comparator in COMPARATORS:
            at = words.find(comparator)
            if at >= 0 and len(words) - at > len(comparator):
                target.last_year_label = text[text.find(comparator[0]) :].strip() or None
                return

    def _is_last_year(self, words: str) -> bool:
        if "结转" in words or "结余" in words:
            return False
        if words.startswith(COMPARATORS):
            return True
        if "上年" in words or "上一年" in words or "去年" in words:
            return True
        year = _YEAR_IN_LABEL.match(words)
        return (
            year is not None
            and self.fiscal_year is not None
            and int(year.group(1)) < self.fiscal_year
        )


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", "") if "," in text else text)


_VERBS = tuple(verb for verb, _ in CHANGE_VERBS)


def _change_verb(words: str) -> tuple[str, ChangeDirection] | None:
    trimmed = words.rstrip(_VERB_TAIL) or words
    if not trimmed.endswith(_VERBS):  # hot path: most words end with no change verb
        return None
    for verb, direction in CHANGE_VERBS:
        if trimmed.endswith(verb):
            return verb, direction
    return None


def _lists_functions(prefix: str) -> bool:
    """Whether ``prefix`` (a sentence up to an amount) opened a list by function class:
    ``按功能分类：一般公共服务支出 …``."""
    if ":" not in prefix:  # hot path: no list opened at all
        return False
    for cue in FUNCTION_LIST_CUES:
        at = prefix.find(cue)
        if at >= 0 and ":" in prefix[at:]:
            return True
    return False


def _reason_end(folded: str, start: int, end: int) -> int:
    """Where the earliest reason word (``原因``) in ``folded[start:end]`` ends, or ``end``
    when there is none."""
    ends = [at + len(word) for word in REASON_WORDS if (at := folded.find(word, start, end)) >= 0]
    return min(ends, default=end)


def _breaks_down(between: str) -> bool:
    """Whether the words between two figures open a breakdown of the first (``其中：``)."""
    return _BREAKDOWN_WORD.search(compact(between)) is not None


# Keys of totals a label such as ``教育支出预算数为`` resolves to (its words hold 支出预算).
_TOTAL_KEYS = frozenset(("total_expenditure", "total_budget"))
_TOTAL_WORDS = ("本年", "总", "合计", "全年", "部门", "单位", "我校", "学校", "全部")
_ITEM_TAIL = re.compile(r"(?:预算数|预算|安排|数)?(?:为|是)?$")


def _as_function_item(
    key: str, label: str, name: str | None, *, part_of: str | None
) -> tuple[str, str, str | None]:
    """Re-key a figure read as a total that breaks down another figure (``part_of``) and
    whose label names a function line: ``财政拨款支出预算 216,552.53 万元，其中教育支出预算数为
    207,796.18 万元`` states 教育支出, not 部门预算支出 (a total is never part of another
    figure). Returns key, label and name, changed or not."""
    if key not in _TOTAL_KEYS or part_of is None:
        return key, label, name
    item = _LABEL_LEAD.sub("", compact(_strip_numbering(label)))
    item = _ITEM_TAIL.sub("", item)
    if len(item) <= 2 or not item.endswith("支出") or any(w in item for w in _TOTAL_WORDS):
        return key, label, name
    return "function", label, item


def _strip_numbering(text: str) -> str:
    found = numbering(text)
    return text[found.end :] if found is not None else text


_BARE_WORDS = ("预算控制数", "预算数", "预算", "安排", "控制数", "金额", "合计", "共计", "总计")


def _is_bare(name: str) -> bool:
    """A label naming no figure by itself (``预算控制数为``, ``安排``)."""
    rest = name
    for word in _BARE_WORDS:
        rest = rest.replace(word, "")
    return not rest.strip("为是共:")
