"""Read the input workbook (XLSX) into :class:`BudgetData`, with cell-located problems.

Layout: :mod:`yusuan.budget.sheets`. Formulas are read as their cached values; a cell
holding an Excel error (``#DIV/0!``, ``#REF!``) is a problem at that cell. Sheets the layout
does not know (a workbook from another tool) are ignored. Raises ``BudgetInputError``
listing every problem found, or ``yusuan.read.ReadError`` when the file is not a workbook.
"""

from __future__ import annotations

import zipfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from yusuan.budget.data import FUNDING_SOURCES
from yusuan.budget.problems import BudgetInputError, InputProblem
from yusuan.budget.sheets import (
    EXPENDITURE_TYPES,
    GLOSSARY_SHEET,
    INFO_FIELDS,
    INFO_SHEET,
    ITEM_COLUMNS,
    ITEMS_SHEET,
    LAST_YEAR_FIELDS,
    LAST_YEAR_SHEET,
    NAMES_SHEET,
    NOTES_SHEET,
    PROCUREMENT_FIELDS,
    PROCUREMENT_SHEET,
    TARGET_COLUMNS,
    TARGETS_SHEET,
)
from yusuan.read.errors import ReadError

_EXCEL_ERRORS = {"#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#N/A", "#NUM!", "#NULL!"}
_SOURCE_BY_LABEL = {label: key for key, label in FUNDING_SOURCES.items()}


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[InputProblem] = []
        self._formulas: Any = None

    def is_formula(self, sheet: str, coordinate: str) -> bool:
        """Whether the cell holds a formula (its cached value is then missing). The formula
        view of the workbook is loaded only when an empty cell needs explaining."""
        if self._formulas is None:
            from openpyxl import load_workbook

            self._formulas = load_workbook(self.path, data_only=False)
        value = self._formulas[sheet][coordinate].value
        return isinstance(value, str) and value.startswith("=")

    def problem(self, place: str, message: str) -> None:
        self.problems.append(InputProblem(place, message))

    def text(self, sheet: str, cell: Any) -> str | None:
        value = cell.value
        if value is None:
            return None
        text = str(value).strip()
        if text in _EXCEL_ERRORS:
            self.problem(
                f"{sheet}!{cell.coordinate}", f"单元格是公式错误 {text}，请修正公式或填入数值"
            )
            return None
        return text or None

    def amount(self, sheet: str, cell: Any, *, required: bool = True) -> Decimal | None:
        if str(cell.value).strip() in _EXCEL_ERRORS:
            self.text(sheet, cell)  # reports the formula error, once
            return None
        text = self.text(sheet, cell)
        place = f"{sheet}!{cell.coordinate}"
        if text is None:
            if self.is_formula(sheet, cell.coordinate):
                self.problem(
                    place,
                    "单元格是公式但没有保存计算结果；请在 Excel 中打开并保存后再试，或直接填写数值",
                )
            elif required:
                self.problem(place, "金额为空")
            return None
        try:
            value = Decimal(text.replace(",", ""))
        except InvalidOperation:
            self.problem(place, f"“{text}”不是数字")
            return None
        if value < 0:
            self.problem(place, f"金额不能为负数（{text}）")
            return None
        return value


