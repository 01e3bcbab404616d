"""Q103: doubled punctuation (。。，，)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._text import excerpt, paragraphs
from yusuan.model.disclosure import Disclosure

# Two sentence or clause marks in a row (full-width, or a half-width , ; next to one).
DOUBLED = re.compile(r"[。，、；：！？][。，、；：！？,;]|[,;][。，、；：！？]")


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
    for piece in paragraphs(doc):
        for match in DOUBLED.finditer(piece.text):
            yield ctx.finding(
                piece.place,
                f"标点重复“{match.group()}”：{excerpt(piece.text, *match.span())}",
                expected=match.group()[0],
                found=match.group(),
            )
