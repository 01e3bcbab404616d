"""Canonical keys of narrative figures, stated counts and flags, with their Chinese labels.

The narrative extractor produces these keys and the narrative rules consume them; this
table is the contract between the two. Keys of income sources reuse the row keys of
``yusuan.model.tables.ROW_LABELS`` behind ``income.``.
"""

from __future__ import annotations

FIGURE_KEYS: dict[str, str] = {
    "total_budget": "部门预算总额（收支总预算）",
    "total_income": "部门预算收入",
    "total_expenditure": "部门预算支出",
    "income.general_public_appropriation": "一般公共预算财政拨款收入",
    "income.government_fund_appropriation": "政府性基金预算财政拨款收入",
    "income.state_capital_appropriation": "国有资本经营预算财政拨款收入",
    "income.service_revenue": "事业收入",
    "income.operating_revenue": "事业单位经营收入",
    "income.grants_from_higher_level": "上级补助收入",
    "income.remittances_from_subordinates": "附属单位上缴收入",
    "income.other_revenue": "其他收入",
    "income.institutional_fund": "用事业基金弥补收支差额",
    "income.carry_over": "上年结转",
    # Jiangsu 收支预算总表 (2017-2019) income by fund type
    "income.special_account_revenue": "财政专户管理资金收入",
    "income.other_funds": "其他资金收入",
    "basic_expenditure": "基本支出",
    "project_expenditure": "项目支出",
    "general_public_expenditure": "一般公共预算支出",
    "general_public_basic": "一般公共预算基本支出",
    "government_fund_expenditure": "政府性基金预算支出",
    "state_capital_expenditure": "国有资本经营预算支出",
    # All appropriations (一般公共预算 + 政府性基金 + 国有资本经营), as Shanghai narratives
    # state them: 财政拨款收入 …万元, 财政拨款支出预算 …万元.
    "income.appropriation": "财政拨款收入",
    "appropriation_expenditure": "财政拨款支出",
    # A function-classification line named in a list (name = as written; part_of = the
    # figure it breaks down: total_expenditure, general_public_expenditure, project_expenditure)
    "function": "功能分类科目支出",
    # An economic-classification class named with an amount (name = as written), e.g.
    # 工资福利支出, 商品和服务支出, 对个人和家庭的补助
    "economic": "经济分类科目支出",
    "personnel_expenses": "人员经费",
    "public_expenses": "公用经费",
    "three_public.total": "“三公”经费",
    "three_public.overseas_travel": "因公出国（境）费",
    "three_public.reception": "公务接待费",
    "three_public.cars": "公务用车购置及运行维护费",
    "three_public.car_purchase": "公务用车购置费",
    "three_public.car_operation": "公务用车运行维护费",
    "operating_expenses": "机关（事业单位）运行经费",
    "procurement.total": "政府采购预算",
    "procurement.goods": "政府采购货物类",
    "procurement.services": "政府采购服务类",
    "procurement.works": "政府采购工程类",
    "purchased_services": "政府购买服务",
    "performance.projects_amount": "纳入绩效目标管理的项目支出",
    "performance.overall_amount": "部门整体绩效目标涉及金额",
}

COUNT_KEYS: dict[str, str] = {
    "project_indicators": "项目绩效指标条数",
    "overall_indicators": "整体绩效指标条数",
    "projects": "项目个数",
    "internal_units": "内设机构数",
    "official_cars": "公务用车数量",
}

FLAG_KEYS: dict[str, str] = {
    "no_government_fund": "说明称没有政府性基金预算支出",
    "all_projects_have_targets": "说明称所有项目支出均编制绩效目标",
    "no_three_public": "说明称没有“三公”经费",
}
