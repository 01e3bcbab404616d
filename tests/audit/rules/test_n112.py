"""N112: the narrative's statement about government-fund spending contradicts 表8."""

from __future__ import annotations

from pathlib import Path

from tests.audit.rules.corpus_support import corpus_findings
from tests.audit.rules.document_support import findings, flag, only, seed_t8, with_text
from tests.factories import make_disclosure
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure

NONE = "我单位 2020 年没有使用政府性基金预算财政拨款安排的支出。"


def test_empty_t8_with_the_statement_holds() -> None:
    doc = with_text(
        make_disclosure(seed_t8()), paragraphs=[NONE], flags=[flag("no_government_fund", NONE, 130)]
    )
    assert findings("N112", doc) == []


def test_filled_t8_with_the_statement() -> None:
    doc = with_text(
        make_disclosure(seed_t8("100.00")),
        paragraphs=[NONE],
        flags=[flag("no_government_fund", NONE, 130)],
    )
    f = only("N112", doc)
    assert (f.expected, f.found, f.severity) == ("表8为空表", "表8有金额", Severity.ERROR)


def test_empty_t8_without_the_statement() -> None:
    doc = with_text(make_disclosure(seed_t8()), paragraphs=["其他重要事项说明"])
    f = only("N112", doc)
    assert f.severity is Severity.WARNING
    assert f.message == "表8为空表，但说明未说明本部门没有政府性基金预算支出"


def test_seed(seed: Disclosure) -> None:
    assert findings("N112", seed) == []


def test_corpus_zero_without_unit_states_no_government_fund(shared_dir: Path) -> None:
    # 上海市财政局 2025: "政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算为0。", 表8 empty
    assert corpus_findings(shared_dir, "N112", "shanghai_finance-bureau_2025_budget.pdf") == []
