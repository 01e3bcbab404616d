"""Q108: a half-width full stop "." used as punctuation between Chinese words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._text import excerpt, paragraph_matches
from yusuan.model.disclosure import Disclosure

# A "." between two Chinese characters (not a decimal point, not a list number "1."); a line
# break is not Chinese, so paragraph_matches is exact.
# (Written to begin with the "." itself: the regex engine then skips to the next "." quickly.)
PERIOD = re.compile(r"\.(?<=[\u4e00-\u9fff]\.)(?=[\u4e00-\u9fff])")


@rule("Q108", "中文句中误用半角句点", Severity.INFO)
def half_width_period_in_chinese_text(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: no half-width "." stands between two Chinese characters in the narrative
    (where a 。 or a ， belongs). Decimal points and list numbers ("1.") are not affected.

    Why it matters: it is the usual sign of a sentence joined to the next one without its full
    stop; an inspection sheet lists it with missing punctuation.

    Example: the seed's "收入包括：一般公共预算财政拨款收入.支出包括：基本支出、项目支出。"
    is flagged.

    Source: DISCLOSURE.md, "Text quality": doubled or missing punctuation.
    """
    for piece, start, end, _ in paragraph_matches(doc, PERIOD):
        yield ctx.finding(
            piece.place,
            f"中文句中的半角句点：{excerpt(piece.text, start, end)}",
            expected="。",
            found=".",
        )
