"""Q106: a year-on-year comparison names the wrong year."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, text_doc
from yusuan.model.disclosure import Disclosure


def test_comparison_with_last_year_and_dates_hold() -> None:
    doc = text_doc(
        "2020 年部门总预算 521.05 万元,比 2019 年预算 472.73 万元增加 48.32 万元。",
        "与 2019 年 12 月 31 日相比，资产无变化。",
    )
    assert findings("Q106", doc) == []


def test_comparison_with_another_year() -> None:
    f = only("Q106", text_doc("基本支出 343.64 万元，较 2018 年预算增加 1.38 万元。"))
    assert (f.expected, f.found) == ("2019年", "2018年")
    assert (
        f.message == "2020 年的文件与 2018 年比较：…出 343.64 万元，较 2018 年预算增加 1.38 万元…"
    )


def test_seed(seed: Disclosure) -> None:
    assert findings("Q106", seed) == []


def test_history_is_not_a_comparison() -> None:
    doc = text_doc("学校由1936年创办的学院与1940年成立的国立女子师范学院合并而成。")
    assert findings("Q106", doc) == []
