"""Q108: a half-width "." used as punctuation between Chinese words."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, text_doc
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure


def test_decimals_and_list_numbers_hold() -> None:
    assert findings("Q108", text_doc("1.承担新闻报道职责，预算 521.05 万元。")) == []


def test_half_width_period_between_sentences() -> None:
    f = only("Q108", text_doc("收入包括：一般公共预算财政拨款收入.支出包括：基本支出、项目支出。"))
    assert (f.expected, f.found, f.severity) == ("。", ".", Severity.INFO)


def test_seed(seed: Disclosure) -> None:
    f = only("Q108", seed)
    assert f.place.source is not None and f.place.source.line == 87
