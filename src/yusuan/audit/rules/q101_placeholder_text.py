"""Q101: template placeholder text left in the narrative."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._text import excerpt, paragraph_matches
from yusuan.model.disclosure import Disclosure

PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])(?:[Xx]{2,}|[×＊*]{2,}|[ＸｘXx]{2,})(?![A-Za-z])"
    r"|待填写|此处填写|待补充|请填写|填写说明|〇〇|○○|□□"
)
# The first character of every match of PLACEHOLDER: the paragraphs are scanned for these
# (fast), PLACEHOLDER tried where one is. PLACEHOLDER matches no line break and reads one as
# it reads a text's edge, so paragraph_matches is exact.
_FIRST = re.compile("[Xx×＊*Ｘｘ待此请填〇○□]")


@rule("Q101", "说明中留有模板占位文字", Severity.ERROR)
def placeholder_text(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: the narrative contains no placeholder left from the template: XX / xx /
    ×× / ＊＊ (for a name, number or year), 待填写, 此处填写, 待补充, 请填写, ○○, □□.

    Why it matters: a placeholder means a figure or name was never filled in; the published
    document states nothing where it should state a fact.

    Example: "2020 年部门预算收入 XX 万元" or "变动原因：此处填写" are flagged; a code such as
    "X003" is not (letters on either side).

    Source: DISCLOSURE.md, "Text quality": placeholder text (XX, ××, 待填写, 此处填写).
    """
    for piece, start, end, found in paragraph_matches(doc, PLACEHOLDER, _FIRST):
        yield ctx.finding(
            piece.place,
            f"说明中有占位文字“{found}”：{excerpt(piece.text, start, end)}",
            found=found,
        )
