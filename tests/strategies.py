"""Hypothesis strategies for valid budget data (the input of ``yusuan render``).

``budgets()`` draws a :class:`~yusuan.budget.data.BudgetData` of fiscal year 2020 in 万元
that :func:`yusuan.budget.validate.validate` accepts:

- function 项 codes and economic 款 codes come from the packaged catalog: every code whose
  agreed 2020 name exists, and whose 类 (and 款) parents have one too;
- the 三公 economic 款 (30212 因公出国（境）费, 30217 公务接待费, 31013 公务用车购置) are not
  in the catalog; they are drawn as well, so that 表7 is exercised, with their names (and
  any missing parent) supplied in ``BudgetData.names``, as a 科目名称 sheet would;
- amounts are ``Decimal`` with two decimals, 0.01 … 9999.99;
- basic items, and project items named from a small pool; funding is mostly
  ``general_public_appropriation``, sometimes ``government_fund_appropriation`` (then
  表8 is not empty);
- last-year figures and reasons, procurement, the overall and per-project performance
  targets (indicator trees from small vocabularies), staff and assets.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from hypothesis import strategies as st

from yusuan.budget.data import (
    Assets,
    BudgetData,
    Info,
    LastYear,
    LineItem,
    Procurement,
    Staff,
    TargetRow,
)
from yusuan.catalog.catalog import default_catalog

FISCAL_YEAR = 2020

DEPARTMENTS = (
    "江汉区融媒体中心",
    "武昌区教育局",
    "洪山区文化和旅游局",
    "硚口区城市管理执法局",
    "青山区卫生健康局",
    "汉阳区档案馆",
)
PROJECTS = (
    "江汉宣传",
    "网络舆情监测",
    "信息化平台运行维护",
    "文明创建活动经费",
    "法律顾问服务",
    "设备购置及维护",
)
THREE_PUBLIC_NAMES = {
    "30212": "因公出国（境）费",
    "30217": "公务接待费",
    "31013": "公务用车购置",
}
"""The 三公 economic 款 the catalog lacks, with their 2020 names (部门预算支出经济分类)."""

INDICATOR_TREE = {
    "产出指标": ("数量指标", "质量指标", "时效指标", "成本指标"),
    "效益指标": ("社会效益指标", "可持续影响指标"),
    "满意度指标": ("服务对象满意度指标",),
}
INDICATOR_NAMES = (
    "微信图文发布数",
    "政务微博发布数",
    "视频新闻发布数",
    "业务培训完成数",
    "舆情信息报送数",
    "预算执行率",
    "工作完成及时率",
    "宣传知晓率",
    "社会公众满意度",
    "设备完好率",
    "培训人均成本",
    "文明创建活动次数",
)
TARGET_VALUES = ("≥90%", "100%", "≥80%", "12 次", "≥6 次", "48 条", "及时", "≤190 元/人", "2 部")
REASONS = (
    "人员经费增加",
    "项目经费减少",
    "厉行节约、严控一般性支出",
    "新增宣传任务",
    "单位减少车辆 1 台",
)
LAST_YEAR_THREE_PUBLIC = ("overseas_travel", "official_reception", "car_purchase", "car_operation")

CENT = Decimal("0.01")


@cache
def catalog_codes() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(function 项 codes, personnel economic 款 codes, other economic 款 codes) of the
    packaged catalog whose 2020 names, and their parents', are agreed."""
    catalog = default_catalog()

    def named(classification: str, code: str) -> bool:
        entry = catalog.get(classification, code)  # type: ignore[arg-type]
        return entry is not None and entry.agreed_name(FISCAL_YEAR) is not None

    functions = sorted(
        e.code
        for e in catalog.codes("function")
        if len(e.code) == 7 and all(named("function", e.code[:n]) for n in (3, 5, 7))
    )
    economic = sorted(
        e.code
        for e in catalog.codes("economic")
        if len(e.code) == 5
        and e.code.startswith("3")
        and all(named("economic", e.code[:n]) for n in (3, 5))
    )
    personnel = tuple(c for c in economic if c[:3] in ("301", "303"))
    other = tuple(c for c in economic if c[:3] not in ("301", "303"))
    return tuple(functions), personnel, other


