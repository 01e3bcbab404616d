"""The extracted standard tables as an XLSX workbook: one sheet per table, as extracted.

Each sheet lists the rows with their code, name or key, every amount column as a number
(two decimals, as printed) and the source location of the row, so a reviewer can put the
sheet next to the published document.
"""

from __future__ import annotations

from io import BytesIO

from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import ROW_LABELS, Section

SECTION_LABELS = {
    Section.INCOME: "收入",
    Section.FUNCTION: "支出（功能分类）",
    Section.ECONOMIC: "支出（经济分类）",
}


def tables_workbook(disclosure: Disclosure) -> bytes:
    """Return the XLSX file (bytes) of ``disclosure``'s standard tables (表1…), performance
    tables (绩效1…) and narrative figures (说明数字)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for kind, table in sorted(disclosure.tables.items()):
        sheet = workbook.create_sheet(f"表{kind.number}")
        sheet.append([table.title])
        sheet["A1"].font = bold
        sheet.append([f"单位：{table.unit or ''}", table.unit_name or ""])
        columns = list(table.columns)
        sheet.append(
            ["分区", "编码", "名称/项目", *[table.columns[c] for c in columns], "来源位置"]
        )
        for cell in sheet[3]:
            cell.font = bold
        for row in table.rows:
            values: list[object] = [
                SECTION_LABELS[row.section] if row.section else "",
                row.code or "",
                row.name or ROW_LABELS.get(row.key or "", row.label),
            ]
            for column in columns:
                cell = row.cells.get(column)
                values.append(cell.value if cell and cell.value is not None else None)
            values.append(row.location.describe())
            sheet.append(values)
            for cell in sheet[sheet.max_row][3 : 3 + len(columns)]:
                cell.number_format = "#,##0.00"
        sheet.freeze_panes = "A4"
        if table.note:
            sheet.append([])
            sheet.append([table.note])
    for number, performance in enumerate(disclosure.performance, start=1):
        sheet = workbook.create_sheet(f"绩效{number}")
        sheet.append([performance.title])
        sheet["A1"].font = bold
        if performance.project:
            sheet.append(
                [
                    "项目名称",
                    performance.project,
                    "金额",
                    performance.amount,
                    performance.unit or "",
                ]
            )
        sheet.append(
            ["一级指标", "二级指标", "三级指标", "指标值", "指标说明", "所属项目", "来源位置"]
        )
        for cell in sheet[sheet.max_row]:
            cell.font = bold
        for indicator in performance.indicators:
            sheet.append(
                [
                    indicator.level1,
                    indicator.level2,
                    indicator.name,
                    indicator.target,
                    indicator.note,
                    indicator.project,
                    indicator.location.describe(),
                ]
            )
    figures = workbook.create_sheet("说明数字")
    figures.append(
        ["键", "标签", "名称", "金额", "单位", "上年", "增减额", "增减", "增长率%", "占比%", "位置"]
    )
    for figure in disclosure.narrative:
        figures.append(
            [
                figure.key,
                figure.label,
                figure.name or "",
                figure.amount,
                figure.unit.value,
                figure.last_year,
                figure.change,
                figure.direction or "",
                figure.growth_rate,
                figure.share,
                figure.location.describe(),
            ]
        )
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
