"""D101: one of the eight standard tables is missing."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import seed_t1, seed_t4
from tests.audit.rules.document_support import (
    findings,
    only,
    seed_function_table,
    seed_t6,
    seed_t7,
    seed_t8,
)
from tests.factories import make_disclosure
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def _tables(without: set[TableKind]) -> Disclosure:
    tables = [
        seed_t1(),
        seed_function_table(TableKind.T2),
        seed_function_table(TableKind.T3),
        seed_t4(),
        seed_function_table(TableKind.T5),
        seed_t6(),
        seed_t7(),
        seed_t8(),
    ]
    return make_disclosure(*[t for t in tables if t.kind not in without])


def test_all_eight_present_including_empty_t8() -> None:
    assert findings("D101", _tables(set())) == []


def test_one_finding_per_missing_table() -> None:
    found = findings("D101", _tables({TableKind.T4, TableKind.T8}))
    assert [(f.expected, f.found, f.severity) for f in found] == [
        ("表4 财政拨款收支预算总表", "缺失", Severity.ERROR),
        ("表8 政府性基金预算支出表", "缺失", Severity.ERROR),
    ]
    assert found[1].message == "未找到表8（政府性基金预算支出表）"


def test_seed_has_all_eight(seed: Disclosure) -> None:
    assert findings("D101", seed) == []


def test_no_tables_at_all_is_one_finding() -> None:
    f = only("D101", make_disclosure())
    assert (f.expected, f.found) == ("表1至表8", "缺失")
