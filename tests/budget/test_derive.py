"""Tables derived from line items satisfy the standard identities by construction."""

from __future__ import annotations

from decimal import Decimal

from yusuan.budget.data import BudgetData, Info, LineItem
from yusuan.budget.derive import derive_tables
from yusuan.model.tables import Section, TableKind

NAMES = {
    "207": "文化旅游体育与传媒支出",
    "20708": "广播电视",
    "2070805": "电视",
    "208": "社会保障和就业支出",
    "20805": "行政事业单位养老支出",
    "2080502": "事业单位离退休",
    "301": "工资福利支出",
    "30101": "基本工资",
    "302": "商品和服务支出",
    "30231": "公务用车运行维护费",
    "30201": "办公费",
    "303": "对个人和家庭的补助",
    "30302": "退休费",
}


def item(
    function: str, economic: str, kind: str, amount: str, project: str | None = None
) -> LineItem:
    return LineItem(
        function_code=function,
        economic_code=economic,
        expenditure_type=kind,  # type: ignore[arg-type]
        funding="general_public_appropriation",
        amount=Decimal(amount),
        project=project,
    )


def small_budget() -> BudgetData:
    return BudgetData(
        info=Info(department="测试中心", fiscal_year=2020),
        items=[
            item("2070805", "30101", "basic", "51.92"),
            item("2070805", "30231", "basic", "3.00"),
            item("2070805", "30201", "project", "20.00", "江汉宣传"),
            item("2080502", "30302", "basic", "31.03"),
        ],
    )


def test_tables_from_line_items() -> None:
    tables = derive_tables(small_budget(), NAMES.__getitem__)
    t5 = tables[TableKind.T5]
    total = t5.row_by_key("total")
    assert total is not None
    assert (total.value("total"), total.value("basic"), total.value("project")) == (
        Decimal("105.95"),
        Decimal("85.95"),
        Decimal("20.00"),
    )
    tv = t5.row_by_code("2070805")
    assert tv is not None and tv.name == "电视" and tv.value("basic") == Decimal("54.92")
    t6 = tables[TableKind.T6]
    t6_total = t6.row_by_key("total")
    assert t6_total is not None
    assert t6_total.value("personnel") == Decimal("82.95")  # 301 + 303
    assert t6_total.value("public") == Decimal("3.00")
    t1 = tables[TableKind.T1]
    economic_302 = t1.row_by_code("302", Section.ECONOMIC)
    assert economic_302 is not None and economic_302.value("amount") == Decimal("23.00")
    t7 = tables[TableKind.T7]
    car = t7.row_by_key("car_operation")
    assert car is not None and car.value("amount") == Decimal("3.00")
    assert tables[TableKind.T8].rows == []
    assert tables[TableKind.T8].note is not None and "无政府性基金" in tables[TableKind.T8].note
