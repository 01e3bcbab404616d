"""D105: a performance table is listed in the TOC under another name."""

from __future__ import annotations

from tests.audit.rules.document_support import (
    findings,
    only,
    performance_table,
    toc_entry,
    with_text,
)
from tests.factories import make_disclosure
from yusuan.model.disclosure import Disclosure


def _doc(*lines: str) -> Disclosure:
    return with_text(
        make_disclosure(),
        toc=[toc_entry(line, None, 56 + i) for i, line in enumerate(lines)],
        performance=[
            performance_table("网络舆情", "21.78"),
            performance_table("党建、文明创建及法律顾问经费", "8"),
        ],
    )


def test_projects_listed_by_their_names() -> None:
    doc = _doc("表 11.网络舆情绩效目标表", "表 13.党建、文明创建及法律顾问经费绩效目标表")
    assert findings("D105", doc) == []


def test_project_listed_under_another_name() -> None:
    # seed TOC line 59 for the project 党建、文明创建及法律顾问经费
    f = only("D105", _doc("表 11.网络舆情绩效目标表", "表 13.党建，文明创建法律顾问费绩效目标表"))
    assert (f.expected, f.found) == (
        "党建、文明创建及法律顾问经费绩效目标表",
        "表 13.党建，文明创建法律顾问费绩效目标表",
    )


def test_seed_lines_paired_with_bodies_are_left_to_d103(seed: Disclosure) -> None:
    assert findings("D105", seed) == []
