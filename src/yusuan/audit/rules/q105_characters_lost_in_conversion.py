"""Q105: characters that did not survive conversion (�, (cid:N), private-use code points)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._text import all_strings, all_text, excerpt
from yusuan.model.disclosure import Disclosure

BROKEN = re.compile(r"\ufffd+|\(cid:\d+\)|[\ue000-\uf8ff]+|[\U000f0000-\U0010fffd]+")
# The characters BROKEN matches besides "(cid:N)": one scan of all text before the full pattern.
_SUSPECT = re.compile("[\ufffd\ue000-\uf8ff\U000f0000-\U0010fffd]")


def _printable(text: str) -> bool:
    """A quick test: true when ``text`` holds no private-use character (such characters are
    not printable; most documents' words are) and no U+FFFD."""
    return "\ufffd" not in text and text.isprintable()


def _show(found: str) -> str:
    if found.startswith("(cid:"):
        return found
    return " ".join(f"U+{ord(c):04X}" for c in found[:4]) + ("…" if len(found) > 4 else "")


@rule("Q105", "文字转换时丢失的字符", Severity.WARNING)
def characters_lost_in_conversion(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: no text of the document (narrative, headings, TOC, table titles and row
    labels, performance indicators) contains the replacement character U+FFFD (�), a PDF
    "(cid:N)" glyph reference or a private-use code point (U+E000–U+F8FF and the
    supplementary private-use planes).

    Why it matters: these are characters the font or the conversion could not map; the
    published text (or our copy of it) has lost words, and names or amounts next to them may be
    wrong.

    Example: "一般公共预算(cid:3)财政拨款收入" or "住房保障�出" is flagged.

    Source: DISCLOSURE.md, "Text quality": characters that did not survive conversion (�,
    (cid:N), private-use code points).
    """
    joined = " ".join(all_strings(doc))
    if "(cid:" not in joined and (_printable(joined) or not _SUSPECT.search(joined)):
        return  # no text holds one: nothing to place
    for piece in all_text(doc):
        for match in BROKEN.finditer(piece.text):
            yield ctx.finding(
                piece.place,
                f"无法识别的字符 {_show(match.group())}：{excerpt(piece.text, *match.span())}",
                found=match.group(),
            )
