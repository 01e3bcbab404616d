"""D102: an empty standard table has no note saying why."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, seed_t7, seed_t8
from tests.factories import make_disclosure, make_table
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind


def test_empty_t8_with_its_note() -> None:
    assert findings("D102", make_disclosure(seed_t8())) == []


def test_filled_table_needs_no_note() -> None:
    assert findings("D102", make_disclosure(seed_t8("100.00", note=None))) == []


def test_empty_t8_without_note() -> None:
    f = only("D102", make_disclosure(seed_t8(note=None)))
    assert (f.expected, f.found, f.severity) == ("注明本部门无此项收支", "无说明", Severity.WARNING)
    assert f.place.table == "表8 政府性基金预算支出表"


def test_note_that_does_not_say_none() -> None:
    f = only("D102", make_disclosure(seed_t8(note="注：单位：万元")))
    assert f.found == "注：单位：万元"


def test_seed_t8_note_holds(seed: Disclosure) -> None:
    assert findings("D102", seed) == []


def test_empty_t7_without_note_but_not_an_empty_t3() -> None:
    empty_t7 = seed_t7("")
    empty_t7 = empty_t7.model_copy(
        update={"rows": [r for r in empty_t7.rows if r.key == "three_public_total"]}
    )
    empty_t3 = make_table(TableKind.T3, ["total"], [("total", "合计", [""])])
    found = findings("D102", make_disclosure(empty_t7, empty_t3))
    assert [f.place.table for f in found] == ["表7 一般公共预算“三公”经费支出表"]
