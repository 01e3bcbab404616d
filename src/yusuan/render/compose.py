"""Compose the whole generated disclosure: narrative from the Jinja2 template with every
figure computed from the derived tables, then the eight tables, the performance tables and
the charts, in the standard section order.
"""

from __future__ import annotations

from decimal import Decimal
from importlib import resources
from typing import Any

from yusuan.budget.data import FUNDING_SOURCES, BudgetData
from yusuan.budget.derive import derive_tables, three_public
from yusuan.model.tables import (
    COLUMN_LABELS,
    ROW_LABELS,
    STANDARD_TITLES,
    Row,
    Section,
    StandardTable,
    TableKind,
)
from yusuan.render.figures import Change, amount, percent
from yusuan.render.layout import (
    Block,
    Chart,
    HeaderCell,
    Heading,
    Layout,
    PageBreak,
    Paragraph,
    TableBlock,
)

CN_NUMBERS = "一二三四五六七八九十"
DEFAULT_GLOSSARY = {
    "财政拨款收入": "指本级财政当年拨付的资金，含一般公共预算财政拨款收入和政府性基金预算财政拨款收入。",
    "基本支出": "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "项目支出": "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "“三公”经费": "指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
    "机关运行经费": "指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。",
}


def _value(
    table: StandardTable,
    column: str,
    *,
    key: str | None = None,
    code: str | None = None,
    section: Section | None = None,
) -> Decimal:
    row = table.row_by_key(key, section) if key else table.row_by_code(code or "", section)
    return row.amount(column) if row else Decimal(0)


def narrative_context(data: BudgetData, tables: dict[TableKind, StandardTable]) -> dict[str, Any]:
    """Every figure the narrative template prints, computed from ``tables`` (strings as printed)."""
    info, last = data.info, data.last_year
    year, level = info.fiscal_year, info.level
    t1, t3, t5, t6, t8 = (
        tables[k] for k in (TableKind.T1, TableKind.T3, TableKind.T5, TableKind.T6, TableKind.T8)
    )
    total = _value(t3, "total", key="total")
    basic = _value(t3, "basic", key="total")
    project = _value(t3, "project", key="total")
    general_basic = _value(t5, "basic", key="total")
    general_project = _value(t5, "project", key="total")
    last_label = f" {year - 1} 年预算"
    income = []
    for key in FUNDING_SOURCES:
        value = _value(t1, "amount", key=key, section=Section.INCOME)
        if value:
            income.append(
                {"label": ROW_LABELS[key], "amount": amount(value), "share": percent(value, total)}
            )
    personnel_classes: list[dict[str, Any]] = []
    public_classes: list[dict[str, Any]] = []
    for row in t6.coded_rows():
        if len(row.code or "") != 3:
            continue
        entry = {"name": row.name, "amount": amount(row.amount("total"))}
        (personnel_classes if row.code in ("301", "303") else public_classes).append(entry)
    general_items = [i for i in data.items if i.funding == "general_public_appropriation"]
    parts = three_public(general_items)
    context: dict[str, Any] = {
        "year": year,
        "level": level,
        "duties": info.duties,
        "composition": info.composition or f"{info.department}为一级预算{level}。",
        "staff_sentence": _staff_sentence(data),
        "total": amount(total),
        "total_change": Change(total, last.total).sentence(last_label)
        if last.total is not None
        else "",
        "total_reason": last.reasons.get("total"),
        "income": income,
        "basic": amount(basic),
        "project": amount(project),
        "basic_share": percent(basic, total),
        "project_share": percent(project, total),
        "function_classes": [
            {"name": r.name, "amount": amount(r.amount("total"))}
            for r in t3.coded_rows()
            if len(r.code or "") == 3
        ],
        "general": amount(_value(t5, "total", key="total")),
        "general_basic": amount(general_basic),
        "general_project": amount(general_project),
        # stated beside the general public budget's basic/project expenditure (表5), so
        # compared from those (表3's differ when there is government fund expenditure)
        "basic_change": Change(general_basic, last.basic).sentence(last_label).removeprefix("比")
        if last.basic is not None
        else None,
        "basic_reason": last.reasons.get("basic"),
        "project_change": Change(general_project, last.project)
        .sentence(last_label)
        .removeprefix("比")
        if last.project is not None
        else None,
        "project_reason": last.reasons.get("project"),
        "project_items": [
            {"name": r.name, "amount": amount(r.amount("project"))}
            for r in t5.coded_rows()
            if len(r.code or "") == 7 and r.amount("project")
        ],
        "personnel": amount(_value(t6, "personnel", key="total")),
        "public": amount(_value(t6, "public", key="total")),
        "personnel_classes": personnel_classes,
        "public_classes": public_classes,
        "fund_total": amount(_value(t8, "total", key="total")) if t8.rows else None,
        "operating_label": "事业单位运行经费" if info.is_institution else "机关运行经费",
        "procurement_total": amount(
            data.procurement.goods + data.procurement.services + data.procurement.works
        ),
        "procurement_goods": amount(data.procurement.goods),
        "procurement_services": amount(data.procurement.services),
        "procurement_works": amount(data.procurement.works),
        "assets_sentence": _assets_sentence(data),
        "performance_sentence": _performance_sentence(data),
        "three_public_total": amount(parts["three_public_total"]),
        "glossary": list((DEFAULT_GLOSSARY | data.glossary).items()),
        "cn_numbers": CN_NUMBERS,
    }
    for key, name in (
        ("overseas_travel", "overseas"),
        ("official_reception", "reception"),
        ("car_purchase", "car_purchase"),
        ("car_operation", "car_operation"),
    ):
        context[name] = amount(parts[key])
        previous = last.three_public.get(key)
        context[f"{name}_change"] = (
            Change(parts[key], previous).sentence("上年预算")
            if previous is not None
            else "上年未安排"
        )
        reason = last.reasons.get(key)
        context[f"{name}_reason"] = f"，主要原因是{reason}" if reason else ""
    return context