def amounts(low: str = "0.01", high: str = "9999.99") -> st.SearchStrategy[Decimal]:
    """Decimals with two decimals in [low, high]."""
    cents_low, cents_high = int(Decimal(low) / CENT), int(Decimal(high) / CENT)
    return st.integers(cents_low, cents_high).map(lambda c: Decimal(c).scaleb(-2))


@st.composite
def line_items(draw: st.DrawFn, projects: list[str]) -> list[LineItem]:
    """Basic and project items; at least one general-public basic item."""
    functions, personnel, other = catalog_codes()
    economic = st.sampled_from(personnel + other + tuple(THREE_PUBLIC_NAMES))
    function = st.sampled_from(functions)
    funding = st.sampled_from(
        ("general_public_appropriation",) * 4 + ("government_fund_appropriation",)
    )

    def item(expenditure_type: str, project: str | None, forced_funding: str | None) -> LineItem:
        return LineItem(
            function_code=draw(function),
            economic_code=draw(economic),
            expenditure_type=expenditure_type,
            funding=forced_funding or draw(funding),
            amount=draw(amounts()),
            project=project,
        )

    items = [item("basic", None, "general_public_appropriation")]
    items += [item("basic", None, None) for _ in range(draw(st.integers(0, 8)))]
    for project in projects:
        items += [item("project", project, None) for _ in range(draw(st.integers(1, 3)))]
    return items


@st.composite
def indicator_rows(draw: st.DrawFn, project: str | None) -> list[TargetRow]:
    names = draw(st.lists(st.sampled_from(INDICATOR_NAMES), min_size=1, max_size=5, unique=True))
    rows = []
    for name in names:
        level1 = draw(st.sampled_from(sorted(INDICATOR_TREE)))
        rows.append(
            TargetRow(
                project=project,
                level1=level1,
                level2=draw(st.sampled_from(INDICATOR_TREE[level1])),
                name=name,
                target=draw(st.sampled_from(TARGET_VALUES)),
            )
        )
    return rows


@st.composite
def last_years(draw: st.DrawFn) -> LastYear:
    maybe = st.none() | amounts()
    three_public = {
        key: draw(amounts("0.00", "99.99")) for key in LAST_YEAR_THREE_PUBLIC if draw(st.booleans())
    }
    reasons = {
        key: draw(st.sampled_from(REASONS))
        for key in ("total", "basic", "project", *LAST_YEAR_THREE_PUBLIC)
        if draw(st.booleans())
    }
    return LastYear(
        total=draw(maybe),
        basic=draw(maybe),
        project=draw(maybe),
        three_public=three_public,
        reasons=reasons,
    )


@st.composite
def budgets(draw: st.DrawFn) -> BudgetData:
    """A valid :class:`BudgetData` (see the module docstring)."""
    department = draw(st.sampled_from(DEPARTMENTS))
    projects = draw(st.lists(st.sampled_from(PROJECTS), max_size=3, unique=True))
    items = draw(line_items(projects))
    used = {i.economic_code for i in items}
    names = {code: name for code, name in THREE_PUBLIC_NAMES.items() if code in used}
    if "31013" in used:
        names.setdefault("310", "资本性支出")
    targets: list[TargetRow] = []
    if draw(st.booleans()):
        targets += draw(indicator_rows(None))
    for project in projects:
        if draw(st.booleans()):
            targets += draw(indicator_rows(project))
    info = Info(
        department=department,
        fiscal_year=FISCAL_YEAR,
        level=draw(st.sampled_from(("部门", "单位"))),
        is_institution=draw(st.booleans()),
        duties=["承担本部门法定职责。", "承担上级交办的其他事项。"],
        staff=Staff(
            authorised=draw(st.integers(1, 200)),
            in_post=draw(st.integers(1, 200)),
            retired=draw(st.integers(0, 100)),
        ),
        assets=Assets(official_cars=draw(st.integers(0, 5))),
    )
    return BudgetData(
        info=info,
        items=items,
        last_year=draw(last_years()),
        procurement=Procurement(
            goods=draw(amounts("0.00", "999.99")),
            services=draw(amounts("0.00", "999.99")),
            works=draw(amounts("0.00", "999.99")),
        ),
        targets=targets,
        names=names,
    )
