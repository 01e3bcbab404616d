"""The input workbook's layout: sheet names, columns and the labels of key–value sheets.

One table of facts that the template writer, the workbook reader and the docs share, so the
three cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from yusuan.budget.data import FUNDING_SOURCES


@dataclass(frozen=True)
class Column:
    header: str
    help: str
    required: bool = True
    width: int = 16


INFO_SHEET = "基本信息"
ITEMS_SHEET = "支出明细"
LAST_YEAR_SHEET = "上年数"
PROCUREMENT_SHEET = "政府采购"
TARGETS_SHEET = "绩效目标"
NAMES_SHEET = "科目名称"
GLOSSARY_SHEET = "名词解释"
NOTES_SHEET = "备注"
README_SHEET = "填表说明"

# 基本信息: label → (field path, help, required)
INFO_FIELDS: dict[str, tuple[str, str, bool]] = {
    "部门名称": ("department", "部门或单位全称，如 江汉区融媒体中心", True),
    "预算年度": ("fiscal_year", "四位年份，如 2020", True),
    "金额单位": ("unit", "万元 或 元", True),
    "文件级别": ("level", "部门（部门预算）或 单位（单位预算）", True),
    "单位名称": ("unit_name", "报表“单位名称”一栏，可省略（默认为部门名称）", False),
    "是否事业单位": ("is_institution", "是/否：事业单位的运行经费称“事业单位运行经费”", False),
    "主要职责": ("duties", "每条职责一行（单元格内换行）", True),
    "单位构成": ("composition", "预算单位构成情况的说明", False),
    "编制类型": ("staff.staffing_kind", "如 行政编制、事业编制", False),
    "编制人数": ("staff.authorised", "整数", False),
    "在职人数": ("staff.in_post", "整数", False),
    "退休人数": ("staff.retired", "整数", False),
    "房屋面积（平方米）": ("assets.house_area", "数字", False),
    "一般公务用车（辆）": ("assets.official_cars", "整数", False),
    "执法执勤用车（辆）": ("assets.law_enforcement_cars", "整数", False),
    "特种专业技术用车（辆）": ("assets.special_cars", "整数", False),
    "资产统计截止日期": ("assets.as_of", "如 2019 年 12 月 31 日", False),
    "联系电话": ("contact", "公开咨询电话", False),
}

ITEM_COLUMNS: tuple[Column, ...] = (
    Column("功能科目编码", "7 位项级功能分类编码，如 2070805", width=14),
    Column("经济科目编码", "5 位款级部门预算经济分类编码，如 30101", width=14),
    Column("支出类型", "基本支出 或 项目支出", width=12),
    Column("资金来源", "、".join(FUNDING_SOURCES.values()), width=30),
    Column("金额", "非负数，单位见基本信息的金额单位", width=14),
    Column("项目名称", "项目支出必填；基本支出留空", required=False, width=28),
    Column("备注", "可选", required=False, width=20),
)

# 上年数: label → (where it goes, help)
LAST_YEAR_FIELDS: dict[str, tuple[str, str]] = {
    "部门预算总额": ("total", "上年部门预算收支总额"),
    "基本支出": ("basic", "上年基本支出"),
    "项目支出": ("project", "上年项目支出"),
    "因公出国（境）费": ("three_public.overseas_travel", "上年预算"),
    "公务接待费": ("three_public.official_reception", "上年预算"),
    "公务用车购置费": ("three_public.car_purchase", "上年预算"),
    "公务用车运行维护费": ("three_public.car_operation", "上年预算"),
}

PROCUREMENT_FIELDS: dict[str, str] = {"货物类": "goods", "服务类": "services", "工程类": "works"}

TARGET_COLUMNS: tuple[Column, ...] = (
    Column("项目名称", "留空表示部门整体绩效目标；否则与支出明细的项目名称一致", False, 28),
    Column("一级指标", "如 产出指标、效益指标、满意度指标", width=14),
    Column("二级指标", "如 数量指标、质量指标、时效指标、社会效益指标", width=16),
    Column("三级指标", "具体指标名称", width=28),
    Column("指标值", "如 ≥80%、48 条", width=16),
    Column("指标说明", "可选", required=False, width=30),
)

NAME_COLUMNS = (Column("编码", "功能或经济分类编码"), Column("名称", "该年度的科目名称", width=30))
GLOSSARY_COLUMNS = (Column("名词", "如 基本支出"), Column("解释", "替换默认的名词解释", width=60))
EXPENDITURE_TYPES = {"基本支出": "basic", "项目支出": "project"}
