"""Q103: doubled punctuation."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.rules.document_support import findings, only, text_doc
from yusuan.audit.rules.q103_doubled_punctuation import DOUBLED
from yusuan.model.disclosure import Disclosure


def test_single_marks_hold() -> None:
    doc = text_doc("增加 48.32 万元，增长 10%。", "包括：“三公”经费……等。")
    assert findings("Q103", doc) == []


def test_doubled_marks() -> None:
    f = only("Q103", text_doc("节省行政运行成本。。"))
    assert (f.expected, f.found) == ("。", "。。")
    assert [x.found for x in findings("Q103", text_doc("增加 48.32 万元，，增长 10%、。"))] == [
        "，，",
        "、。",
    ]


def test_seed(seed: Disclosure) -> None:
    assert findings("Q103", seed) == []


_MARKS = "。，、；：！？,;ab"


@given(st.text(alphabet=_MARKS, max_size=12))
def test_pattern_finds_what_the_plain_alternation_finds(text: str) -> None:
    plain = re.compile(r"[。，、；：！？][。，、；：！？,;]|[,;][。，、；：！？]")
    assert [m.span() for m in DOUBLED.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_marks_in_two_paragraphs_are_not_doubled() -> None:
    # the paragraphs are searched joined by a line break: "。\n，" is no doubled mark
    doc = text_doc("第一段结束。", "，第二段")
    assert findings("Q103", doc) == []
    assert [f.place.sentence for f in findings("Q103", text_doc("甲。", "乙，，丙"))] == [
        "乙，，丙"
    ]
