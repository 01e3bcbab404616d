"""The standard tables of a disclosure as typed rows of amounts.

Every table is a :class:`StandardTable`: a list of :class:`Row` whose amounts sit in
:class:`AmountCell` keyed by a canonical column key. Side-by-side tables (T1 收支总表, T4
财政拨款收支总表) are stored as one row list with a ``section`` per row, so every rule can
address any amount as (table, row, column).

Canonical keys (English, the field's terms) are listed in :data:`COLUMN_LABELS` and
:data:`ROW_LABELS` with the standard Chinese labels used in messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from yusuan.model.amount import Unit
from yusuan.read.location import SourceLocation
from yusuan.trusted import trusted


class TableKind(StrEnum):
    """The eight standard budget tables (DISCLOSURE.md, "The eight standard tables")."""

    T1 = "T1"  # 部门收支预算总表
    T2 = "T2"  # 部门收入预算总表
    T3 = "T3"  # 部门支出预算总表
    T4 = "T4"  # 财政拨款收支预算总表
    T5 = "T5"  # 一般公共预算支出表
    T6 = "T6"  # 一般公共预算基本支出表
    T7 = "T7"  # 一般公共预算“三公”经费支出表
    T8 = "T8"  # 政府性基金预算支出表

    @property
    def number(self) -> int:
        return _TABLE_NUMBERS[self]

    @property
    def standard_title(self) -> str:
        return STANDARD_TITLES[self]


_TABLE_NUMBERS: dict[str, int] = {kind: int(kind.value[1:]) for kind in TableKind}

STANDARD_TITLES: dict[TableKind, str] = {
    TableKind.T1: "部门收支预算总表",
    TableKind.T2: "部门收入预算总表",
    TableKind.T3: "部门支出预算总表",
    TableKind.T4: "财政拨款收支预算总表",
    TableKind.T5: "一般公共预算支出表",
    TableKind.T6: "一般公共预算基本支出表",
    TableKind.T7: "一般公共预算“三公”经费支出表",
    TableKind.T8: "政府性基金预算支出表",
}


class TableFamily(StrEnum):
    """The table set a disclosure prints (DISCLOSURE.md, "Table-set families seen in real
    documents"). Each family's tables are mapped to the :class:`TableKind` they correspond
    to; tables a family prints beyond those (机关运行经费, 政府采购, 国有资本经营) are kept
    as recognised but unmapped."""

    NATIONAL = "national"  # the eight standard tables (the seed)
    JIANGSU = "jiangsu"  # Jiangsu provincial budgets 2017–2019: 公开01–12表
    SHANGHAI = "shanghai"  # Shanghai budgets: nine tables, amounts in 元, split codes
    FINAL_ACCOUNT = "final_account"  # 部门决算: 收入支出决算总表 … 国有资本经营
    UNIVERSITY = "university"  # MOE universities: four tables (budget or 高等学校 final)

    @property
    def label(self) -> str:
        return FAMILY_LABELS[self]

    @property
    def expected_tables(self) -> frozenset[TableKind]:
        """The standard tables a complete disclosure of this family prints."""
        return FAMILY_TABLES[self]


FAMILY_LABELS: dict[TableFamily, str] = {
    TableFamily.NATIONAL: "八张标准报表",
    TableFamily.JIANGSU: "江苏省部门预算公开表（公开01–12表）",
    TableFamily.SHANGHAI: "上海市部门（单位）预算九张表",
    TableFamily.FINAL_ACCOUNT: "部门决算报表",
    TableFamily.UNIVERSITY: "高等学校四张报表",
}

FAMILY_TABLES: dict[TableFamily, frozenset[TableKind]] = {
    TableFamily.NATIONAL: frozenset(TableKind),
    TableFamily.JIANGSU: frozenset(TableKind),
    TableFamily.SHANGHAI: frozenset(TableKind),
    TableFamily.FINAL_ACCOUNT: frozenset(TableKind),
    # 收支预算总表, 收入预算表, 支出预算表, 财政拨款支出预算表 (mapped to 表5)
    TableFamily.UNIVERSITY: frozenset((TableKind.T1, TableKind.T2, TableKind.T3, TableKind.T5)),
}


class Level(StrEnum):
    """Level of a classification code, by its digits: 3 类, 5 款, 7 项."""

    CLASS = "类"
    SECTION = "款"
    ITEM = "项"

    @classmethod
    def of_code(cls, code: str) -> Level | None:
        return _LEVEL_BY_DIGITS.get(len(code))


_LEVEL_BY_DIGITS: dict[int, Level] = {3: Level.CLASS, 5: Level.SECTION, 7: Level.ITEM}


class Section(StrEnum):
    """Which part of a side-by-side table a row belongs to (T1, T4)."""

    INCOME = "income"
    FUNCTION = "function"  # expenditure by function classification
    ECONOMIC = "economic"  # expenditure by economic classification


_ZERO = Decimal(0)  # immutable: one instance serves every blank


@dataclass(slots=True)
class AmountCell:
    """One amount as printed. ``value`` is ``None`` for a blank cell (not the same as 0).

    Cells and rows are slotted dataclasses, not pydantic models: a document has hundreds of
    each and the rules read their attributes thousands of times, which a pydantic instance
    (whose class defines ``__getattr__``) serves several times slower. Pydantic validates
    and serialises them as fields of :class:`StandardTable` all the same; built in code,
    their field types are checked by mypy."""

    column: str
    text: str
    value: Decimal | None
    location: SourceLocation

    @property
    def amount(self) -> Decimal:
        """The value, a blank counting as zero (for sums)."""
        value = self.value
        return value if value is not None else _ZERO


@dataclass(slots=True)
class Row:
    """One row of a standard table.

    ``code``/``name`` for classification rows (``code`` digits only, split codes such as
    ``208 05 06`` joined); ``key`` for the standard non-coded rows (``total`` for 合计,
    ``income_subtotal`` for 本年收入合计, income sources, …); ``label`` is the row as printed.
    A slotted dataclass, as :class:`AmountCell` is.
    """

    label: str
    code: str | None = None
    name: str | None = None
    key: str | None = None
    section: Section | None = None
    cells: dict[str, AmountCell] = field(default_factory=dict)
    location: SourceLocation = field(kw_only=True)

    @property
    def level(self) -> Level | None:
        return _LEVEL_BY_DIGITS.get(len(self.code)) if self.code else None

    def value(self, column: str) -> Decimal | None:
        cell = self.cells.get(column)
        return cell.value if cell else None

    def amount(self, column: str) -> Decimal:
        """Value of ``column``, blank or absent counting as zero."""
        cell = self.cells.get(column)
        if cell is None:
            return _ZERO
        value = cell.value
        return value if value is not None else _ZERO

    def describe(self) -> str:
        """The row as a finding names it: ``30101 基本工资`` or ``合计``."""
        if self.code:
            return f"{self.code} {self.name}" if self.name else self.code
        return self.label


class StandardTable(BaseModel):
    """One recognised standard table.

    ``columns`` maps canonical column keys to the header text printed; ``unit`` is the unit
    line (``单位：万元``); ``unit_name`` the ``单位名称`` line when printed; ``note`` any
    ``注：`` line below it (the standard empty-table note among them).
    """

    kind: TableKind
    title: str
    unit: Unit | None = None
    unit_name: str | None = None
    columns: dict[str, str] = Field(default_factory=dict)
    rows: list[Row] = Field(default_factory=list)
    note: str | None = None
    location: SourceLocation

    def coded_rows(self, section: Section | None = None) -> list[Row]:
        return [r for r in self.rows if r.code and (section is None or r.section == section)]

    def row_by_code(self, code: str, section: Section | None = None) -> Row | None:
        for row in self.rows:
            if row.code == code and (section is None or row.section == section):
                return row
        return None

    def row_by_key(self, key: str, section: Section | None = None) -> Row | None:
        for row in self.rows:
            if row.key == key and (section is None or row.section == section):
                return row
        return None

    def describe(self) -> str:
        """The table as findings name it: ``表6 一般公共预算基本支出表``."""
        return f"表{self.kind.number} {self.title}"

    @property
    def is_empty(self) -> bool:
        return all(cell.value is None for row in self.rows for cell in row.cells.values())


def new_standard_table(**values: Any) -> StandardTable:
    """``StandardTable(**values)`` without re-validation (see :mod:`yusuan.trusted`), for
    values already of the field types: ``kind``, ``title`` and ``location`` must be given;
    ``columns`` and ``rows`` (a fresh dict and list when given) start empty when not. The
    fields set names the fields given, as validation's would."""
    fields = {**_TABLE_DEFAULTS, "columns": {}, "rows": [], **values}
    return trusted(StandardTable, fields, set(values))


_TABLE_DEFAULTS: dict[str, Any] = {name: None for name in StandardTable.model_fields}


# Canonical column keys → standard Chinese label.
COLUMN_LABELS: dict[str, str] = {
    "amount": "预算数",
    "total": "总计",
    "basic": "基本支出",
    "project": "项目支出",
    "personnel": "人员经费",
    "public": "公用经费",
    "general_public": "一般公共预算",
    "government_fund": "政府性基金预算",
    "state_capital": "国有资本经营预算",
    "general_public_appropriation": "一般公共预算财政拨款收入",
    "government_fund_appropriation": "政府性基金预算财政拨款收入",
    "state_capital_appropriation": "国有资本经营预算财政拨款收入",
    "service_revenue": "事业收入",
    "operating_revenue": "事业单位经营收入",
    "grants_from_higher_level": "上级补助收入",
    "remittances_from_subordinates": "附属单位上缴收入",
    "other_revenue": "其他收入",
    "institutional_fund": "用事业基金弥补收支差额",
    "carry_over": "上年结转",
    "remittance_to_higher": "上缴上级支出",
    "subsidy_to_subordinates": "对附属单位补助支出",
    "operating_expenditure": "事业单位经营支出",
    "carry_forward": "结转下年",
    # final accounts (决算): budget as passed, as adjusted during the year, and the outturn
    "initial_budget": "年初预算数",
    "adjusted_budget": "调整预算数",
    "final": "决算数",
    "carry_over_start": "年初结转和结余",
    "income_this_year": "本年收入",
    "reserve": "单位预留机动经费",
    "appropriation": "财政拨款收入",
}

# Keys of the standard non-coded rows → standard Chinese label.
ROW_LABELS: dict[str, str] = {
    "total": "合计",
    "income_subtotal": "本年收入合计",
    "income_total": "收入总计",
    "expenditure_subtotal": "本年支出合计",
    "expenditure_total": "支出总计",
    "institutional_fund": "用事业基金弥补收支差额",
    "carry_over": "上年结转",
    "carry_forward": "结转下年",
    "general_public_appropriation": "一般公共预算财政拨款收入",
    "government_fund_appropriation": "政府性基金预算财政拨款收入",
    "state_capital_appropriation": "国有资本经营预算财政拨款收入",
    "service_revenue": "事业收入",
    "operating_revenue": "事业单位经营收入",
    "grants_from_higher_level": "上级补助收入",
    "remittances_from_subordinates": "附属单位上缴收入",
    "other_revenue": "其他收入",
    # Jiangsu 收支预算总表: income by fund type, expenditure by purpose
    "appropriation": "财政拨款",
    "special_account_revenue": "财政专户管理资金",
    "other_funds": "其他资金",
    "basic_expenditure": "基本支出",
    "project_expenditure": "项目支出",
    "reserve": "单位预留机动经费",
    # final accounts (决算)
    "surplus_distribution": "结余分配",
    "personnel_total": "人员经费合计",
    "public_total": "公用经费合计",
    # Shanghai prints 机关运行经费 beside the three
    "administrative_operating_expenses": "机关运行经费",
    # T7 三公 rows
    "three_public_total": "“三公”经费合计",
    "overseas_travel": "因公出国（境）费",
    "official_cars": "公务用车购置及运行维护费",
    "car_purchase": "公务用车购置费",
    "car_operation": "公务用车运行维护费",
    "official_reception": "公务接待费",
    # Jiangsu prints 会议费 and 培训费 beside the three, and a 合计 of all five
    "meeting_expenses": "会议费",
    "training_expenses": "培训费",
    "grand_total_with_meetings": "“三公”经费、会议费、培训费合计",
}
