"""Write the input workbook: an empty documented template, or one filled from BudgetData.

The template has a 填表说明 sheet, one sheet per part of the input with header help as cell
comments, drop-down validation lists (支出类型, 资金来源, 金额单位, and the function and
economic codes the catalog knows for the chosen year) and one example row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from io import BytesIO
from typing import Any

from yusuan.budget.data import FUNDING_SOURCES, BudgetData
from yusuan.budget.sheets import (
    EXPENDITURE_TYPES,
    GLOSSARY_COLUMNS,
    GLOSSARY_SHEET,
    INFO_FIELDS,
    INFO_SHEET,
    ITEM_COLUMNS,
    ITEMS_SHEET,
    LAST_YEAR_FIELDS,
    LAST_YEAR_SHEET,
    NAME_COLUMNS,
    NAMES_SHEET,
    NOTES_SHEET,
    PROCUREMENT_FIELDS,
    PROCUREMENT_SHEET,
    README_SHEET,
    TARGET_COLUMNS,
    TARGETS_SHEET,
    Column,
)
from yusuan.catalog.catalog import Catalog

INSTRUCTIONS = (
    "yusuan 预算数据工作簿：填写后运行 yusuan render 本文件 -o 输出目录，生成预算公开文件。",
    "所有报表（八张表）和说明中的数字都由“支出明细”计算，不要在别处重复填写金额。",
    "金额为非负数，单位见“基本信息”的金额单位。",
    "科目编码填数字：功能分类填 7 位项级编码，经济分类填 5 位款级编码。",
    "目录中没有的科目，请在“科目名称”工作表给出该年度的科目名称（含其所属的类、款）。",
    "“绩效目标”的项目名称留空表示部门整体绩效目标，否则须与支出明细的项目名称一致。",
    "生成前会先审核：任何单元格有误，都会给出“工作表!单元格”位置和原因，不会生成文件。",
)


def _header(sheet: Any, columns: Sequence[Column]) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    sheet.append([c.header for c in columns])
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.comment = Comment(column.help + ("（必填）" if column.required else ""), "yusuan")
        sheet.column_dimensions[cell.column_letter].width = column.width
    sheet.freeze_panes = "A2"


def _list_validation(sheet: Any, cells: str, values: Iterable[str]) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    joined = ",".join(values)
    if len(joined) > 250:  # Excel's limit for an inline list; long lists go to a sheet range
        return
    validation = DataValidation(type="list", formula1=f'"{joined}"', allow_blank=True)
    sheet.add_data_validation(validation)
    validation.add(cells)


def _code_list(workbook: Any, catalog: Catalog, year: int) -> None:
    """A hidden sheet of the codes the catalog names for ``year``, used by the validations."""
    from openpyxl.worksheet.datavalidation import DataValidation

    lists = workbook.create_sheet("_科目")
    lists.sheet_state = "hidden"
    for column, (classification, digits) in enumerate((("function", 7), ("economic", 5)), 1):
        codes = sorted(
            e.code
            for e in catalog.codes(classification)  # type: ignore[arg-type]
            if len(e.code) == digits and e.agreed_name(year)
        )
        for row, code in enumerate(codes, start=1):
            lists.cell(row=row, column=column, value=code)
        if codes:
            letter = "AB"[column - 1]
            items = workbook[ITEMS_SHEET]
            validation = DataValidation(
                type="list",
                formula1=f"'_科目'!${letter}$1:${letter}${len(codes)}",
                allow_blank=True,
                showErrorMessage=False,  # codes outside the catalog are allowed (科目名称)
            )
            items.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}2000")


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral() else int(value)
    return value


def workbook_bytes(data: BudgetData | None, catalog: Catalog, year: int) -> bytes:
    """The input workbook as XLSX bytes: filled from ``data``, or an empty template with one
    example row when ``data`` is None."""
    from openpyxl import Workbook

    workbook = Workbook()
    readme = workbook.active
    readme.title = README_SHEET
    for line in INSTRUCTIONS:
        readme.append([line])
    readme.column_dimensions["A"].width = 110

    info = workbook.create_sheet(INFO_SHEET)
    _header(
        info,
        (
            Column("项目", "填写项"),
            Column("内容", "填写内容", width=60),
            Column("说明", "", width=50),
        ),
    )
    values = _info_values(data, year)
    for label, (field, help_text, required) in INFO_FIELDS.items():
        info.append([label, values.get(field), help_text + ("（必填）" if required else "")])
    _list_validation(info, "B4", ["万元", "元"])
    _list_validation(info, "B5", ["部门", "单位"])

    items = workbook.create_sheet(ITEMS_SHEET)
    _header(items, ITEM_COLUMNS)
    kinds = {v: k for k, v in EXPENDITURE_TYPES.items()}
    if data is None:
        items.append(
            [
                "2070805",
                "30101",
                "基本支出",
                FUNDING_SOURCES["general_public_appropriation"],
                51.92,
                None,
                "示例行，填写时删除",
            ]
        )
    else:
        for item in data.items:
            items.append(
                [
                    item.function_code,
                    item.economic_code,
                    kinds[item.expenditure_type],
                    FUNDING_SOURCES[item.funding],
                    _plain(item.amount),
                    item.project,
                ]
            )
    _list_validation(items, "C2:C2000", EXPENDITURE_TYPES)
    _list_validation(items, "D2:D2000", FUNDING_SOURCES.values())
    for row in items.iter_rows(min_row=2, min_col=5, max_col=5):
        row[0].number_format = "0.00"

    last = workbook.create_sheet(LAST_YEAR_SHEET)
    _header(
        last,
        (
            Column("项目", ""),
            Column("上年预算数", "金额", width=14),
            Column("变动原因", "本年与上年相比变动的主要原因", width=60),
        ),
    )
    for label, (field, _) in LAST_YEAR_FIELDS.items():
        amount, reason = _last_year_values(data, field)
        last.append([label, amount, reason])

    procurement = workbook.create_sheet(PROCUREMENT_SHEET)
    _header(procurement, (Column("类别", ""), Column("金额", "政府采购预算金额")))
    for label, field in PROCUREMENT_FIELDS.items():
        procurement.append([label, _plain(getattr(data.procurement, field)) if data else None])

    targets = workbook.create_sheet(TARGETS_SHEET)
    _header(targets, TARGET_COLUMNS)
    if data is None:
        targets.append([None, "产出指标", "数量指标", "视频新闻发布数", "48 条", "示例行"])
    else:
        for t in data.targets:
            targets.append([t.project, t.level1, t.level2, t.name, t.target, t.note])

    names = workbook.create_sheet(NAMES_SHEET)
    _header(names, NAME_COLUMNS)
    for code, name in sorted((data.names if data else {}).items()):
        names.append([code, name])
    glossary = workbook.create_sheet(GLOSSARY_SHEET)
    _header(glossary, GLOSSARY_COLUMNS)
    for term, text in (data.glossary if data else {}).items():
        glossary.append([term, text])
    notes = workbook.create_sheet(NOTES_SHEET)
    _header(notes, (Column("备注", "关于数据来源或取舍的说明", width=110),))
    for note in data.notes if data else ():
        notes.append([note])

    _code_list(workbook, catalog, year)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _info_values(data: BudgetData | None, year: int) -> dict[str, object]:
    if data is None:
        return {"fiscal_year": year, "unit": "万元", "level": "部门"}
    info = data.info
    flat: dict[str, object] = {
        "department": info.department,
        "fiscal_year": info.fiscal_year,
        "unit": info.unit.value,
        "level": info.level,
        "unit_name": info.unit_name,
        "is_institution": "是" if info.is_institution else "否",
        "duties": "\n".join(info.duties),
        "composition": info.composition,
        "contact": info.contact,
    }
    for prefix, model in (("staff", info.staff), ("assets", info.assets)):
        for field, value in model.model_dump().items():
            flat[f"{prefix}.{field}"] = _plain(value)
    return flat


def _last_year_values(data: BudgetData | None, field: str) -> tuple[object, str | None]:
    if data is None:
        return None, None
    last = data.last_year
    name = field.split(".")[-1]
    amount = (
        last.three_public.get(name) if field.startswith("three_public.") else getattr(last, name)
    )
    return _plain(amount), last.reasons.get(name)
