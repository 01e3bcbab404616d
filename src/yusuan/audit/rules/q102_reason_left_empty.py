"""Q102: a reason or purpose sentence left empty or cut off."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._text import excerpt, matches_from, paragraphs_with
from yusuan.model.disclosure import Disclosure

# "主要原因是。", "变动原因为：；", "主要用于：。"; or a paragraph ending on "原因是" (cut off).
# "主要用于：" at the end of a paragraph introduces a list and is not flagged.
EMPTY_REASON = re.compile(
    r"(?:(?:主要)?原因(?:主要)?(?:是|为|系|如下)|主要用于|具体用于|主要包括)\s*[:：]?\s*[。；;，,]"
    r"|(?:主要)?原因(?:主要)?(?:是|为|系)\s*$"
)
# Every alternative of EMPTY_REASON holds one of these words (a much faster scan first).
_CUE = re.compile("原因|用于|主要包括")
# The first character of every match of EMPTY_REASON.
_FIRST = re.compile("[主原具]")


@rule("Q102", "原因或用途说明为空或不完整", Severity.WARNING)
def reason_left_empty(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: a clause that announces a reason or a purpose (原因是, 原因为, 主要用于,
    主要包括) is followed by words, not directly by a full stop, semicolon or comma; and no
    paragraph ends on "原因是". A paragraph ending on "主要用于：" is not flagged, since it
    introduces the list that follows.

    Why it matters: the change reasons are what the inspection sheet asks for; "主要原因是。"
    gives none, and a cut-off sentence usually means text lost in editing or conversion.

    Example: "比上年增加 3 万元，主要原因是。" is flagged; the seed's "变动的主要原因是项目经费
    增加" holds.

    Source: DISCLOSURE.md, "Text quality": a reason left empty or cut off ("主要原因是。").
    """
    for piece in paragraphs_with(doc, _CUE):
        for match in matches_from(EMPTY_REASON, _FIRST, piece.text.rstrip()):
            yield ctx.finding(
                piece.place,
                f"原因或用途未写明：{excerpt(piece.text, *match.span())}",
                found=match.group().strip(),
            )
