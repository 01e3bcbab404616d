"""D104: a table-of-contents entry has no counterpart in the body."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, toc_entry, with_text
from tests.factories import make_disclosure
from yusuan.model.disclosure import Disclosure


def test_paired_entries_and_performance_lines_are_not_reported() -> None:
    doc = with_text(
        make_disclosure(),
        toc=[
            toc_entry("一、部门基本情况", "一、基本情况"),
            toc_entry("表 11.网络舆情绩效目标表", None),
        ],
    )
    assert findings("D104", doc) == []


def test_entry_without_body() -> None:
    doc = with_text(make_disclosure(), toc=[toc_entry("(六) 其他需要说明的情况", None, line=30)])
    f = only("D104", doc)
    assert f.found == "(六) 其他需要说明的情况"
    assert f.message == "目录条目“(六) 其他需要说明的情况”在正文中没有对应的标题或报表"


def test_seed_every_entry_has_a_body_counterpart(seed: Disclosure) -> None:
    assert findings("D104", seed) == []
