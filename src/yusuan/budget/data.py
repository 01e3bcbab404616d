"""The structured budget data of one department and year (input of ``yusuan render``).

Every amount is a ``Decimal`` in ``BudgetData.unit``. Line items are the only place the
money is typed in: every table and narrative figure is derived from them
(:mod:`yusuan.budget.derive`), so the generated disclosure cannot contradict itself.
Each record may carry ``origin`` (``支出明细!D14``) so validation messages can name the cell
it came from.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from yusuan.model.amount import Unit

ExpenditureType = Literal["basic", "project"]

FUNDING_SOURCES: dict[str, str] = {
    "general_public_appropriation": "一般公共预算财政拨款收入",
    "government_fund_appropriation": "政府性基金预算财政拨款收入",
    "service_revenue": "事业收入",
    "operating_revenue": "事业单位经营收入",
    "grants_from_higher_level": "上级补助收入",
    "remittances_from_subordinates": "附属单位上缴收入",
    "other_revenue": "其他收入",
    "institutional_fund": "用事业基金弥补收支差额",
    "carry_over": "上年结转",
}
"""Funding sources of a line item → the income line of T1/T2 they add to."""

APPROPRIATIONS = ("general_public_appropriation", "government_fund_appropriation")


class LineItem(BaseModel):
    """One budgeted amount: function 项 × economic 款 × basic/project × funding source."""

    function_code: str = Field(pattern=r"^\d{7}$")
    economic_code: str = Field(pattern=r"^\d{5}$")
    expenditure_type: ExpenditureType
    funding: str
    amount: Decimal
    project: str | None = None
    origin: str | None = None


class Staff(BaseModel):
    authorised: int | None = None
    in_post: int | None = None
    retired: int | None = None
    staffing_kind: str = "行政编制"


class Assets(BaseModel):
    house_area: Decimal | None = None
    official_cars: int | None = None
    law_enforcement_cars: int | None = None
    special_cars: int | None = None
    as_of: str | None = None


class Info(BaseModel):
    """The 基本信息 sheet."""

    department: str
    fiscal_year: int
    unit: Unit = Unit.WAN_YUAN
    level: Literal["部门", "单位"] = "部门"
    unit_name: str | None = None
    duties: list[str] = Field(default_factory=list)
    composition: str | None = None
    staff: Staff = Field(default_factory=Staff)
    assets: Assets = Field(default_factory=Assets)
    contact: str | None = None
    is_institution: bool = False  # 事业单位: 运行经费 is 事业单位运行经费


class LastYear(BaseModel):
    """Last year's budget figures the narrative compares with, plus the reasons it gives."""

    total: Decimal | None = None
    basic: Decimal | None = None
    project: Decimal | None = None
    three_public: dict[str, Decimal] = Field(default_factory=dict)
    reasons: dict[str, str] = Field(default_factory=dict)


class Procurement(BaseModel):
    goods: Decimal = Decimal(0)
    services: Decimal = Decimal(0)
    works: Decimal = Decimal(0)


class TargetRow(BaseModel):
    """One performance indicator; ``project`` None for the department's overall targets."""

    project: str | None = None
    level1: str
    level2: str
    name: str
    target: str
    note: str | None = None
    origin: str | None = None


class BudgetData(BaseModel):
    """Everything a disclosure is generated from."""

    info: Info
    items: list[LineItem]
    last_year: LastYear = Field(default_factory=LastYear)
    procurement: Procurement = Field(default_factory=Procurement)
    targets: list[TargetRow] = Field(default_factory=list)
    names: dict[str, str] = Field(default_factory=dict)
    glossary: dict[str, str] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)

    @property
    def unit(self) -> Unit:
        return self.info.unit

    def projects(self) -> dict[str, Decimal]:
        """Project name → its total, in first-seen order."""
        totals: dict[str, Decimal] = {}
        for item in self.items:
            if item.expenditure_type == "project" and item.project:
                totals[item.project] = totals.get(item.project, Decimal(0)) + item.amount
        return totals
