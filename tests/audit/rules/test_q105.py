"""Q105: characters that did not survive conversion."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, text_doc
from yusuan.model.disclosure import Disclosure


def test_clean_text_holds() -> None:
    assert findings("Q105", text_doc("住房保障支出 37.96 万元。")) == []


def test_replacement_character_cid_and_private_use() -> None:
    assert only("Q105", text_doc("住房保障\ufffd出 37.96 万元。")).found == "\ufffd"
    f = only("Q105", text_doc("一般公共预算(cid:3)财政拨款收入"))
    assert f.found == "(cid:3)"
    assert f.message == "无法识别的字符 (cid:3)：一般公共预算(cid:3)财政拨款收入"
    assert (
        only("Q105", text_doc("卫生\ue001支出")).message == "无法识别的字符 U+E001：卫生\ue001支出"
    )


def test_seed(seed: Disclosure) -> None:
    assert findings("Q105", seed) == []
