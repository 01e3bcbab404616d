"""Q103: doubled punctuation (。。，，)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._text import excerpt, paragraph_matches
from yusuan.model.disclosure import Disclosure

# Two sentence or clause marks in a row (full-width, or a half-width , ; next to one): the
# matches of "[。，、；：！？][。，、；：！？,;]|[,;][。，、；：！？]", written to begin with one
# class of all marks so that the regex engine skips to the next mark quickly. No line break
# matches, so paragraph_matches is exact.
DOUBLED = re.compile(
    r"[。，、；：！？,;](?:(?<=[。，、；：！？])[。，、；：！？,;]|(?<=[,;])[。，、；：！？])"
)


@rule("Q103", "标点符号重复", Severity.WARNING)
def doubled_punctuation(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: no two clause or sentence marks stand next to each other in the narrative
    (。。, ，，, 。，, 、。, ；。, a half-width , or ; beside a full-width mark). Quotes,
    brackets and the ellipsis …… are not counted.

    Why it matters: doubled marks are editing leftovers; an inspection sheet lists them as text
    quality faults.

    Example: "增加 48.32 万元，，增长 10%" and "节省行政运行成本。。" are flagged.

    Source: DISCLOSURE.md, "Text quality": doubled or missing punctuation (。。).
    """
    for piece, start, end, found in paragraph_matches(doc, DOUBLED):
        yield ctx.finding(
            piece.place,
            f"标点重复“{found}”：{excerpt(piece.text, start, end)}",
            expected=found[0],
            found=found,
        )