def _staff_sentence(data: BudgetData) -> str:
    staff, name = data.info.staff, data.info.department
    parts = []
    if staff.authorised is not None:
        parts.append(f"{name}共有{staff.staffing_kind} {staff.authorised} 人")
    if staff.in_post is not None:
        parts.append(f"实际在职 {staff.in_post} 人")
    if staff.retired is not None:
        parts.append(f"退休人员 {staff.retired} 人")
    return "，".join(parts) + "。" if parts else "（未填写人员情况）"


def _assets_sentence(data: BudgetData) -> str:
    assets = data.info.assets
    date = assets.as_of or f"{data.info.fiscal_year - 1} 年 12 月 31 日"
    return (
        f"截至 {date}，{data.info.level}房屋面积共有 {assets.house_area or 0} 平方米，"
        f"一般公务用车 {assets.official_cars or 0} 辆，执法执勤用车 {assets.law_enforcement_cars or 0} 辆，"
        f"特种专业技术用车 {assets.special_cars or 0} 辆。"
    )


def _performance_sentence(data: BudgetData) -> str:
    projects = data.projects()
    covered = {t.project for t in data.targets if t.project}
    project_rows = [t for t in data.targets if t.project]
    overall_rows = [t for t in data.targets if not t.project]
    covered_amount = sum((projects[p] for p in covered if p in projects), Decimal(0))
    all_covered = projects and covered >= set(projects)
    year, level = data.info.fiscal_year, data.info.level
    if not project_rows:
        text = f"{year} 年本{level}未编制项目绩效目标。"
    elif all_covered:
        text = (
            f"{year} 年本{level}所有项目支出均纳入预算绩效管理并编制预算绩效目标，"
            f"涉及一般公共预算 {amount(covered_amount)} 万元，共设立项目绩效指标 {len(project_rows)} 条。"
        )
    else:
        text = (
            f"{year} 年本{level}有 {len(covered)} 个项目编制了预算绩效目标，涉及一般公共预算 "
            f"{amount(covered_amount)} 万元，共设立项目绩效指标 {len(project_rows)} 条。"
        )
    if overall_rows:
        total = sum((i.amount for i in data.items), Decimal(0))
        text += (
            f"同时，{level}整体支出也实施了绩效目标管理并编制整体绩效目标，涉及一般公共预算 "
            f"{amount(total)} 万元，共设立整体绩效指标 {len(overall_rows)} 条。"
        )
    return text


def narrative_blocks(context: dict[str, Any]) -> list[Block]:
    from jinja2 import Environment, StrictUndefined

    source = resources.files("yusuan.render").joinpath("templates/narrative.j2").read_text("utf-8")
    environment = Environment(
        undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False
    )
    text = environment.from_string(source).render(**context)
    blocks: list[Block] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        marks = len(line) - len(line.lstrip("#"))
        if marks:
            blocks.append(Heading(line[marks:].strip(), marks))
        else:
            blocks.append(Paragraph(line))
    return blocks


def _cells(row: Row, columns: list[str]) -> list[str]:
    return [row.cells[c].text if c in row.cells else "" for c in columns]


