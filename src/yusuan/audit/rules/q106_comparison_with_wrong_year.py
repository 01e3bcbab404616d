"""Q106: a year-on-year comparison names the wrong year."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._text import excerpt, paragraph_text, paragraphs
from yusuan.model.disclosure import Disclosure, DocumentKind

# "比 2019 年预算", "较2018年增加", "与 2019 年相比", "同 2019 年度决算数" — a comparison word,
# the year, then (within a few characters) what is compared; not "与1940年成立的…".
COMPARISON = re.compile(
    r"(?:比|较|与|同|相比|对比)\s*((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)"
    r"(?=[^，。；]{0,8}?(?:预算|决算|执行|实际|相比|比较|同期|增加|减少|增长|下降|持平|上升|基本持平))"
)


@rule("Q106", "与上年比较时年份有误", Severity.WARNING)
def comparison_with_wrong_year(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: a comparison in the narrative (比/较/与 YYYY 年 …) names the year before
    the document's fiscal year (only comparisons of amounts: the year is followed within a few
    characters by 预算/决算/执行/相比/增加/减少 …, so "与1940年成立的…" is history, not a
    comparison); a final account (决算) may also compare with its own year's
    budget (与 YYYY 年预算相比).

    Why it matters: a 2020 budget comparing with "2018 年" compares with the wrong year, or
    the sentence was copied from last year's document and its figures may be stale too.

    Example: in the seed (2020) "比 2019 年预算 472.73 万元增加 48.32 万元" holds; "较 2018 年
    预算增加" would be flagged.

    Source: DISCLOSURE.md, "Text quality": a comparison with the wrong year.
    """
    year = doc.fiscal_year
    if year is None:
        return
    allowed = {year - 1} | ({year} if doc.kind is DocumentKind.FINAL_ACCOUNT else set())
    # a quick test on all paragraphs at once: a comparison in a paragraph is found in them
    # joined too (or one overlapping it, naming the same year)
    joined = paragraph_text(doc)
    if all(int(m.group(1)) in allowed for m in COMPARISON.finditer(joined)):
        return
    for piece in paragraphs(doc):
        for match in COMPARISON.finditer(piece.text):
            stated = int(match.group(1))
            if stated in allowed:
                continue
            yield ctx.finding(
                piece.place,
                f"{year} 年的文件与 {stated} 年比较：{excerpt(piece.text, *match.span())}",
                expected=f"{year - 1}年",
                found=f"{stated}年",
            )
