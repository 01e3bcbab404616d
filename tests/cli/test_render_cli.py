"""``yusuan render``: the bundled example renders clean; an error in what would be written
stops everything; existing files are kept without --force."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

import yusuan.render.compose as compose_module
from tests.conftest import ROOT
from yusuan.api import audit_file, load
from yusuan.cli.app import app
from yusuan.model.tables import TableKind
from yusuan.render.layout import Layout, TableBlock

EXAMPLE = ROOT / "src" / "yusuan" / "examples" / "江汉区融媒体中心-2020.yaml"
runner = CliRunner()


def test_render_example_as_text_audits_clean(tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(EXAMPLE), "-o", str(tmp_path), "-f", "txt"])
    assert result.exit_code == 0, result.output
    written = tmp_path / "江汉区融媒体中心2020年部门预算.txt"
    assert written.exists()
    report = audit_file(written)
    assert report.findings == []  # no error, no warning, no note: consistent by construction
    assert report.document.tables == [f"T{n}" for n in range(1, 9)]
    t6 = load(written).tables[TableKind.T6].row_by_key("total")
    assert t6 is not None
    assert (t6.value("total"), t6.value("personnel"), t6.value("public")) == (
        Decimal("343.64"),
        Decimal("297.13"),
        Decimal("46.51"),
    )


def test_existing_output_kept_without_force(tmp_path: Path) -> None:
    target = tmp_path / "江汉区融媒体中心2020年部门预算.txt"
    target.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["render", str(EXAMPLE), "-o", str(tmp_path), "-f", "txt"])
    assert result.exit_code == 2
    assert "已存在" in result.output
    assert target.read_text(encoding="utf-8") == "mine"


def test_unknown_format(tmp_path: Path) -> None:
    result = runner.invoke(app, ["render", str(EXAMPLE), "-o", str(tmp_path), "-f", "odt"])
    assert result.exit_code == 2
    assert "未知的输出格式：odt" in result.output


def test_refuses_to_write_a_document_with_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = compose_module.compose

    def corrupted(*args: object, **kwargs: object) -> Layout:
        layout = original(*args, **kwargs)  # type: ignore[arg-type]
        t6 = next(b for b in layout.blocks if isinstance(b, TableBlock) and b.kind == "T6")
        t6.rows[0][3] = "297.31"  # 合计 人员经费: a transposed-digit typo
        return layout

    monkeypatch.setattr(compose_module, "compose", corrupted)
    out = tmp_path / "out"
    result = runner.invoke(app, ["render", str(EXAMPLE), "-o", str(out), "-f", "txt"])
    assert result.exit_code == 1
    assert "未通过审核" in result.output
    assert "297.31" in result.output
    assert not out.exists()


def test_budget_without_three_public_notes_its_empty_table(tmp_path: Path) -> None:
    """A budget with no 三公 spending gets 表7's standard note, so the render is clean."""
    import yaml

    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["items"] = [i for i in data["items"] if i["economic_code"] != "30231"]
    source = tmp_path / "no-three-public.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(app, ["render", str(source), "-o", str(tmp_path / "out"), "-f", "txt"])
    assert result.exit_code == 0, result.output
    [written] = (tmp_path / "out").iterdir()
    assert "注：本部门 2020 年无一般公共预算“三公”经费预算，故本表无数据。" in written.read_text(
        encoding="utf-8"
    )
    assert audit_file(written).findings == []
