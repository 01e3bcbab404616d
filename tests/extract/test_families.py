"""Table-set families on real corpus PDFs: the kinds recognised and amounts checked by hand.

Amounts were read off the page images (jiangsu_procuratorate_2019 p14, rendered with
pdftoppm) or off the PDF's text layer at the page given; each test skips without ../shared.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from yusuan.extract import extract
from yusuan.extract.families import (
    ExtraTable,
    detect_family,
    family_of_titles,
    family_title,
    family_title_of_words,
)
from yusuan.extract.table_titles import title_words
from yusuan.model.disclosure import Disclosure, DocumentKind
from yusuan.model.tables import Section, TableFamily, TableKind
from yusuan.read import read_document
from yusuan.read.document import Document, Paragraph
from yusuan.read.location import SourceLocation

ALL = [kind.value for kind in TableKind]


@cache
def _load(path: Path) -> Disclosure:
    return extract(read_document(path))


def load(shared_dir: Path, name: str) -> Disclosure:
    return _load(shared_dir / "corpus" / "real" / name)


@pytest.mark.parametrize(
    ("name", "family", "kinds", "extras"),
    [
        ("jiangsu_procuratorate_2019_budget.pdf", TableFamily.JIANGSU, ALL, 4),
        ("jiangsu_cppcc-office_2019_budget-tables.pdf", TableFamily.JIANGSU, ALL, 4),
        ("jiangsu_party-office_2017_budget-tables.pdf", TableFamily.JIANGSU, ALL, 4),
        ("shanghai_finance-bureau_2025_budget.pdf", TableFamily.SHANGHAI, ALL, 1),
        ("shanghai-putuo_finance_2024_final.pdf", TableFamily.FINAL_ACCOUNT, ALL, 1),
        ("chongqing_swu_2024_budget.pdf", TableFamily.UNIVERSITY, ["T1", "T2", "T3", "T5"], 0),
        ("chongqing_swu_2024_final.pdf", TableFamily.UNIVERSITY, ["T1", "T2", "T3", "T5"], 0),
    ],
)
def test_family_and_recognised_kinds(
    shared_dir: Path, name: str, family: TableFamily, kinds: list[str], extras: int
) -> None:
    doc = load(shared_dir, name)
    assert doc.family is family
    assert sorted(kind.value for kind in doc.tables) == kinds
    # 机关运行经费 / 政府采购 / 国有资本经营 / Jiangsu 05–06: recognised, kept, not mapped
    assert sum(1 for block in doc.unrecognised if block.kind == "extra_table") == extras


def test_jiangsu_income_and_purpose_rows(shared_dir: Path) -> None:
    t1 = load(shared_dir, "jiangsu_procuratorate_2019_budget.pdf").tables[TableKind.T1]
    # p14 image: 一、财政拨款 24,169.74; 收入合计 24,169.74; 一、基本支出 15,844.04;
    # 四、公共安全支出 16,593.12; 当年支出小计 24,169.74 (printed at the end of its span)
    assert t1.row_by_key("appropriation", Section.INCOME).value("amount") == Decimal("24169.74")  # type: ignore[union-attr]
    assert t1.row_by_key("income_total", Section.INCOME).value("amount") == Decimal("24169.74")  # type: ignore[union-attr]
    assert t1.row_by_key("basic_expenditure").value("amount") == Decimal("15844.04")  # type: ignore[union-attr]
    subtotal = t1.row_by_key("expenditure_subtotal", Section.FUNCTION)
    assert subtotal is not None and subtotal.value("amount") == Decimal("24169.74")
    security = next(r for r in t1.rows if r.label == "四、公共安全支出")
    assert security.section is Section.FUNCTION and security.value("amount") == Decimal("16593.12")


def test_jiangsu_tables_volume_values(shared_dir: Path) -> None:
    doc = load(shared_dir, "jiangsu_cppcc-office_2019_budget-tables.pdf")
    t1 = doc.tables[TableKind.T1]
    # p1: 三、其他资金 80.00, 当年收入小计 13,377.11
    assert t1.row_by_key("other_funds", Section.INCOME).value("amount") == Decimal("80.00")  # type: ignore[union-attr]
    assert t1.row_by_key("income_subtotal", Section.INCOME).value("amount") == Decimal("13377.11")  # type: ignore[union-attr]
    # p9: “三公”经费 小计 660.10, 因公出国（境）费 106.00 (会议费/培训费 columns not mapped)
    t7 = doc.tables[TableKind.T7]
    assert t7.row_by_key("three_public_total").value("amount") == Decimal("660.10")  # type: ignore[union-attr]
    assert t7.row_by_key("overseas_travel").value("amount") == Decimal("106.00")  # type: ignore[union-attr]


def test_final_account_columns(shared_dir: Path) -> None:
    doc = load(shared_dir, "shanghai-putuo_finance_2024_final.pdf")
    assert doc.kind is DocumentKind.FINAL_ACCOUNT
    t1 = doc.tables[TableKind.T1]
    assert t1.columns == {"final": "决算数"}
    # p6: 一、一般公共预算财政拨款收入 2,940.05 (决算数)
    row = t1.row_by_key("general_public_appropriation", Section.INCOME)
    assert row is not None and row.value("final") == Decimal("2940.05")
    # p18: 三公 预算数 | 决算数 per item; 合计 预算数 0.95, 决算数 blank
    t7 = doc.tables[TableKind.T7]
    total = t7.row_by_key("three_public_total")
    assert total is not None and total.value("amount") == Decimal("0.95")
    assert total.value("final") is None


def test_university_final_table_4(shared_dir: Path) -> None:
    doc = load(shared_dir, "chongqing_swu_2024_final.pdf")
    assert doc.kind is DocumentKind.FINAL_ACCOUNT
    t5 = doc.tables[TableKind.T5]
    # p14 表4：合计 266,783.56 = 基本支出 209,899.51 + 项目支出 56,884.05
    total = t5.row_by_key("total")
    assert total is not None
    assert total.value("total") == Decimal("266783.56")
    assert total.value("basic") == Decimal("209899.51")
    assert total.value("project") == Decimal("56884.05")


def test_shanghai_amounts_in_yuan(shared_dir: Path) -> None:
    t1 = load(shared_dir, "shanghai_finance-bureau_2025_budget.pdf").tables[TableKind.T1]
    assert t1.unit is not None and t1.unit.value == "元"
    # p7: 1、一般公共预算资金 171,915,169
    row = t1.row_by_key("general_public_appropriation", Section.INCOME)
    assert row is not None and row.value("amount") == Decimal("171915169")


def test_jiangsu_income_by_fund_type(shared_dir: Path) -> None:
    t2 = load(shared_dir, "jiangsu_cppcc-office_2019_budget-tables.pdf").tables[TableKind.T2]
    # p2: 收入总计 13,377.11; 一般公共预算资金 小计 13,297.11; 其他资金 小计 80.00 of which
    # 其他收入 80.00 (an item line, a part of its category, no key)
    assert t2.row_by_key("total").value("amount") == Decimal("13377.11")  # type: ignore[union-attr]
    general = t2.row_by_key("general_public_appropriation")
    assert general is not None and general.value("amount") == Decimal("13297.11")
    assert general.label == "一般公共预算资金 小计"
    other = next(r for r in t2.rows if r.label == "其他收入")
    assert other.key is None and other.value("amount") == Decimal("80.00")


def test_welfare_home_prints_a_truncated_code(shared_dir: Path) -> None:
    t3 = load(shared_dir, "shanghai-putuo_welfare-home_2024_budget.pdf").tables[TableKind.T3]
    # p9 image: the 事业单位医疗 row prints 类 "7" (for 210) | 11 | 02 — a real error in the
    # document; joined under the remembered 类 210 it reads 21071102, which C104 reports
    row = next(r for r in t3.rows if r.name == "事业单位医疗")
    assert row.label == "7 11 02 事业单位医疗"
    assert row.code == "21071102"


def test_jiangsu_2018_three_public_and_expenditure_totals(shared_dir: Path) -> None:
    doc = load(shared_dir, "jiangsu_highcourt_2018_budget.pdf")
    # p14 image: 合计 2,558.26 (with 会议费 271.26, 培训费 1,666.25); “三公” 小计 620.75,
    # 因公出国（境）费 170.00, 公务用车运行维护费 266.80, 公务接待费 183.95
    t7 = doc.tables[TableKind.T7]
    values = {r.key: r.value("amount") for r in t7.rows if r.key}
    assert values["three_public_total"] == Decimal("620.75")
    assert values["overseas_travel"] == Decimal("170.00")
    assert values["car_operation"] == Decimal("266.80")
    assert values["official_reception"] == Decimal("183.95")
    # p10 image: 支出预算总表 33,172.15 = 18,570.82 + 11,343.27 + 3,258.06 (预留机动经费)
    total = doc.tables[TableKind.T3].row_by_key("total")
    assert total is not None
    assert total.value("total") == Decimal("33172.15")
    assert total.value("basic") == Decimal("18570.82")
    assert total.value("project") == Decimal("11343.27")
    assert total.value("reserve") == Decimal("3258.06")


# --- without ../shared: family detection and title mapping on hand-made lines -------------


def _document(*lines: str) -> Document:
    location = SourceLocation(file="made.txt", line=1)
    return Document(
        path="made.txt",
        format="text",
        blocks=[Paragraph(text=line, location=location) for line in lines],
    )


@pytest.mark.parametrize(
    ("lines", "family"),
    [
        (("2020 年部门收支预算总表", "2020 年一般公共预算“三公”经费支出表"), TableFamily.NATIONAL),
        (("公开01表", "收支预算总表"), TableFamily.JIANGSU),
        (("九、一般公共预算“三公”经费、会议费、培训费支出预算表",), TableFamily.JIANGSU),
        (("2025年部门财务收支预算总表",), TableFamily.SHANGHAI),
        (("2024年预算单位一般公共预算支出功能分类预算表",), TableFamily.SHANGHAI),
        (("收入支出决算总表", "财政拨款“三公”经费支出决算表"), TableFamily.FINAL_ACCOUNT),
        (("表1：高等学校收支决算总表",), TableFamily.UNIVERSITY),
        (("西南大学收支预算总表", "西南大学财政拨款支出预算表"), TableFamily.UNIVERSITY),
    ],
)
def test_detect_family(lines: tuple[str, ...], family: TableFamily) -> None:
    assert detect_family(_document(*lines)) is family


@pytest.mark.parametrize(
    ("family", "title", "kind"),
    [
        (TableFamily.JIANGSU, "公开07表 一般公共预算支出预算表（功能科目）", TableKind.T5),
        (TableFamily.JIANGSU, "一般公共预算基本支出预算表（经济科目）", TableKind.T6),
        (TableFamily.JIANGSU, "财政拨款政府性基金支出预算表", TableKind.T8),
        (TableFamily.JIANGSU, "财政拨款收支预算总表", TableKind.T4),
        (TableFamily.JIANGSU, "收入预算总表", TableKind.T2),
        (TableFamily.SHANGHAI, "2025年部门“三公”经费和机关运行经费预算表", TableKind.T7),
        (
            TableFamily.SHANGHAI,
            "2025年部门一般公共预算基本支出部门预算经济分类预算表",
            TableKind.T6,
        ),
        (TableFamily.SHANGHAI, "2025年部门政府性基金预算支出功能分类预算表", TableKind.T8),
        (TableFamily.FINAL_ACCOUNT, "一般公共预算财政拨款基本支出决算表", TableKind.T6),
        (TableFamily.FINAL_ACCOUNT, "财政拨款收入支出决算总表", TableKind.T4),
        (TableFamily.FINAL_ACCOUNT, "收入决算表", TableKind.T2),
        (TableFamily.UNIVERSITY, "表4：高等学校财政拨款支出决算表", TableKind.T5),
        (TableFamily.UNIVERSITY, "西南大学支出预算表", TableKind.T3),
    ],
)
def test_family_title_kinds(family: TableFamily, title: str, kind: TableKind) -> None:
    assert family_title(family, title) is kind


@pytest.mark.parametrize(
    ("family", "title"),
    [
        (TableFamily.JIANGSU, "财政拨款支出预算表（功能科目）"),
        (TableFamily.JIANGSU, "财政拨款基本支出预算表（经济科目）"),
        (TableFamily.JIANGSU, "一般公共预算机关运行经费支出预算表"),
        (TableFamily.JIANGSU, "2019年政府采购预算表"),
        (TableFamily.SHANGHAI, "2025年部门国有资本经营预算支出功能分类预算表"),
        (TableFamily.FINAL_ACCOUNT, "国有资本经营预算财政拨款收入支出决算表"),
    ],
)
def test_family_extra_tables(family: TableFamily, title: str) -> None:
    assert isinstance(family_title(family, title), ExtraTable)


def test_university_charts_and_targets_are_no_titles() -> None:
    assert family_title(TableFamily.UNIVERSITY, "预算支出情况构成表") is None
    assert family_title(TableFamily.UNIVERSITY, "236教师工作专项项目绩效目标表") is None


def test_empty_table_note_inside_the_grid(shared_dir: Path) -> None:
    t8 = load(shared_dir, "jiangsu_procuratorate_2019_budget.pdf").tables[TableKind.T8]
    # p20: 政府性基金预算财政拨款支出预算表 prints 合 计 (blank) and 此表为空 in its grid
    assert t8.is_empty
    assert t8.note is not None and t8.note.startswith("此表为空")
    assert [row.key for row in t8.rows] == ["total"]


def test_shanghai_operating_expenses_beside_three_public(shared_dir: Path) -> None:
    t7 = load(shared_dir, "shanghai_finance-bureau_2025_budget.pdf").tables[TableKind.T7]
    keys = [row.key for row in t7.rows]
    assert "administrative_operating_expenses" in keys and None not in keys


def test_family_from_title_words_agrees_with_the_document() -> None:
    lines = ("公开01表", "2019年部门收支预算总表")
    words = [w for w in (title_words(line) for line in lines) if w is not None]
    assert family_of_titles(words) is TableFamily.JIANGSU is detect_family(_document(*lines))
    assert family_title_of_words(TableFamily.NATIONAL, "2020年部门收支预算总表") is TableKind.T1
    assert family_title_of_words(TableFamily.JIANGSU, "2019年部门项目支出绩效目标表") is None
