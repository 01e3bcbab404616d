"""The input workbook: the example reads back to its YAML; every kind of bad input is
reported at its sheet and cell, and nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from tests.conftest import ROOT
from yusuan.budget.load import load_budget
from yusuan.budget.problems import BudgetInputError
from yusuan.cli.app import app

EXAMPLES = ROOT / "src" / "yusuan" / "examples"
WORKBOOK = EXAMPLES / "江汉区融媒体中心-2020.xlsx"
YAML = EXAMPLES / "江汉区融媒体中心-2020.yaml"
runner = CliRunner()


def _without_origin(data: dict[str, Any]) -> dict[str, Any]:
    for key in ("items", "targets"):
        for row in data[key]:
            row.pop("origin")
    return data


def test_example_workbook_equals_yaml() -> None:
    from_workbook = load_budget(WORKBOOK)
    from_yaml = load_budget(YAML)
    assert _without_origin(from_workbook.model_dump()) == _without_origin(from_yaml.model_dump())
    assert len(from_workbook.items) == 31
    assert sum(i.amount for i in from_workbook.items) == Decimal("521.05")
    assert from_workbook.items[0].origin == "支出明细!2"


def _edited(tmp_path: Path, edit: Callable[[Any], None]) -> Path:
    workbook = load_workbook(WORKBOOK)
    edit(workbook)
    path = tmp_path / "budget.xlsx"
    workbook.save(path)
    return path


def _set(sheet: str, cell: str, value: object) -> Callable[[Any], None]:
    def edit(workbook: Any) -> None:
        workbook[sheet][cell] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "place", "words"),
    [
        (
            _set("支出明细", "A5", "2079999"),
            "支出明细!A5",
            "功能分类科目 2079999 在 2020 年科目表中未知",
        ),
        (
            _set("支出明细", "A5", "2999999"),
            "支出明细!A5",
            "2999999 在 2020 年科目表中未知（所属的 299、29999 也未知）",
        ),
        (_set("支出明细", "A5", "20708"), "支出明细!A5", "层级不对：应填写 7 位的项级编码"),
        (_set("支出明细", "B6", "301"), "支出明细!B6", "层级不对：应填写 5 位的款级编码"),
        (_set("支出明细", "E7", -3), "支出明细!E7", "金额不能为负数"),
        (_set("支出明细", "F29", None), "支出明细!F29", "项目支出必须填写项目名称"),
        (_set("支出明细", "E8", "=1/0"), "支出明细!E8", "公式但没有保存计算结果"),
        (_set("支出明细", "E10", None), "支出明细!E10", "金额为空"),
        (_set("支出明细", "E9", "#DIV/0!"), "支出明细!E9", "公式错误 #DIV/0!"),
        (_set("支出明细", "C10", "人员支出"), "支出明细!C10", "支出类型应为“基本支出”或“项目支出”"),
        (_set("支出明细", "D11", "财政拨款"), "支出明细!D11", "资金来源“财政拨款”不是标准收入来源"),
        (_set("基本信息", "B2", None), "基本信息!B2", "必填项“部门名称”为空"),
        (_set("基本信息", "B3", "二〇二〇"), "基本信息!B3", "预算年度应为整数"),
        (_set("基本信息", "B4", "千元"), "基本信息!B4", "金额单位应为“万元”或“元”"),
    ],
)
def test_bad_cell_is_located(
    tmp_path: Path, edit: Callable[[Any], None], place: str, words: str
) -> None:
    path = _edited(tmp_path, edit)
    with pytest.raises(BudgetInputError) as caught:
        load_budget(path)
    rendered = [str(p) for p in caught.value.problems]
    assert any(p.startswith(place) and words in p for p in rendered), rendered


def test_one_message_per_bad_cell(tmp_path: Path) -> None:
    path = _edited(tmp_path, _set("支出明细", "E9", "#DIV/0!"))
    with pytest.raises(BudgetInputError) as caught:
        load_budget(path)
    assert [str(p) for p in caught.value.problems] == [
        "支出明细!E9：单元格是公式错误 #DIV/0!，请修正公式或填入数值"
    ]


def test_project_item_needs_project_name_in_a_fresh_template(tmp_path: Path) -> None:
    template = tmp_path / "budget.xlsx"
    assert runner.invoke(app, ["template", str(template)]).exit_code == 0
    workbook = load_workbook(template)
    info = workbook["基本信息"]
    info["B2"], info["B8"] = "测试中心", "承担测试工作。"
    items = workbook["支出明细"]
    items.append(["2070805", "30201", "项目支出", "一般公共预算财政拨款收入", 10, None])
    workbook.save(template)
    with pytest.raises(BudgetInputError) as caught:
        load_budget(template)
    assert [str(p) for p in caught.value.problems] == ["支出明细!F3：项目支出必须填写项目名称"]


def test_workbook_from_another_tool_with_extra_sheets(tmp_path: Path) -> None:
    def add_sheets(workbook: Any) -> None:
        workbook.create_sheet("Sheet1")["A1"] = "另一个工具的数据"
        workbook.create_sheet("汇总")["B2"] = 123

    data = load_budget(_edited(tmp_path, add_sheets))
    assert len(data.items) == 31


def test_missing_items_sheet(tmp_path: Path) -> None:
    path = _edited(tmp_path, lambda wb: wb.remove(wb["支出明细"]))
    with pytest.raises(BudgetInputError, match="缺少工作表“支出明细”"):
        load_budget(path)


def test_render_bad_input_exit_2_nothing_written(tmp_path: Path) -> None:
    path = _edited(tmp_path, _set("支出明细", "E7", -3))
    out = tmp_path / "out"
    result = runner.invoke(app, ["render", str(path), "-o", str(out), "-f", "txt"])
    assert result.exit_code == 2
    assert "支出明细!E7：金额不能为负数" in result.output
    assert not out.exists()


def test_template_is_documented_and_readable(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    result = runner.invoke(app, ["template", str(path), "--year", "2020"])
    assert result.exit_code == 0, result.output
    workbook = load_workbook(path)
    assert workbook.sheetnames[:3] == ["填表说明", "基本信息", "支出明细"]
    items = workbook["支出明细"]
    assert [c.value for c in items[1]][:5] == [
        "功能科目编码",
        "经济科目编码",
        "支出类型",
        "资金来源",
        "金额",
    ]
    assert items["A1"].comment is not None
    validations = [v.formula1 for v in items.data_validations.dataValidation]
    assert '"基本支出,项目支出"' in validations
    again = runner.invoke(app, ["template", str(path)])
    assert again.exit_code == 2 and "已存在" in again.output
