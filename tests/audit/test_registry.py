"""Every registered rule is complete: code, Chinese title, severity, four doc sections, a
test file. Parametrised over the real registry, so new rules are covered as they land."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from yusuan.audit.finding import Severity
from yusuan.audit.registry import FAMILIES, SECTIONS, Rule, all_rules

RULE_TESTS = Path(__file__).parent / "rules"
CHINESE = re.compile(r"[\u4e00-\u9fff]")
RULES = all_rules()


def test_registry_is_not_empty() -> None:
    assert len(RULES) >= 28  # the H and X rules alone


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_is_complete(rule: Rule) -> None:
    assert re.fullmatch(r"[HXNCPDQ]\d{3}", rule.code)
    assert rule.family in FAMILIES
    assert CHINESE.search(rule.title), f"{rule.code}: title must be Chinese: {rule.title!r}"
    assert isinstance(rule.severity, Severity)
    assert rule.status in ("stable", "preview", "removed")
    missing = [s for s in SECTIONS if not rule.doc.get(s)]
    assert missing == [], f"{rule.code}: docstring lacks {missing}"
    test_file = RULE_TESTS / f"test_{rule.code.lower()}.py"
    assert test_file.is_file(), f"{rule.code}: no {test_file.relative_to(RULE_TESTS.parent)}"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_rule_module_is_named_by_code(rule: Rule) -> None:
    module = rule.check.__module__.rsplit(".", 1)[-1]
    assert module.startswith(f"{rule.code.lower()}_"), module


def test_titles_are_unique() -> None:
    titles = [r.title for r in RULES]
    assert len(titles) == len(set(titles))
