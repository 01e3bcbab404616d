"""Q102: a reason or purpose sentence left empty or cut off."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.rules.document_support import findings, only, text_doc
from yusuan.audit.rules._text import matches_from
from yusuan.audit.rules.q102_reason_left_empty import _FIRST, EMPTY_REASON
from yusuan.model.disclosure import Disclosure


def test_stated_reasons_and_list_introductions_hold() -> None:
    doc = text_doc(
        "增加 48.32 万元，增长 10%，变动的主要原因是项目经费增加。",
        "按照支出功能分类科目，主要用于：",  # the list follows in the next paragraphs
    )
    assert findings("Q102", doc) == []


def test_empty_reason() -> None:
    f = only("Q102", text_doc("比上年增加 3 万元，主要原因是。"))
    assert f.found == "主要原因是。"
    assert f.message == "原因或用途未写明：比上年增加 3 万元，主要原因是。"


def test_paragraph_cut_off_after_reason() -> None:
    assert only("Q102", text_doc("比上年减少 3 万元，原因为")).found == "原因为"


def test_seed(seed: Disclosure) -> None:
    assert findings("Q102", seed) == []


_WORDS = ["主要", "原因", "是", "为", "如下", "用于", "具体", "包括", "：", "。", "，", " ", "x"]


@given(st.lists(st.sampled_from(_WORDS), max_size=10).map("".join))
def test_scan_from_first_characters_finds_what_finditer_finds(text: str) -> None:
    text = text.rstrip()
    found = [m.span() for m in matches_from(EMPTY_REASON, _FIRST, text)]
    assert found == [m.span() for m in EMPTY_REASON.finditer(text)]