def _coded_table(
    kind: TableKind,
    table: StandardTable,
    header: list[list[HeaderCell]],
    columns: list[str],
    year: int,
    unit_name: str,
) -> TableBlock:
    rows = []
    for row in table.rows:
        label = (
            [ROW_LABELS["total"], ""] if row.key == "total" else [row.code or "", row.name or ""]
        )
        rows.append(label + _cells(row, columns))
    return TableBlock(
        kind=kind.value,
        title=f"{year} 年{STANDARD_TITLES[kind]}",
        unit_line="单位：万元",
        unit_name_line=f"单位名称：{unit_name}",
        header=header,
        rows=rows,
        numeric=set(range(2, 2 + len(columns))),
        note=table.note,
    )


def _h(*texts: str) -> list[HeaderCell]:
    return [HeaderCell(t) for t in texts]


def _side_by_side(kind: TableKind, table: StandardTable, year: int, unit_name: str) -> TableBlock:
    """T1/T4: income | expenditure by function | expenditure by economic class, side by side."""
    amount_columns = ["amount"] if kind is TableKind.T1 else ["general_public", "government_fund"]
    width = len(amount_columns)
    sections: dict[Section, list[list[str]]] = {s: [] for s in Section}
    for row in table.rows:
        assert row.section is not None
        label = row.label if row.code else ROW_LABELS.get(row.key or "", row.label)
        columns = ["amount"] if row.section is Section.INCOME else amount_columns
        sections[row.section].append([label, *_cells(row, columns)])
    income, function, economic = (sections[s] for s in Section)
    # align the totals: the body lists classes, then subtotal / carry lines at the bottom
    body_length = max(len(income) - 3, len(function) - 2, len(economic) - 2)

    def pad(part: list[list[str]], tail: int, cells: int) -> list[list[str]]:
        head, end = part[:-tail], part[-tail:]
        return head + [[""] * (cells + 1)] * (body_length - len(head)) + end

    income = pad(income, 3, 1)
    function, economic = pad(function, 2, width), pad(economic, 2, width)
    function.insert(len(function) - 2, [""] * (width + 1))  # beside 用事业基金弥补收支差额
    economic.insert(len(economic) - 2, [""] * (width + 1))
    rows = [a + b + c for a, b, c in zip(income, function, economic, strict=True)]
    if kind is TableKind.T1:
        header = [
            [
                HeaderCell("收入", 2),
                HeaderCell("支出（功能分类）", 2),
                HeaderCell("支出（经济分类）", 2),
            ],
            _h("项目", "预算数", "项目", "预算数", "项目", "预算数"),
        ]
        numeric = {1, 3, 5}
    else:
        header = [
            [
                HeaderCell("收入", 2),
                HeaderCell("支出（功能分类）", 3),
                HeaderCell("支出（经济分类）", 3),
            ],
            _h(
                "项目",
                "预算数",
                "项目",
                "一般公共预算",
                "政府性基金预算",
                "项目",
                "一般公共预算",
                "政府性基金预算",
            ),
        ]
        numeric = {1, 3, 4, 6, 7}
    return TableBlock(
        kind=kind.value,
        title=f"{year} 年{STANDARD_TITLES[kind]}",
        unit_line="单位：万元",
        unit_name_line=f"单位名称：{unit_name}",
        header=header,
        rows=rows,
        numeric=numeric,
    )


FUNCTION_CODE_HEADER = ("功能科目编码", "功能科目名称")
FUNCTION_TABLE_COLUMNS: dict[TableKind, list[str]] = {
    TableKind.T2: ["total", *FUNDING_SOURCES],
    TableKind.T3: [
        "total",
        "basic",
        "project",
        "remittance_to_higher",
        "subsidy_to_subordinates",
        "operating_expenditure",
        "carry_forward",
    ],
    TableKind.T5: ["total", "basic", "project"],
    TableKind.T8: ["total", "basic", "project"],
}
T6_HEADER = [
    [
        HeaderCell("经济科目编码", rowspan=2),
        HeaderCell("经济科目名称", rowspan=2),
        HeaderCell("基本支出", colspan=3),
    ],
    _h("合计", "人员经费", "公用经费"),
]
T7_LABELS = {
    "three_public_total": "合计",
    "overseas_travel": "1. 因公出国（境）费",
    "official_cars": "2. 公务用车购置及运行维护费",
    "car_purchase": "其中：（1）公务用车购置费",
    "car_operation": "（2）公务用车运行维护费",
    "official_reception": "3. 公务接待费",
}


