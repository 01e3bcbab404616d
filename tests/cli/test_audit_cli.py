"""``yusuan audit`` end to end through the CLI: exit codes, formats, bad input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import SEED
from yusuan.audit.report import SCHEMA_VERSION
from yusuan.cli.app import app

runner = CliRunner()


def test_audit_seed_exit_code_and_text() -> None:
    result = runner.invoke(app, ["audit", str(SEED)])
    assert result.exit_code == 1, result.output  # the seed has real errors
    assert "错误" in result.output
    assert "小结" in result.output


def test_audit_json_schema() -> None:
    result = runner.invoke(app, ["audit", str(SEED), "--format", "json"])
    report = json.loads(result.stdout)
    assert report["schema_version"] == SCHEMA_VERSION
    assert report["document"]["fiscal_year"] == 2020
    assert report["valid"] is False
    finding = report["findings"][0]
    assert set(finding) >= {"code", "severity", "message", "place", "expected", "found"}


def test_audit_markdown() -> None:
    result = runner.invoke(app, ["audit", str(SEED), "--format", "markdown"])
    assert result.stdout.startswith("# 预算公开审核：")
    assert "| 规则 | 位置 |" in result.stdout


def test_select_limits_rules() -> None:
    result = runner.invoke(app, ["audit", str(SEED), "-f", "json", "--select", "H"])
    report = json.loads(result.stdout)
    assert report["rules"], "H rules exist"
    assert {r["code"][0] for r in report["rules"]} == {"H"}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.txt", b"", "文件为空"),
        ("junk.bin", b"\x00\xff\x00\xfe" * 100, "二进制"),
        ("bad.txt", bytes(range(0x80, 0x100)) * 4, "无法解码"),
    ],
)
def test_bad_input_exit_2_no_traceback(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    path = _write(tmp_path / name, data)
    result = runner.invoke(app, ["audit", str(path)])
    assert result.exit_code == 2
    assert words in result.output
    assert str(path) in result.output
    assert "Traceback" not in result.output
    assert path.read_bytes() == data


def test_missing_path_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "文件不存在" in result.output


def test_zip_that_is_not_office(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    result = runner.invoke(app, ["audit", str(path)])
    assert result.exit_code == 2
    assert "既不是 DOCX 也不是 XLSX" in result.output


def test_no_recognisable_table(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("这是一段与预算无关的文字。\n第二段。\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(path), "-f", "json"])
    assert result.exit_code == 2
    assert "未找到" in result.output


def test_output_file_not_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    out.write_text("keep me", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(SEED), "-f", "json", "-o", str(out)])
    assert "已存在" in result.output
    assert out.read_text(encoding="utf-8") == "keep me"
    result = runner.invoke(app, ["audit", str(SEED), "-f", "json", "-o", str(out), "--force"])
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_batch_reports_good_files_and_names_bad_ones(tmp_path: Path) -> None:
    empty = _write(tmp_path / "empty.txt", b"")
    result = runner.invoke(app, ["audit", str(SEED), str(empty), "-f", "json"])
    assert result.exit_code == 2  # one file could not be read
    payload = json.loads(result.stdout)
    assert [item.get("schema_version") for item in payload] == [SCHEMA_VERSION, None]
    assert payload[0]["document"]["fiscal_year"] == 2020
    assert payload[1]["source"] == str(empty) and "文件为空" in payload[1]["error"]
    assert "文件为空" in result.stderr


def test_folder_is_expanded(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "b.txt").write_bytes(SEED.read_bytes())
    result = runner.invoke(app, ["audit", str(folder), "-f", "json"])
    assert result.exit_code == 1
    assert [r["document"]["source"] for r in json.loads(result.stdout)] == [
        str(folder / "a.txt"),
        str(folder / "b.txt"),
    ]


def test_comma_separated_codes() -> None:
    result = runner.invoke(
        app, ["audit", str(SEED), "-f", "json", "--select", "N101,C1", "--ignore", "C103"]
    )
    codes = {r["code"] for r in json.loads(result.stdout)["rules"]}
    assert "N101" in codes and "C101" in codes
    assert not codes - ({"N101"} | {c for c in codes if c.startswith("C1")})
    assert "C103" not in codes


def test_unknown_code_is_a_usage_error() -> None:
    result = runner.invoke(app, ["audit", str(SEED), "--select", "ZZZ"])
    assert result.exit_code == 2
    assert "没有规则 ZZZ" in result.output


def test_narrative_and_tables_volumes_are_paired(shared_dir: Path) -> None:
    """The issue's own command: a narrative-only volume and its tables-only volume given
    side by side are audited as one disclosure (Jiangsu CPPCC office 2019)."""
    real = shared_dir / "corpus" / "real"
    narrative = real / "jiangsu_cppcc-office_2019_budget.pdf"
    tables = real / "jiangsu_cppcc-office_2019_budget-tables.pdf"
    other = real / "jiangsu_npc-office_2018_budget.pdf"
    result = runner.invoke(app, ["audit", str(narrative), str(other), str(tables), "-f", "json"])
    reports = json.loads(result.stdout)
    assert [r["document"]["source"] for r in reports] == [str(narrative), str(other)]
    combined = reports[0]["document"]
    assert combined["tables"] == [f"T{n}" for n in range(1, 9)]
    assert combined["read_notes"][0] == f"与报表分册 {tables.name} 合并审核"
