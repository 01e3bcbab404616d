"""H202: 表3 总计 differs from the sum of its expenditure columns."""

from __future__ import annotations

from tests.audit.rules.arithmetic_support import D, findings, summary
from tests.factories import make_disclosure, make_table
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind

COLUMNS = ["total", "basic", "project", "remittance_to_higher", "carry_forward"]


def _t3(project: str) -> Disclosure:
    return make_disclosure(
        make_table(
            TableKind.T3,
            COLUMNS,
            [
                ("total", "合计", ["521.05", "343.64", project, "", ""]),
                ("207", "文化旅游体育与传媒支出", ["396.84", "219.43", "177.41", "", ""]),
            ],
        )
    )


def test_seed_rows_add_up() -> None:
    assert findings("H202", _t3("177.41")) == []


def test_total_differing_from_columns() -> None:
    [finding] = findings("H202", _t3("177.14"))
    # 343.64 + 177.14 = 520.78
    assert summary(finding) == ("H202", "合计", "总计", D("520.78"), D("521.05"), D("0.27"))
