"""Character normalisation shared by the readers.

Some PDF fonts map common ideographs to radical code points instead of the unified
ideographs: 支 comes out as ⽀ (KANGXI RADICAL BRANCH, U+2F40), 门 as ⻔ (CJK RADICAL
C-SIMPLIFIED GATE, U+2ED4). The text looks right but matches nothing (``"⽀出" != "支出"``).
:func:`normalize_text` maps them back before anything is matched, and
:func:`unreadable_count` counts what did not survive conversion at all.

- Kangxi Radicals (U+2F00–U+2FD5) and CJK Compatibility Ideographs (U+F900–U+FAFF) have
  compatibility decompositions, so NFKC of the single character gives the unified ideograph.
- CJK Radicals Supplement (U+2E80–U+2EF3) has decompositions for two characters only;
  :data:`RADICALS_SUPPLEMENT` is an explicit table for the forms that stand for a full
  character (mostly the C-SIMPLIFIED radicals named after that character).

Only these blocks are touched: full-width punctuation and digits (``（一）``, ``：``) are the
documents' own language and stay as printed.
"""

from __future__ import annotations

import re
import unicodedata

#: CJK Radicals Supplement code point -> unified ideograph it stands for. Entries whose
#: Unicode name is ``CJK RADICAL C-SIMPLIFIED X`` map to the simplified character X; the
#: others map to the character the radical form is written as when it stands alone.
RADICALS_SUPPLEMENT: dict[str, str] = {
    "\u2e81": "厂",  # CLIFF
    "\u2e8a": "卜",  # DIVINATION
    "\u2e8c": "小",  # SMALL ONE
    "\u2e8e": "兀",  # LAME ONE
    "\u2e92": "巳",  # SNAKE
    "\u2e93": "幺",  # THREAD
    "\u2e94": "彐",  # SNOUT ONE
    "\u2e96": "忄",  # HEART ONE
    "\u2e98": "扌",  # HAND
    "\u2e99": "攵",  # RAP
    "\u2e9b": "旡",  # CHOKE
    "\u2e9c": "日",  # SUN
    "\u2e9d": "月",  # MOON
    "\u2e9e": "歺",  # DEATH
    "\u2e9f": "母",  # MOTHER (has a compatibility decomposition to U+6BCD)
    "\u2ea0": "民",  # CIVILIAN
    "\u2ea1": "氵",  # WATER ONE
    "\u2ea3": "灬",  # FIRE
    "\u2ea4": "爫",  # PAW ONE
    "\u2ea6": "丬",  # SIMPLIFIED HALF TREE TRUNK
    "\u2ea7": "牜",  # COW
    "\u2ea8": "犭",  # DOG
    "\u2ea9": "王",  # JADE
    "\u2eaa": "疋",  # BOLT OF CLOTH
    "\u2eab": "罒",  # EYE
    "\u2eac": "示",  # SPIRIT ONE
    "\u2ead": "礻",  # SPIRIT TWO
    "\u2eaf": "糹",  # SILK
    "\u2eb0": "纟",  # C-SIMPLIFIED SILK
    "\u2eb2": "罒",  # NET TWO
    "\u2eb9": "耂",  # OLD
    "\u2eba": "肀",  # BRUSH ONE
    "\u2ebb": "聿",  # BRUSH TWO
    "\u2ebc": "月",  # MEAT
    "\u2ebd": "臼",  # MORTAR
    "\u2ebe": "艹",  # GRASS ONE
    "\u2ebf": "艹",  # GRASS TWO
    "\u2ec0": "艹",  # GRASS THREE
    "\u2ec1": "虎",  # TIGER
    "\u2ec2": "衤",  # CLOTHES
    "\u2ec3": "覀",  # WEST ONE
    "\u2ec4": "西",  # WEST TWO
    "\u2ec5": "见",  # C-SIMPLIFIED SEE
    "\u2ec6": "角",  # SIMPLIFIED HORN
    "\u2ec8": "讠",  # C-SIMPLIFIED SPEECH
    "\u2ec9": "贝",  # C-SIMPLIFIED SHELL
    "\u2ecb": "车",  # C-SIMPLIFIED CART
    "\u2ecc": "辶",  # SIMPLIFIED WALK
    "\u2ecd": "辶",  # WALK ONE
    "\u2ece": "辶",  # WALK TWO
    "\u2ecf": "阝",  # CITY
    "\u2ed0": "钅",  # C-SIMPLIFIED GOLD
    "\u2ed1": "長",  # LONG ONE
    "\u2ed2": "镸",  # LONG TWO
    "\u2ed3": "长",  # C-SIMPLIFIED LONG
    "\u2ed4": "门",  # C-SIMPLIFIED GATE
    "\u2ed6": "阝",  # MOUND TWO
    "\u2ed7": "雨",  # RAIN
    "\u2ed8": "青",  # BLUE
    "\u2ed9": "韦",  # C-SIMPLIFIED TANNED LEATHER
    "\u2eda": "页",  # C-SIMPLIFIED LEAF
    "\u2edb": "风",  # C-SIMPLIFIED WIND
    "\u2edc": "飞",  # C-SIMPLIFIED FLY
    "\u2edd": "食",  # EAT ONE
    "\u2edf": "飠",  # EAT THREE
    "\u2ee0": "饣",  # C-SIMPLIFIED EAT
    "\u2ee1": "首",  # HEAD
    "\u2ee2": "马",  # C-SIMPLIFIED HORSE
    "\u2ee3": "骨",  # BONE
    "\u2ee4": "鬼",  # GHOST
    "\u2ee5": "鱼",  # C-SIMPLIFIED FISH
    "\u2ee6": "鸟",  # C-SIMPLIFIED BIRD
    "\u2ee7": "卤",  # C-SIMPLIFIED SALT
    "\u2ee8": "麦",  # SIMPLIFIED WHEAT
    "\u2ee9": "黄",  # SIMPLIFIED YELLOW
    "\u2eea": "黾",  # C-SIMPLIFIED FROG
    "\u2eeb": "斉",  # J-SIMPLIFIED EVEN
    "\u2eec": "齐",  # C-SIMPLIFIED EVEN
    "\u2eed": "歯",  # J-SIMPLIFIED TOOTH
    "\u2eee": "齿",  # C-SIMPLIFIED TOOTH
    "\u2eef": "竜",  # J-SIMPLIFIED DRAGON
    "\u2ef0": "龙",  # C-SIMPLIFIED DRAGON
    "\u2ef1": "龜",  # TURTLE
    "\u2ef2": "亀",  # J-SIMPLIFIED TURTLE
    "\u2ef3": "龟",  # C-SIMPLIFIED TURTLE (compatibility decomposition to U+9F9F)
}

