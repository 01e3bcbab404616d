"""D106: a 表2 column header is not a standard income term."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only
from tests.factories import make_disclosure, make_table
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _doc(header: str) -> Disclosure:
    table = make_table(
        TableKind.T2,
        ["total", "general_public_appropriation", "grants_from_higher_level", "carry_over"],
        [("total", "合计", ["521.05", "521.05", "", ""])],
    )
    table.columns["grants_from_higher_level"] = header
    table.columns["carry_over"] = "上年结转、结余"
    return make_disclosure(table)


def test_standard_headers_hold() -> None:
    assert findings("D106", _doc("上级补助收入")) == []


def test_mistyped_header() -> None:
    # seed 表2 line 253 prints 上年补助收入
    f = only("D106", _doc("上年补助收入"))
    assert (f.expected, f.found, f.severity) == ("上级补助收入", "上年补助收入", Severity.WARNING)


def test_seed(seed: Disclosure) -> None:
    assert [(f.expected, f.found) for f in findings("D106", seed)] == [
        ("上级补助收入", "上年补助收入")
    ]


def test_subtotals_bare_amount_and_sub_items_are_not_flagged() -> None:
    for header in ("本年收入合计", "金额", "其中：教育收费", "使用非财政拨款结余"):
        assert findings("D106", _doc(header)) == [], header
