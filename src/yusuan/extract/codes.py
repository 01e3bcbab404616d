"""Classification codes as printed in table rows: ``2080502``, ``208 05 02``, ``01`` under ``208``.

Function codes have 3 (类), 5 (款) or 7 (项) digits, economic codes 3 or 5. Documents print
them whole, split into parts (Shanghai: ``208 05 02`` or one column per part), or print a
款/项 code as its last two digits under its parent. :class:`CodeContext` remembers the last
类 and 款 seen so such a short code can be expanded to the full one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A code at the start of a label cell, optionally bracketed, optionally split into 2-digit
# parts, followed by the name. ``1.`` / ``10、`` list numbers are not codes (lookahead).
_CODE_AND_NAME = re.compile(
    r"[\[【〔(（]?(\d{2,7})((?:[ \t\u3000]+\d{2}){0,2})[\]】〕)）]?(?![\d.、．,，])[ \t\u3000]*"
)
_CODE_OPENERS = "[【〔(（"
_SPACE_CHARS = " \t\u3000"
_SPACES = re.compile(r"[ \t\u3000]+")
_FULL_LENGTHS = (3, 5, 7)
_PRINTED_LENGTHS = (2, 3, 5, 7)


def is_code_text(text: str) -> bool:
    """True when ``text`` is only a code (``208``, ``2080502``, ``208 05 02``, ``05``)."""
    if text.isdigit():
        return len(text) in _PRINTED_LENGTHS
    if not text or not (text[0].isdigit() or text[0] in _SPACE_CHARS):
        return False  # hot path: most cells are names or amounts
    digits = _SPACES.sub("", text)
    return digits.isdigit() and len(digits) in _PRINTED_LENGTHS


def split_code_and_name(text: str) -> tuple[str, str] | None:
    """Split ``201 一般公共服务支出`` into (``201``, ``一般公共服务支出``).

    The code comes back with its parts joined (``208 05 02 …`` → ``2080502``) but not
    expanded; the name is ``""`` when the cell holds only a code. ``None`` when the text
    does not start with a code.
    """
    stripped = text.strip()
    if not stripped or not (stripped[0].isdigit() or stripped[0] in _CODE_OPENERS):
        return None  # hot path: a label that cannot start with a code (``str.isdigit`` ⊇ ``\d``)
    match = _CODE_AND_NAME.match(stripped)
    if not match:
        return None
    code, parts = match.group(1, 2)
    if parts:  # ``208 05 02``: the 款/项 parts joined on
        code += _SPACES.sub("", parts)
    if len(code) not in _PRINTED_LENGTHS:
        return None
    return code, stripped[match.end() :].strip()


@dataclass(slots=True)
class CodeContext:
    """The enclosing 类 and 款 of the rows read so far, for expanding short codes."""

    class_code: str | None = None
    section_code: str | None = None

    def expand(self, code: str, *, item_position: bool = False) -> str:
        """The full code for ``code`` as printed in the current row, and remember it.

        A 2-digit code is a 款 under the current 类 (or a 项 under the current 款 when
        ``item_position`` says it sits in the 项 column); a 4-digit code is 款+项 under the
        current 类. Codes that cannot be expanded are returned as printed.
        """
        full = code
        length = len(code)
        if length == 2:
            if item_position and self.section_code:
                full = self.section_code + code
            elif self.class_code:
                full = self.class_code + code
            length = len(full)
        elif length == 4 and self.class_code:
            full = self.class_code + code
            length += 3
        if length in _FULL_LENGTHS:  # hot path: :meth:`remember` written out
            self.class_code = full[:3]
            self.section_code = full[:5] if length >= 5 else None
        return full

    def remember(self, code: str) -> None:
        """Take ``code`` (3, 5 or 7 digits) as the enclosing 类 / 款 of the rows below."""
        length = len(code)
        if length in _FULL_LENGTHS:
            self.class_code = code[:3]
            self.section_code = code[:5] if length >= 5 else None


def join_code_parts(parts: list[tuple[str, str]], context: CodeContext) -> str | None:
    """The full code from split code columns, ``parts`` = [(level word, printed text)].

    ``[("类", "208"), ("款", "05"), ("项", "02")]`` → ``2080502``; ``[("类", ""), ("款", "05"),
    ("项", "")]`` under 类 208 → ``20805``; ``None`` when all parts are blank.
    """
    # a 款/项 part that lost its leading zero (``301 | 2 | 津贴补贴``) is read as ``02``
    texts = [
        (level, digits.zfill(2) if level != "类" and len(digits) == 1 else digits)
        for level, digits in ((level, _SPACES.sub("", text)) for level, text in parts)
    ]
    filled = [(level, text) for level, text in texts if text]
    if not filled or not all(text.isdigit() for _, text in filled):
        return None
    joined = "".join(text for _, text in filled)
    if len(filled[0][1]) >= 3:
        context.remember(joined)
        return joined
    # Leading part blank: the code hangs under the remembered 类 / 款.
    first_level = filled[0][0]
    if first_level == "项" and context.section_code:
        joined = context.section_code + joined
    elif context.class_code:
        joined = context.class_code + joined
    context.remember(joined)
    return joined
