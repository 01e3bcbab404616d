"""``yusuan extract``: tables as extracted, to JSON and XLSX."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from tests.conftest import SEED
from yusuan.cli.app import app

runner = CliRunner()


def test_extract_json_has_t6_total() -> None:
    result = runner.invoke(app, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    t6 = data["tables"]["T6"]
    total = next(r for r in t6["rows"] if r["key"] == "total")
    assert Decimal(total["cells"]["personnel"]["value"]) == Decimal("297.13")


def test_extract_xlsx_one_sheet_per_table(tmp_path: Path) -> None:
    out = tmp_path / "tables.xlsx"
    result = runner.invoke(app, ["extract", str(SEED), "--format", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    workbook = load_workbook(out)
    assert workbook.sheetnames[:8] == [f"表{n}" for n in range(1, 9)]
    t6 = workbook["表6"]
    rows = {r[1]: r for r in t6.iter_rows(min_row=4, values_only=True) if r[1]}
    assert rows["30101"][3:6] == (51.92, 51.92, None)


def test_extract_xlsx_needs_output() -> None:
    result = runner.invoke(app, ["extract", str(SEED), "--format", "xlsx"])
    assert result.exit_code == 2
    assert "-o" in result.output


def test_extract_xlsx_has_performance_sheets_and_chinese_sections(tmp_path: Path) -> None:
    out = tmp_path / "tables.xlsx"
    runner.invoke(app, ["extract", str(SEED), "--format", "xlsx", "-o", str(out)])
    workbook = load_workbook(out)
    assert [n for n in workbook.sheetnames if n.startswith("绩效")] == [
        f"绩效{n}" for n in range(1, 6)
    ]
    project = workbook["绩效2"]
    assert project["B2"].value == "江汉网络自媒体宣传"
    assert {r[0] for r in workbook["表1"].iter_rows(min_row=4, values_only=True)} >= {
        "收入",
        "支出（功能分类）",
        "支出（经济分类）",
    }


def test_version() -> None:
    from yusuan import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"yusuan {__version__}"
