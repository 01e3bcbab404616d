"""Q103: doubled punctuation."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, text_doc
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
