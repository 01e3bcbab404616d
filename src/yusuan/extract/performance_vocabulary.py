"""The words of a 绩效目标表, as data: indicator levels, column headers, frame labels.

Performance tables converted from PDF put cells in the wrong column often enough that
column positions cannot be trusted on their own. What can be trusted is the vocabulary:
the level-1 names (产出指标, 项目效益, …) and level-2 names (数量指标, 社会效益, …) come
from a small, fixed set across provinces and years. Every check here works on
:func:`normalise`-d text (all whitespace removed), so ``满意度指\\n标`` and ``合 计`` match.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

Role = Literal["level1", "level2", "project", "name", "target", "basis", "note", "score", "unit"]


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """``text`` without any whitespace (PDF cells carry line breaks and letter spacing)."""
    # ``str.split()`` cuts at exactly the characters ``\s`` matches (``str.isspace``); for
    # the short texts of table cells it is several times cheaper than ``re.sub``
    return "".join(text.split())


# Level-1 names, without a trailing 指标: 产出指标 / 项目产出 / 产出 …
LEVEL1_STEMS: frozenset[str] = frozenset(
    {
        "产出",
        "项目产出",
        "效益",
        "项目效益",
        "满意度",
        "项目满意度",
        "成本",
        "项目成本",
        "履职效能",
        "管理效率",
    }
)

# Level-2 names, without a trailing 指标: 数量指标 / 产出数量 / 社会效益 …
LEVEL2_STEMS: frozenset[str] = frozenset(
    {
        "数量",
        "产出数量",
        "质量",
        "产出质量",
        "时效",
        "产出时效",
        "完成时效",
        "成本",
        "产出成本",
        "成本控制",
        "经济成本",
        "社会成本",
        "生态环境成本",
        "经济效益",
        "社会效益",
        "生态效益",
        "环境效益",
        "生态环境效益",
        "可持续影响",
        "可持续发展",
        "服务对象满意度",
        "社会公众满意度",
    }
)

# ``社会公众满意度`` is a level-2 name in some templates but a level-3 indicator in others
# (the seed's 社会公众满意度 ≥80%); it counts as a level only where its column says so.
_POSITION_ONLY: frozenset[str] = frozenset({"社会公众满意度"})

# Labels that frame the indicator block (vertical one-character-per-line labels in PDFs,
# the 绩效指标 cell of Shanghai's 填报表); they are neither levels nor indicator content.
FRAME_LABELS: frozenset[str] = frozenset(
    {
        "绩效指标",
        "绩效指标绩效指标",
        "年度绩效指标",
        "项目绩效指标",
        "绩效目标",
        "项目绩效目标",
        "年度绩效目标",
        "年度总体目标",
        "绩效",
    }
)


def _with_suffix(stems: frozenset[str]) -> frozenset[str]:
    """The normalised texts naming ``stems``: each stem, bare or followed by 指标."""
    return stems | {f"{stem}指标" for stem in stems}


_LEVEL1_KEYS = _with_suffix(LEVEL1_STEMS)
_LEVEL2_KEYS = _with_suffix(LEVEL2_STEMS)
_POSITION_ONLY_KEYS = _with_suffix(_POSITION_ONLY)


# The first characters of the level names: a text starting otherwise names no level.
LEVEL_STARTS: frozenset[str] = frozenset(key[0] for key in _LEVEL1_KEYS | _LEVEL2_KEYS)


def is_level1(text: str) -> bool:
    """True for a level-1 name (产出指标, 项目效益, 满意度指标, 成本指标, …)."""
    return normalise(text) in _LEVEL1_KEYS


def is_level2(text: str, *, strict: bool = True) -> bool:
    """True for a level-2 name (数量指标, 产出质量, 社会效益指标, 服务对象满意度, …).

    With ``strict`` (the default) names that are also common level-3 indicators
    (社会公众满意度) are not counted; pass ``strict=False`` when the cell sits in the
    level-2 column.
    """
    key = normalise(text)
    if key not in _LEVEL2_KEYS:
        return False
    return not (strict and key in _POSITION_ONLY_KEYS)


# A vertical label split over two pages leaves fragments such as 绩效指标绩效 / 指标.
_FRAME_FRAGMENT = re.compile(r"^[绩效指标]{2,}$")


# The first characters of the frame labels and their fragments.
FRAME_STARTS = frozenset(label[0] for label in FRAME_LABELS) | frozenset("绩效指标")


def is_frame_label(text: str) -> bool:
    """True for a label that frames the indicator block (绩效指标, 年度总体目标, …), or a
    fragment of one left by a page break (绩效指标绩效, 指标)."""
    # hot path: most cells start with a character no frame label starts with
    if text.lstrip()[:1] not in FRAME_STARTS:
        return False
    key = normalise(text)
    return key in FRAME_LABELS or bool(_FRAME_FRAGMENT.match(key))


@lru_cache(maxsize=16384)
def header_role(text: str) -> Role | None:
    """The role of a header cell, or ``None`` when it names no indicator column.

    一级指标 → level1, 二级指标 → level2, 明细指标内容 (三级指标) / 三级指标 / 指标名称 →
    name, 指标类别 → project, 指标值 / 年度(/项目)指标值 / 目标值 → target, 绩效指标 →
    basis (the overall table's 区目标 column), 指标说明 / 备注 → note, 分值 / 权重 → score,
    计量单位 → unit.
    """
    key = normalise(text)
    if not key:
        return None
    if "一级指标" in key:
        return "level1"
    if "二级指标" in key:
        return "level2"
    if "三级指标" in key or "明细指标" in key or key in {"指标名称", "指标内容", "绩效指标名称"}:
        return "name"
    if key in {"指标类别", "所属项目", "项目名称", "项目"}:
        return "project"
    if "指标值" in key or "目标值" in key or key in {"年度目标", "指标目标"}:
        return "target"
    if key == "绩效指标" or key == "指标性质":
        return "basis"
    if "说明" in key or "备注" in key or "解释" in key:
        return "note"
    if "分值" in key or "权重" in key:
        return "score"
    if key in {"计量单位", "度量单位"}:
        return "unit"
    return None


def is_header_row(texts: list[str]) -> bool:
    """True when a row is an indicator header: it names a level-1 or level-2 column and a
    target-value column (一级指标 … 指标值)."""
    # hot path: every name-column header (三级指标, 指标名称, …) holds 指, most rows none;
    # a level column's header holds 一级指标 or 二级指标, which indicator rows do not
    joined = "".join(texts)
    if "指" not in joined:
        return False
    joined = normalise(joined)
    if "一级指标" not in joined and "二级指标" not in joined:
        return False
    roles = {header_role(text) for text in texts}
    return bool({"level1", "level2"} & roles) and "target" in roles and "name" in roles


_TARGET_LIKE = re.compile(
    r"^(?:[≥≤<>=＞＜≧≦]|大于|小于|不低于|不高于|不少于|不超过|均[≥≤]|\d|[\d.]+%)"
    r"|%$|^(?:100%|及时|显著|良好|优秀|合格|达标|是|否)$"
)


@lru_cache(maxsize=16384)
def looks_like_target(text: str) -> bool:
    """True when ``text`` reads like a target value (``≥80%``, ``31 期``, ``100%``)
    rather than an indicator name."""
    return bool(_TARGET_LIKE.search(normalise(text)))
