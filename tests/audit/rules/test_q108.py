"""Q108: a half-width "." used as punctuation between Chinese words."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.rules.document_support import findings, only, text_doc
from yusuan.audit.finding import Severity
from yusuan.audit.rules.q108_half_width_period_in_chinese_text import PERIOD
from yusuan.model.disclosure import Disclosure


def test_decimals_and_list_numbers_hold() -> None:
    assert findings("Q108", text_doc("1.承担新闻报道职责，预算 521.05 万元。")) == []


def test_half_width_period_between_sentences() -> None:
    f = only("Q108", text_doc("收入包括：一般公共预算财政拨款收入.支出包括：基本支出、项目支出。"))
    assert (f.expected, f.found, f.severity) == ("。", ".", Severity.INFO)


def test_seed(seed: Disclosure) -> None:
    f = only("Q108", seed)
    assert f.place.source is not None and f.place.source.line == 87


@given(st.text(alphabet=".。中文a1 \n", max_size=12))
def test_pattern_finds_what_the_look_behind_pattern_finds(text: str) -> None:
    plain = re.compile(r"(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])")
    assert [m.span() for m in PERIOD.finditer(text)] == [m.span() for m in plain.finditer(text)]
