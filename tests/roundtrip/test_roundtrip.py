"""Round trip: generated budget data → every output format → read back → the same numbers.

For each budget drawn by ``tests.strategies.budgets()``, the composed disclosure is rendered
to a format, written to a file, read back with ``yusuan.api.load`` (read + extract) and:

(a) every amount cell of 表1–表8 equals the derived table's (same rows by section and code
    or key, same columns, blank stays blank); every narrative figure states the value
    computed from the line items (with last year's figure, the change, growth rate and
    share where the sentence gives them); the stated indicator counts and the performance
    tables' indicators (project, level1, level2, name, target) and project amounts equal
    the input;
(b) ``yusuan.api.audit_file`` finds no error.

A failure names a bug in a renderer, a reader, the extractor or a rule: the falsifying
budget is printed by hypothesis.
"""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from tests.roundtrip import expected
from tests.roundtrip.formats import FORMATS, render_file, renderer_or_skip
from tests.strategies import budgets
from yusuan.api import audit_file, load
from yusuan.audit.finding import Severity
from yusuan.budget.data import BudgetData, Info, LastYear, LineItem
from yusuan.render.compose import compose


def _item(function: str, economic: str, kind: str, funding: str, amount: str) -> LineItem:
    return LineItem(
        function_code=function,
        economic_code=economic,
        expenditure_type=kind,
        funding=f"{funding}_appropriation",
        amount=Decimal(amount),
        project="宣传" if kind == "project" else None,
    )


GOVERNMENT_FUND_BUDGET = BudgetData(
    info=Info(department="江汉区融媒体中心", fiscal_year=2020),
    items=[
        _item("2070805", "30101", "basic", "general_public", "100.00"),
        _item("2070805", "30201", "basic", "government_fund", "50.00"),
        _item("2080502", "30299", "project", "general_public", "20.00"),
        _item("2080502", "30299", "project", "government_fund", "30.00"),
    ],
    last_year=LastYear(total=Decimal("180.00"), basic=Decimal("120.00"), project=Decimal("10.00")),
)
"""Regression (fixed in compose and N101/N104): with government fund expenditure, the
general public budget's basic expenditure 100.00 was compared with last year's 120.00 as
表3's 150.00 (stated 增加 30.00 beside 100.00), and its project list (2080502 20.00) was
checked against 表3's 项目支出 50.00."""

EXAMPLES = {"txt": 15, "html": 4, "docx": 4, "xlsx": 4, "pdf": 2}
"""Examples per format: text is fast; PDF goes through headless Chromium (seconds each)."""


def check_round_trip(data: BudgetData, fmt: str, directory: Path) -> None:
    layout = compose(data, expected.name_of(data))
    path = render_file(layout, fmt, directory)
    disclosure = load(path)

    want_tables = expected.expected_tables(data)
    got_tables = expected.extracted_tables(disclosure)
    assert sorted(got_tables) == sorted(want_tables), "standard tables recognised"
    for kind, want in want_tables.items():
        got = got_tables[kind]
        assert sorted(got, key=repr) == sorted(want, key=repr), f"{kind}: the same rows"
        for section in {section for section, _ in want}:
            assert [r for r in got if r[0] == section] == [r for r in want if r[0] == section], (
                f"{kind}: order of the rows of section {section}"
            )
        for row_id, cells in want.items():
            assert got[row_id] == cells, f"{kind} row {row_id}: amounts by column"

    want_figures = sorted(map(repr, expected.expected_statements(data)))
    got_figures = sorted(map(repr, map(expected.statement_of, disclosure.narrative)))
    assert got_figures == want_figures, "narrative figures"
    assert expected.extracted_counts(disclosure) == expected.expected_counts(data)

    indicators = expected.expected_indicators(data)
    got_indicators = expected.extracted_indicators(disclosure)
    if fmt == "pdf":  # a space where a cell wraps ("≥12 次" as "≥12" / "次") is not printed
        indicators = [expected.without_unit_space(row) for row in indicators]
        got_indicators = [expected.without_unit_space(row) for row in got_indicators]
    assert got_indicators == indicators
    assert expected.extracted_project_amounts(disclosure) == expected.expected_project_amounts(data)

    report = audit_file(path)
    errors = [
        (f.code, f.place.describe(), f.message)
        for f in report.findings
        if f.severity is Severity.ERROR
    ]
    assert errors == [], "audit errors in a generated disclosure"


@pytest.mark.parametrize("fmt", FORMATS)
def test_generated_budget_reads_back_identically(fmt: str) -> None:
    renderer_or_skip(fmt)

    @settings(
        max_examples=EXAMPLES[fmt],
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
        derandomize=True,
    )
    @given(data=budgets())
    def round_trip(data: BudgetData) -> None:
        with tempfile.TemporaryDirectory(prefix=f"yusuan-roundtrip-{fmt}-") as scratch:
            check_round_trip(data, fmt, Path(scratch))

    if fmt == "txt":
        round_trip = example(data=GOVERNMENT_FUND_BUDGET)(round_trip)
    round_trip()