def table_blocks(data: BudgetData, tables: dict[TableKind, StandardTable]) -> list[TableBlock]:
    """The eight tables in their standard printed layouts (T1 and T4 side by side)."""
    year = data.info.fiscal_year
    unit_name = data.info.unit_name or data.info.department
    blocks: list[TableBlock] = []
    for kind in TableKind:
        table = tables[kind]
        if kind in (TableKind.T1, TableKind.T4):
            blocks.append(_side_by_side(kind, table, year, unit_name))
        elif kind in FUNCTION_TABLE_COLUMNS:
            columns = FUNCTION_TABLE_COLUMNS[kind]
            header = [_h(*FUNCTION_CODE_HEADER, *(COLUMN_LABELS[c] for c in columns))]
            blocks.append(_coded_table(kind, table, header, columns, year, unit_name))
        elif kind is TableKind.T6:
            columns = ["total", "personnel", "public"]
            blocks.append(_coded_table(kind, table, T6_HEADER, columns, year, unit_name))
        else:
            blocks.append(
                TableBlock(
                    kind=kind.value,
                    title=f"{year} 年{STANDARD_TITLES[kind]}",
                    unit_line="单位：万元",
                    unit_name_line=f"单位名称：{unit_name}",
                    header=[_h("项目", "本年预算数")],
                    rows=[[T7_LABELS[r.key or ""], r.cells["amount"].text] for r in table.rows],
                    numeric={1},
                    note=table.note,
                )
            )
    return blocks


def performance_blocks(data: BudgetData) -> list[TableBlock]:
    """The overall 绩效目标表, then one per project, in project order."""
    year = data.info.fiscal_year
    header = [_h("一级指标", "二级指标", "三级指标", "指标值", "指标说明")]
    projects = data.projects()
    blocks = []
    groups: list[tuple[str | None, str]] = [(None, f"{year} 年{data.info.level}整体绩效目标表")]
    groups += [(p, f"{year} 年{p}项目绩效目标表") for p in projects]
    for project, title in groups:
        rows = [
            [t.level1, t.level2, t.name, t.target, t.note or ""]
            for t in data.targets
            if t.project == project
        ]
        if not rows:
            continue
        preamble = (
            [f"项目名称：{project}", f"项目金额：{amount(projects[project])} 万元"]
            if project
            else []
        )
        blocks.append(
            TableBlock(
                kind="performance",
                title=title,
                unit_line=None,
                unit_name_line=f"单位名称：{data.info.unit_name or data.info.department}",
                header=header,
                rows=rows,
                preamble=preamble,
            )
        )
    return blocks


def charts(tables: dict[TableKind, StandardTable], data: BudgetData) -> list[Chart]:
    t3 = tables[TableKind.T3]
    classes = [
        (r.name or "", r.cells["total"].text) for r in t3.coded_rows() if len(r.code or "") == 3
    ]
    total = t3.row_by_key("total")
    assert total is not None
    result = [
        Chart("function_classes", "按支出功能分类（类）", classes),
        Chart(
            "basic_project",
            "基本支出与项目支出",
            [
                ("基本支出", total.cells["basic"].text or "0"),
                ("项目支出", total.cells["project"].text or "0"),
            ],
        ),
    ]
    last = data.last_year
    if last.total is not None:
        year = data.info.fiscal_year
        result.append(
            Chart(
                "year_over_year",
                "本年与上年预算对比",
                [(f"{year - 1} 年", amount(last.total)), (f"{year} 年", total.cells["total"].text)],
            )
        )
    return result


def compose(data: BudgetData, name_of: Any) -> Layout:
    """The complete layout of ``data``'s disclosure. ``name_of(code)`` names classification
    codes for the fiscal year."""
    tables = derive_tables(data, name_of)
    info = data.info
    title = f"{info.department} {info.fiscal_year} 年{info.level}预算"
    narrative = narrative_blocks(narrative_context(data, tables))
    table_list = table_blocks(data, tables)
    performance = performance_blocks(data)
    toc = [b.text for b in narrative if isinstance(b, Heading) and b.level <= 2]
    toc.append("第四部分 预算公开报表")
    toc += [f"表 {i}. {t.title}" for i, t in enumerate(table_list + performance, start=1)]
    # the charts illustrate 二、收支预算总体安排情况: they close that section
    section_three = next(
        (
            i
            for i, b in enumerate(narrative)
            if isinstance(b, Heading) and b.text.startswith("三、")
        ),
        len(narrative),
    )
    narrative[section_three:section_three] = charts(tables, data)
    blocks: list[Block] = [*narrative, PageBreak(), Heading("第四部分 预算公开报表", 1)]
    for table in table_list + performance:
        blocks += [table, PageBreak()]
    return Layout(
        title=title,
        toc=toc,
        blocks=blocks,
        department=info.department,
        fiscal_year=info.fiscal_year,
    )
