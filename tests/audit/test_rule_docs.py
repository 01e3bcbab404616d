"""The Chinese rule explanations (packaged ``rule_docs.toml``) are complete and user-facing:
every registered rule has all four sections in Chinese, none cites a project file, and the
data names no code the registry does not know."""

from __future__ import annotations

import re

import pytest

from yusuan.audit.registry import (
    SECTIONS_ZH,
    Rule,
    all_rules,
    chinese_doc,
    documented_codes,
)

CJK = re.compile(r"[\u4e00-\u9fff]")
ACTIVE = [r for r in all_rules() if r.status != "removed"]
INTERNAL = re.compile(r"DISCLOSURE|seed|\.md\b|\.py\b|src/|tests/", re.IGNORECASE)


@pytest.mark.parametrize("rule", ACTIVE, ids=[r.code for r in ACTIVE])
def test_rule_has_every_chinese_section(rule: Rule) -> None:
    doc = rule.doc_zh
    assert list(doc) == list(SECTIONS_ZH), f"{rule.code}: sections {list(doc)}"
    for heading, text in doc.items():
        assert text.strip(), f"{rule.code} {heading} is empty"
        assert CJK.search(text), f"{rule.code} {heading} has no Chinese: {text!r}"


@pytest.mark.parametrize("rule", ACTIVE, ids=[r.code for r in ACTIVE])
def test_rule_doc_cites_no_project_file(rule: Rule) -> None:
    for heading, text in rule.doc_zh.items():
        found = INTERNAL.search(text)
        assert found is None, f"{rule.code} {heading} mentions {found.group()!r}"


@pytest.mark.parametrize("rule", ACTIVE, ids=[r.code for r in ACTIVE])
def test_rule_doc_states_the_severity(rule: Rule) -> None:
    # a user reading 检查内容 learns how a failure is reported (错误 / 警告 / 提示)
    assert rule.severity.label in rule.doc_zh["检查内容"], rule.code


def test_no_entry_for_an_unknown_code() -> None:
    registered = {r.code for r in all_rules()}
    assert [c for c in documented_codes() if c not in registered] == []


def test_chinese_doc_by_code_in_any_case() -> None:
    doc = chinese_doc("x207")
    assert doc["示例"].startswith("表5 合计行基本支出 343.64 万元，表6 合计 334.64 万元")
    assert chinese_doc("Z999") == {}


def test_rounding_is_explained_where_sums_are_checked() -> None:
    # H101: a 类 against the sum of its 款 — a difference within per-cell rounding is a note
    text = chinese_doc("H101")["检查内容"]
    assert "0.005" in text and "提示" in text
