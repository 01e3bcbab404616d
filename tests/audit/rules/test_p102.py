"""P102: the narrative says every project has targets, the tables cover less."""

from __future__ import annotations

from decimal import Decimal

from tests.audit.rules.document_support import (
    findings,
    flag,
    only,
    seed_function_table,
    seed_project_tables,
    with_text,
)
from tests.factories import make_disclosure
from yusuan.model.disclosure import Disclosure

ALL = "2020 年本部门所有项目支出均纳入预算绩效管理并编制预算绩效目标"


def _doc(party_amount: str, *, statement: bool = True) -> Disclosure:
    flags = [flag("all_projects_have_targets", ALL)] if statement else []
    return with_text(
        make_disclosure(seed_function_table()),
        performance=seed_project_tables(party_amount),
        flags=flags,
    )


def test_tables_covering_all_of_project_expenditure() -> None:
    assert findings("P102", _doc("52")) == []  # 49 + 21.78 + 54.63 + 52 = 177.41


def test_no_statement_no_finding() -> None:
    assert findings("P102", _doc("8", statement=False)) == []


def test_seed_tables_cover_133_41_of_177_41() -> None:
    f = only("P102", _doc("8"))
    assert (f.expected, f.found, f.difference) == (
        Decimal("177.41"),
        Decimal("133.41"),
        Decimal("-44.00"),
    )


def test_seed(seed: Disclosure) -> None:
    f = only("P102", seed)
    assert (f.expected, f.found) == (Decimal("177.41"), Decimal("133.41"))
    assert f.message == (
        "项目绩效目标表金额合计 49 + 21.78 + 54.63 + 8 = 133.41万元，表3 合计行项目支出为 "
        "177.41万元；说明称所有项目支出均编制绩效目标"
    )
