"""D107: a standard table without its total row."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED
from tests.factories import make_disclosure, make_table
from yusuan.api import audit_file
from yusuan.audit.engine import run_rules
from yusuan.model.tables import TableKind


def _d107(doc: object) -> list[tuple[str | None, str | None, object]]:
    [result] = run_rules(doc, select=["D107"])  # type: ignore[arg-type]
    return [(f.place.table, f.place.row, f.found) for f in result.findings]


def test_table_with_total_holds() -> None:
    t5 = make_table(
        TableKind.T5,
        ["total", "basic", "project"],
        [
            ("total", "合计", ["10.00", "10.00", ""]),
            ("201", "一般公共服务支出", ["10.00", "10.00", ""]),
        ],
    )
    assert _d107(make_disclosure(t5)) == []


def test_table_without_total_is_flagged() -> None:
    t5 = make_table(
        TableKind.T5,
        ["total", "basic", "project"],
        [
            ("201", "一般公共服务支出", ["10.00", "10.00", ""]),
            ("20101", "人大事务", ["10.00", "10.00", ""]),
        ],
    )
    assert _d107(make_disclosure(t5)) == [
        ("表5 一般公共预算支出表", "20101 人大事务", "最后一行：20101 人大事务")
    ]


def test_seed_cut_inside_table_1(tmp_path: Path) -> None:
    # the seed's 表1 starts at line 214 and its 本年收入合计 row is line 242: keep lines 1-238
    lines = SEED.read_text(encoding="utf-8").splitlines()
    cut = tmp_path / "cut.txt"
    cut.write_text("\n".join(lines[:238]) + "\n", encoding="utf-8")
    report = audit_file(cut, select=["D107"])
    [finding] = report.findings
    assert finding.place.table == "表1 2020 年部门收支预算总表"
    assert finding.place.source is not None and finding.place.source.line == 238
    assert audit_file(SEED, select=["D107"]).findings == []
