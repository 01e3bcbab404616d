"""Q104: a quote or bracket without its partner."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, text_doc
from yusuan.model.disclosure import Disclosure

SEED_SENTENCE = "江汉网络自媒体宣传项目主要用于江汉之声”政务微信公众平台运维费用。"


def test_balanced_marks_hold() -> None:
    doc = text_doc("运营维护“江汉之声”政务微信公众号，完成《学习强国》（含“两江交汇”）的供稿。")
    assert findings("Q104", doc) == []


def test_closing_quote_without_opening() -> None:
    f = only("Q104", text_doc(SEED_SENTENCE))
    assert (f.expected, f.found) == ("“", "”")
    assert (
        f.message == "” 之前没有与之成对的 “：…宣传项目主要用于江汉之声”政务微信公众平台运维费用…"
    )


def test_opening_bracket_never_closed() -> None:
    f = only("Q104", text_doc("主要用于人员经费（工资福利支出、对个人和家庭补助支出。"))
    assert (f.expected, f.found) == ("）", "（")


def test_seed(seed: Disclosure) -> None:
    f = only("Q104", seed)
    assert (f.expected, f.found) == ("“", "”")
    assert f.place.source is not None and f.place.source.line == 150


def test_quote_split_across_paragraphs_by_a_line_break() -> None:
    # PDF text: "占“三" | "公”经费的" — one quote broken over two paragraphs
    assert findings("Q104", text_doc("其中公务接待费 3 万元，占“三", "公”经费的 20%。")) == []