def read_budget_workbook(path: str | Path) -> dict[str, Any]:
    """The workbook at ``path`` as a plain dict ready for ``BudgetData.model_validate``.

    Raises ``ReadError`` when the file is missing or not an XLSX workbook, and
    ``BudgetInputError`` when any cell is wrong (every problem is listed, not just the first).
    """
    from openpyxl import load_workbook

    file = Path(path)
    if not file.exists():
        raise ReadError(file, "文件不存在", expected="预算数据工作簿（XLSX）")
    try:
        workbook = load_workbook(file, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ReadError(file, f"不是有效的 XLSX 工作簿（{error}）", expected="XLSX 文件") from None
    reader = _Reader(file)
    for required in (INFO_SHEET, ITEMS_SHEET):
        if required not in workbook.sheetnames:
            reader.problem(required, f"缺少工作表“{required}”（可用 yusuan template 生成空白模板）")
    if reader.problems:
        raise BudgetInputError(str(file), reader.problems)

    data: dict[str, Any] = {
        "info": _info(reader, workbook[INFO_SHEET]),
        "items": _items(reader, workbook[ITEMS_SHEET]),
    }
    if LAST_YEAR_SHEET in workbook.sheetnames:
        data["last_year"] = _last_year(reader, workbook[LAST_YEAR_SHEET])
    if PROCUREMENT_SHEET in workbook.sheetnames:
        data["procurement"] = _procurement(reader, workbook[PROCUREMENT_SHEET])
    if TARGETS_SHEET in workbook.sheetnames:
        data["targets"] = _targets(reader, workbook[TARGETS_SHEET])
    for sheet_name, field in ((NAMES_SHEET, "names"), (GLOSSARY_SHEET, "glossary")):
        if sheet_name in workbook.sheetnames:
            data[field] = _pairs(reader, workbook[sheet_name])
    if NOTES_SHEET in workbook.sheetnames:
        data["notes"] = [
            t
            for row in workbook[NOTES_SHEET].iter_rows(min_row=2)
            if (t := reader.text(NOTES_SHEET, row[0]))
        ]
    if reader.problems:
        raise BudgetInputError(str(file), reader.problems)
    return data


def _set(target: dict[str, Any], dotted: str, value: object) -> None:
    *parents, last = dotted.split(".")
    for parent in parents:
        target = target.setdefault(parent, {})
    target[last] = value


def _info(reader: _Reader, sheet: Any) -> dict[str, Any]:
    info: dict[str, Any] = {}
    seen: dict[str, str] = {}  # label → the cell its value belongs in (B of its row)
    for row in sheet.iter_rows(min_row=1):
        label = reader.text(sheet.title, row[0])
        if label not in INFO_FIELDS or len(row) < 2:
            continue
        field, _, _ = INFO_FIELDS[label]
        seen[label] = f"{sheet.title}!B{row[0].row}"
        cell = row[1]
        text = reader.text(sheet.title, cell)
        if text is None:
            continue
        place = f"{sheet.title}!{cell.coordinate}"
        value: object = text
        if field in {"fiscal_year"} or field.startswith(
            (
                "staff.authorised",
                "staff.in_post",
                "staff.retired",
                "assets.official",
                "assets.law",
                "assets.special",
            )
        ):
            if not text.isdigit():
                reader.problem(place, f"{label}应为整数，而不是“{text}”")
                continue
            value = int(text)
        elif field == "duties":
            value = [line.strip() for line in text.splitlines() if line.strip()]
        elif field == "is_institution":
            value = text in {"是", "Y", "y", "yes", "True", "TRUE", "1"}
        elif field == "unit" and text not in {"万元", "元"}:
            reader.problem(place, f"金额单位应为“万元”或“元”，而不是“{text}”")
            continue
        elif field == "level" and text not in {"部门", "单位"}:
            reader.problem(place, f"文件级别应为“部门”或“单位”，而不是“{text}”")
            continue
        _set(info, field, value)
    for label, (_, _, required) in INFO_FIELDS.items():
        if required and label not in seen:
            reader.problem(f"{sheet.title}", f"缺少必填项“{label}”")
        elif required and _missing(info, INFO_FIELDS[label][0]):
            reader.problem(seen[label], f"必填项“{label}”为空")
    return info


def _missing(info: dict[str, Any], dotted: str) -> bool:
    value: Any = info
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return True
        value = value[part]
    return value in (None, "", [])


def _header_index(reader: _Reader, sheet: Any, columns: tuple[Any, ...]) -> dict[str, int] | None:
    header = [reader.text(sheet.title, c) for c in next(sheet.iter_rows(min_row=1, max_row=1), ())]
    index = {text: i for i, text in enumerate(header) if text}
    missing = [c.header for c in columns if c.required and c.header not in index]
    if missing:
        reader.problem(f"{sheet.title}!1", f"表头缺少列：{'、'.join(missing)}")
        return None
    return index


def _items(reader: _Reader, sheet: Any) -> list[dict[str, Any]]:
    index = _header_index(reader, sheet, ITEM_COLUMNS)
    if index is None:
        return []
    items = []
    for row in sheet.iter_rows(min_row=2):
        cells = {name: row[i] for name, i in index.items() if i < len(row)}
        if all(reader.text(sheet.title, c) is None for c in cells.values()):
            continue
        item: dict[str, Any] = {"origin": f"{sheet.title}!{row[0].row}"}
        ok = True
        for column, field, digits in (
            ("功能科目编码", "function_code", 7),
            ("经济科目编码", "economic_code", 5),
        ):
            cell = cells[column]
            code = reader.text(sheet.title, cell)
            place = f"{sheet.title}!{cell.coordinate}"
            if code is None:
                reader.problem(place, f"{column}为空")
                ok = False
            elif not code.isdigit():
                reader.problem(place, f"{column}“{code}”不是数字编码")
                ok = False
            elif len(code) != digits:
                level = "项" if digits == 7 else "款"
                reader.problem(
                    place, f"{column}“{code}”层级不对：应填写 {digits} 位的{level}级编码"
                )
                ok = False
            else:
                item[field] = code
        kind_cell = cells["支出类型"]
        kind = reader.text(sheet.title, kind_cell)
        if kind not in EXPENDITURE_TYPES:
            reader.problem(
                f"{sheet.title}!{kind_cell.coordinate}",
                f"支出类型应为“基本支出”或“项目支出”，而不是“{kind or '空'}”",
            )
            ok = False
        else:
            item["expenditure_type"] = EXPENDITURE_TYPES[kind]
        source_cell = cells["资金来源"]
        source = reader.text(sheet.title, source_cell)
        if source not in _SOURCE_BY_LABEL:
            reader.problem(
                f"{sheet.title}!{source_cell.coordinate}",
                f"资金来源“{source or '空'}”不是标准收入来源",
            )
            ok = False
        else:
            item["funding"] = _SOURCE_BY_LABEL[source]
        amount = reader.amount(sheet.title, cells["金额"])
        if amount is None:
            ok = False
        item["amount"] = amount
        project_cell = cells.get("项目名称")
        project = reader.text(sheet.title, project_cell) if project_cell is not None else None
        if item.get("expenditure_type") == "project" and not project:
            place = f"{sheet.title}!{project_cell.coordinate}" if project_cell else sheet.title
            reader.problem(place, "项目支出必须填写项目名称")
            ok = False
        item["project"] = project
        if ok:
            items.append(item)
    if not items and not reader.problems:
        reader.problem(sheet.title, "没有任何支出明细")
    return items


def _last_year(reader: _Reader, sheet: Any) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for row in sheet.iter_rows(min_row=2):
        label = reader.text(sheet.title, row[0])
        if label not in LAST_YEAR_FIELDS:
            continue
        field, _ = LAST_YEAR_FIELDS[label]
        if len(row) > 1:
            amount = reader.amount(sheet.title, row[1], required=False)
            if amount is not None:
                _set(result, field, amount)
        if len(row) > 2 and (reason := reader.text(sheet.title, row[2])):
            result.setdefault("reasons", {})[field.split(".")[-1]] = reason
    return result


def _procurement(reader: _Reader, sheet: Any) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for row in sheet.iter_rows(min_row=2):
        label = reader.text(sheet.title, row[0])
        if label in PROCUREMENT_FIELDS and len(row) > 1:
            amount = reader.amount(sheet.title, row[1], required=False)
            if amount is not None:
                result[PROCUREMENT_FIELDS[label]] = amount
    return result


def _targets(reader: _Reader, sheet: Any) -> list[dict[str, Any]]:
    index = _header_index(reader, sheet, TARGET_COLUMNS)
    if index is None:
        return []
    fields = {
        "项目名称": "project",
        "一级指标": "level1",
        "二级指标": "level2",
        "三级指标": "name",
        "指标值": "target",
        "指标说明": "note",
    }
    targets = []
    for row in sheet.iter_rows(min_row=2):
        values = {
            fields[name]: reader.text(sheet.title, row[i])
            for name, i in index.items()
            if name in fields and i < len(row)
        }
        if not any(values.values()):
            continue
        missing = [
            name
            for name, f in fields.items()
            if f in {"level1", "level2", "name", "target"} and not values.get(f)
        ]
        if missing:
            reader.problem(f"{sheet.title}!{row[0].row}", f"绩效指标缺少：{'、'.join(missing)}")
            continue
        values["origin"] = f"{sheet.title}!{row[0].row}"
        targets.append(values)
    return targets


def _pairs(reader: _Reader, sheet: Any) -> dict[str, str]:
    pairs = {}
    for row in sheet.iter_rows(min_row=2):
        if len(row) < 2:
            continue
        key, value = reader.text(sheet.title, row[0]), reader.text(sheet.title, row[1])
        if key and value:
            pairs[key] = value
    return pairs
