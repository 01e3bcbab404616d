"""Staff numbers stated in 人员情况: authorised posts (编制), staff in post, retired staff.

``共有事业编制 21 人，实际在职 11 人，退休人员 11 人。其中：全额拨款事业编制 21 人…``: the
authorised number is the 编制 stated before any ``其中`` breakdown (the sum of the kinds named
there, e.g. 行政编制 + 事业编制, unless a total 编制数 is stated); every kind found is kept in
``extra`` under its printed name.
"""

from __future__ import annotations

import re

from yusuan.extract.narrative_statements import Sentence
from yusuan.extract.outline import chinese_number
from yusuan.model.narrative import Staff

_N = r"(?P<n>\d+|[一二三四五六七八九十两]+)"
# The word each pattern below requires; a sentence holding none states no staff number.
STAFF_WORDS: tuple[str, ...] = ("编制", "在职", "退休", "离休")
# (the leading look-ahead, the first characters a match can start with, lets the scan skip
# other characters quickly)
_AUTHORISED = re.compile(
    rf"(?=[全差自行事参工机人编])(?P<kind>全额拨款事业|差额拨款事业|自收自支事业|行政附属|行政|事业|参公|工勤|机关)?"
    rf"(?:人员)?编制(?P<total>数|人数|总数|总额)?(?:为|共|是|共计)?{_N}[人名个]"
)
_IN_POST = re.compile(
    rf"(?:实际在职|在职实有|实有在职|在职人员|在职职工|在职)(?:人数|人员|职工)?(?:为|共|是)?{_N}[人名]"
)
_RETIRED = re.compile(rf"(?:退休人员|退休职工|退休)(?:人数)?(?:为|共|是)?{_N}[人名]")
_RETIRED_EARLY = re.compile(rf"离休(?:人员|干部)?(?:人数)?(?:为|共|是)?{_N}[人名]")


def _number(match: re.Match[str] | None) -> int | None:
    return chinese_number(match.group("n")) if match is not None else None


def find_staff(sentences: list[Sentence]) -> Staff | None:
    """Staff numbers from the first sentences that state them, or ``None`` when none do."""
    staff = Staff()
    for sentence in sentences:
        text = sentence.words
        found = False
        # hot path: each pattern needs its word (编制, 在职, 退休, 离休); most sentences have none
        if "编制" in text:
            found = _read_authorised(text, staff)
        if staff.in_post is None and "在职" in text:
            staff.in_post = _number(_IN_POST.search(text))
            found = found or staff.in_post is not None
        if staff.retired is None and "退休" in text:
            staff.retired = _number(_RETIRED.search(text))
            found = found or staff.retired is not None
        if "离休" in text:
            early = _number(_RETIRED_EARLY.search(text))
            if early is not None:
                staff.extra.setdefault("离休", early)
        if found and staff.location is None:
            staff.location = sentence.location
    if staff.location is None:
        return None
    return staff


def _read_authorised(text: str, staff: Staff) -> bool:
    """Record the 编制 numbers of one compacted sentence in ``staff``; whether it gave the
    authorised number."""
    found = False
    if staff.authorised is None:
        kinds: dict[str, int] = {}
        total: int | None = None
        for match in _AUTHORISED.finditer(text.split("其中", 1)[0]):
            value = _number(match)
            if value is None:
                continue
            if match.group("total") or not match.group("kind"):
                total = value if total is None else total
            else:
                kinds.setdefault(match.group("kind") + "编制", value)
        if total is not None or kinds:
            staff.authorised = total if total is not None else sum(kinds.values())
            found = True
    for match in _AUTHORISED.finditer(text):
        value = _number(match)
        if value is not None and match.group("kind"):
            staff.extra.setdefault(match.group("kind") + "编制", value)
    return found