_RADICAL_LIKE = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff]")
_CID = re.compile(r"\(cid:\d+\)")


def _unify(match: re.Match[str]) -> str:
    char = match.group(0)
    mapped = RADICALS_SUPPLEMENT.get(char)
    if mapped is not None:
        return mapped
    if "\u2e80" <= char <= "\u2ef3":
        return char  # a pure radical form with no character of its own: keep it visible
    return unicodedata.normalize("NFKC", char)


def normalize_text(text: str) -> str:
    """``text`` with radical and compatibility code points replaced by unified ideographs.

    ``"⽀出"`` -> ``"支出"``, ``"部⻔"`` -> ``"部门"``. Everything else is returned unchanged.
    """
    if not _RADICAL_LIKE.search(text):
        return text
    return _RADICAL_LIKE.sub(_unify, text)


def count_radical_like(text: str) -> int:
    """How many characters :func:`normalize_text` would replace."""
    return sum(1 for match in _RADICAL_LIKE.finditer(text) if _unify(match) != match.group(0))


def unreadable_count(text: str) -> int:
    """Characters that did not survive text extraction: ``(cid:N)`` placeholders, U+FFFD
    replacement characters and private-use code points (U+E000–U+F8FF)."""
    count = len(_CID.findall(text))
    return count + sum(1 for char in text if char == "\ufffd" or "\ue000" <= char <= "\uf8ff")
