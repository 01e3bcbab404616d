"""Q104: a quote or bracket opened without closing, or closed without opening."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._text import Text, excerpt, paragraphs
from yusuan.model.disclosure import Disclosure

PAIRS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "【": "】", "〔": "〕", "[": "]"}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}
_MARKS = re.compile("|".join(re.escape(mark) for mark in (*PAIRS, *CLOSERS)))


def unbalanced(text: str) -> list[tuple[int, str]]:
    """Positions and marks of the quotes/brackets of ``text`` without their partner.

    Marks are matched as nested pairs of the same kind; a closing mark whose opening mark is
    not open, and an opening mark never closed, are returned (in text order).
    """
    if _balanced(_MARKS.findall(text)):
        return []  # hot path: most paragraphs hold no quote or bracket, or pairs only
    stacks: dict[str, list[int]] = {}  # open positions by opening mark
    lone: list[tuple[int, str]] = []
    for found in _MARKS.finditer(text):
        position, char = found.start(), found.group()
        if char in PAIRS:
            stacks.setdefault(char, []).append(position)
        elif char in CLOSERS:
            stack = stacks.get(CLOSERS[char])
            if stack:
                stack.pop()
            else:
                lone.append((position, char))
    for open_, positions in stacks.items():
        lone.extend((p, open_) for p in positions)
    return sorted(lone)


def _balanced(marks: list[str]) -> bool:
    """True when each of ``marks`` (a text's quotes and brackets, in order) has its partner:
    :func:`unbalanced` without positions, for a quick test."""
    depth: dict[str, int] = {}  # marks open, by opening mark
    for mark in marks:
        if mark in PAIRS:
            depth[mark] = depth.get(mark, 0) + 1
        else:
            opener = CLOSERS[mark]
            if not depth.get(opener):
                return False
            depth[opener] -= 1
    return not any(depth.values())


@rule("Q104", "引号或括号不成对", Severity.WARNING)
def unbalanced_quotes_or_brackets(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: within each narrative paragraph every opening quote or bracket (“ ‘ （
    ( 《 【 〔 [) has its closing partner after it, and every closing one its opening partner
    before it. An opening mark left open at the end of a paragraph and a lone closing mark
    of the same kind at the start of the next are taken as one quote split by a line break
    (PDF text), not reported.

    Why it matters: a lone mark is a deleted word or a broken edit; readers cannot tell where
    the quoted name (often a project or platform) begins.

    Example: the seed's "江汉网络自媒体宣传项目主要用于江汉之声”政务微信公众平台运维费用。" has
    a closing ” without its opening “.

    Source: DISCLOSURE.md, "Text quality": unbalanced quotes and brackets.
    """
    pending: list[tuple[Text, int, str]] = []  # openers left open at a paragraph's end
    for piece in paragraphs(doc):
        lone = unbalanced(piece.text)
        if not lone and not pending:
            continue  # hot path: a balanced paragraph after another
        openers = [(p, m) for p, m in lone if m in PAIRS]
        for position, mark in [(p, m) for p, m in lone if m in CLOSERS]:
            carried = next((i for i, (_, _, m) in enumerate(pending) if PAIRS[m] == mark), None)
            if carried is not None:
                pending.pop(carried)  # a paragraph split inside the quote (PDF line breaks)
            else:
                yield _lone(ctx, piece, position, mark)
        for text, position, mark in pending:
            yield _lone(ctx, text, position, mark)
        pending = [(piece, p, m) for p, m in openers]
    for text, position, mark in pending:
        yield _lone(ctx, text, position, mark)


def _lone(ctx: RuleContext, piece: Text, position: int, mark: str) -> Finding:
    partner = PAIRS.get(mark) or CLOSERS[mark]
    side = "之后没有" if mark in PAIRS else "之前没有"
    return ctx.finding(
        piece.place,
        f"{mark} {side}与之成对的 {partner}：{excerpt(piece.text, position, position + 1)}",
        expected=partner,
        found=mark,
    )
