"""``yusuan audit --format csv``: every finding of many files in one spreadsheet table."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import SEED
from yusuan.cli.app import app
from yusuan.report.csv_table import COLUMNS

runner = CliRunner()


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")  # Excel needs the BOM to read UTF-8 Chinese
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_seed_findings_one_row_each(tmp_path: Path) -> None:
    out = tmp_path / "findings.csv"
    result = runner.invoke(app, ["audit", str(SEED), "-f", "csv", "-o", str(out)])
    assert result.exit_code == 1, result.output  # the seed has errors
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "\ufeff" + ",".join(COLUMNS)
    rows = _rows(text)
    assert len(rows) == 24  # the seed's 24 findings (tests/test_seed_audit.py)
    # line 118: "（一）人员经费 257.24 万元" where 表6's 合计 row prints 人员经费 297.13
    personnel = next(r for r in rows if r["规则"] == "N101")
    assert personnel["文件"] == str(SEED)
    assert personnel["单位"] == "江汉区融媒体中心"
    assert personnel["年度"] == "2020"
    assert personnel["严重程度"] == "错误"
    assert personnel["原文位置"] == "第118行"
    assert (personnel["应为"], personnel["实为"], personnel["差额"]) == (
        "297.13",
        "257.24",
        "-39.89",
    )
    assert personnel["金额单位"] == "万元"
    severities = [r["严重程度"] for r in rows]
    assert (severities.count("错误"), severities.count("警告"), severities.count("提示")) == (
        7,
        14,
        3,
    )


def test_unreadable_file_is_a_row_and_the_rest_are_audited(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["audit", str(SEED), str(empty), "-f", "csv"])
    assert result.exit_code == 2
    rows = _rows(result.stdout)
    assert len(rows) == 25
    last = rows[-1]
    assert last["文件"] == str(empty)
    assert last["严重程度"] == "无法读取"
    assert "文件为空" in last["说明"]
