"""``yusuan catalog``: one code, the coverage, and ``build``, through Typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tests.conftest import SEED
from yusuan.cli.catalog import app

runner = CliRunner()
CORPUS_SEED = "000_cb1a81c422be5525.txt"  # the seed's name in shared/corpus/seed

# the sub-app as the lead mounts it (``yusuan catalog``)
root = typer.Typer()
root.add_typer(app, name="catalog")


@root.command()
def other() -> None:
    """Keeps ``root`` a group."""


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(root, ["catalog", *args], env={"COLUMNS": "200"})
    return result.exit_code, result.output


def flat(output: str) -> str:
    """The output without line breaks (Rich may wrap long Chinese lines)."""
    return output.replace("\n", "")


def test_official_code_as_json() -> None:
    code, output = invoke("30101", "--year", "2020", "--format", "json")
    assert code == 0
    [entry] = json.loads(output)
    assert (entry["classification"], entry["code"], entry["level"]) == ("economic", "30101", "款")
    [year] = entry["years"]
    assert (year["fiscal_year"], year["agreed"]) == (2020, "基本工资")
    [name] = year["names"]
    # the official list (CSV line 3) and the seed's 表6 (line 373) give the same name
    assert name["sources"] == [
        {"kind": "official", "reference": "dept_economic_2020", "location": "第3行"},
        {
            "kind": "harvested",
            "reference": CORPUS_SEED,  # the same document, harvested from shared/corpus/seed
            "location": "表6 2020 年一般公共预算基本支出表 第373行",
        },
    ]


def test_harvested_code_shows_both_names_with_places() -> None:
    code, output = invoke("222", "--year", "2020")
    assert code == 0
    assert "支出功能分类 222（类）" in output
    assert "粮油物资储备支出" in output and "粮油物资管理支出" in output
    assert "名称不一致" in output
    assert "第234行" in output and "第325行" in output


def test_options_before_the_code_apply_to_it() -> None:
    code, output = invoke("--format", "json", "--classification", "function", "2070805")
    assert code == 0
    [entry] = json.loads(output)
    assert entry["years"][0]["agreed"] == "电视"


def test_show_subcommand_and_year_filter() -> None:
    code, output = invoke("show", "301", "--year", "2022")  # no 2022 document in the corpus
    assert code == 1
    assert "科目表中没有2022年编码 301" in flat(output)


def test_unknown_code_exits_1() -> None:
    code, output = invoke("999")
    assert code == 1
    assert "科目表中没有编码 999" in flat(output)


def test_coverage_table() -> None:
    code, output = invoke("--year", "2020")
    assert code == 0
    assert "科目表覆盖范围（2020年）" in output
    assert "dept_economic_2020" in output and "不完整" in output
    assert "名称不一致的编码" in output and "222" in output


def test_coverage_json_counts() -> None:
    code, output = invoke("--format", "json", "--classification", "economic")
    assert code == 0
    data = json.loads(output)
    counts = {(c["fiscal_year"], c["level"]): c["codes"] for c in data["counts"]}
    # official: 301 302 501 502 + seed 表1 303 307 309 310 311 312 313 399
    assert counts[(2020, "类")] == 12
    # official 31 + 8 款, seed adds 30213 30231 30299 30302 30307
    assert counts[(2020, "款")] == 44
    # the only disagreements: 上海市普陀区社会福利院 2024 prints Shanghai's local economic
    # names (302 02 咨询费, 303 离退休人员经费 … on its page 14) where the district's other
    # 2024 documents print the national ones
    disagreeing = {(d["fiscal_year"], d["code"]) for d in data["disagreements"]}
    assert disagreeing == {
        (2024, code)
        for code in (
            "303",
            "30108",
            "30202",
            "30203",
            "30204",
            "30205",
            "30206",
            "30207",
            "30208",
            "30211",
            "30212",
            "30213",
            "30301",
        )
    }


def test_build_writes_named_file_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "harvest.json"
    code, output = invoke("build", str(SEED), "-o", str(target))
    assert code == 0, output
    assert "已采集 1 份文件、154 个编码行" in flat(output)
    stored = json.loads(target.read_text(encoding="utf-8"))
    assert len(stored["observations"]) == 154  # 表1 36 + 表2 19 + 表3 19 + 表4 36 + 表5 19 + 表6 25
    code, output = invoke("build", str(SEED), "-o", str(target))
    assert code == 2 and "已存在" in flat(output)
    code, _ = invoke("build", str(SEED), "-o", str(target), "--force")
    assert code == 0
    code, output = invoke("--harvested", str(target), "2070805", "--format", "json")
    assert code == 0 and json.loads(output)[0]["years"][0]["agreed"] == "电视"


def test_build_default_target_is_the_package_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "packaged.json"
    target.write_text("{}", encoding="utf-8")
    monkeypatch.setattr("yusuan.catalog.load.packaged_harvest_path", lambda: target)
    code, output = invoke("build", str(SEED))
    assert code == 2 and "--force" in flat(output)
    assert target.read_text(encoding="utf-8") == "{}"  # the packaged data is kept
    code, _ = invoke("build", str(SEED), "--force")
    assert code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["observations"]


def test_build_without_usable_documents_writes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    target = tmp_path / "out.json"
    code, output = invoke("build", str(empty), str(tmp_path / "missing.txt"), "-o", str(target))
    assert code == 2
    assert "文件为空" in flat(output) and "文件不存在" in flat(output)
    assert not target.exists()


def test_packaged_harvest_matches_a_fresh_build(tmp_path: Path) -> None:
    from yusuan.catalog.build import build, dump
    from yusuan.catalog.load import packaged_harvest_path

    packaged = json.loads(packaged_harvest_path().read_text(encoding="utf-8"))
    fresh = json.loads(dump(build([SEED])))

    def rows(observations: list[dict[str, object]], document: str) -> list[dict[str, object]]:
        return [
            {k: v for k, v in o.items() if k != "document"}
            for o in observations
            if o["document"] == document
        ]

    assert rows(packaged["observations"], CORPUS_SEED) == rows(fresh["observations"], SEED.name)
