"""Q101: template placeholder text left in the narrative."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, text_doc
from yusuan.model.disclosure import Disclosure


def test_filled_text_and_codes_hold() -> None:
    assert (
        findings("Q101", text_doc("2020 年部门预算收入 521.05 万元。", "规则 X003 见附件。")) == []
    )


def test_placeholders() -> None:
    assert [f.found for f in findings("Q101", text_doc("2020 年部门预算收入 XX 万元。"))] == ["XX"]
    f = only("Q101", text_doc("变动原因：此处填写。"))
    assert f.found == "此处填写"
    assert f.message == "说明中有占位文字“此处填写”：变动原因：此处填写。"
    assert only("Q101", text_doc("比××年增加。")).found == "××"


def test_seed(seed: Disclosure) -> None:
    assert findings("Q101", seed) == []
