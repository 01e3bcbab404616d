"""Narrative extraction on synthetic paragraphs: phrasings real documents use besides the seed's."""

from __future__ import annotations

from decimal import Decimal

from yusuan.extract.narrative import extract_narrative
from yusuan.extract.result import NarrativeResult
from yusuan.model.amount import Unit
from yusuan.model.narrative import NarrativeFigure
from yusuan.read.text import parse_text


def read(body: str, *, title: str = "某某区财政局 2021 年部门预算") -> NarrativeResult:
    return extract_narrative(parse_text(f"{title}\n\n{body}\n", "synthetic.txt"))


def figure(result: NarrativeResult, key: str) -> NarrativeFigure:
    [found] = [f for f in result.figures if f.key == key]
    return found


def test_decrease_rate_stays_positive() -> None:
    result = read(
        "二、收支预算总体安排情况\n\n2021 年部门预算支出 1,234.50 万元，比上年减少 67.72 万元，下降 5.2%。"
    )
    total = figure(result, "total_expenditure")
    assert (str(total.amount), total.text) == ("1234.50", "1,234.50 万元")
    assert (total.change, total.direction, total.growth_rate) == (
        Decimal("67.72"),
        "减少",
        Decimal("5.2"),
    )
    assert total.last_year_label == "比上年"


def test_amount_in_yuan_with_thousands_separators_and_rate_without_space() -> None:
    result = read("2021 年“三公”经费预算 125,000.00 元，比上年增长12.50%。")
    three = figure(result, "three_public.total")
    assert (str(three.amount), three.unit) == ("125000.00", Unit.YUAN)
    assert (three.growth_rate, three.direction, three.change) == (Decimal("12.50"), "增加", None)
    assert str(three.growth_rate) == "12.50"


def test_flat_year_on_year() -> None:
    result = read("（二）公务接待费\n\n公务接待费 2.00 万元，同比持平。")
    reception = figure(result, "three_public.reception")
    assert (str(reception.amount), reception.direction, reception.change) == ("2.00", "持平", None)
    assert reception.section == "（二）公务接待费"


def test_last_year_amount_before_change_full_width_punctuation() -> None:
    result = read("2021年部门收入预算300.00万元，较2020年预算200.00万元增加100.00万元，增长50%。")
    income = figure(result, "total_income")
    assert (income.amount, income.last_year, income.change, income.growth_rate) == (
        Decimal("300.00"),
        Decimal("200.00"),
        Decimal("100.00"),
        Decimal("50"),
    )
    assert income.last_year_label == "较2020年预算"


def test_income_sources_after_qizhong_with_semicolons() -> None:
    # Shanghai phrasing: one sentence, sources separated by semicolons.
    result = read(
        "2021年，某某区财政局收入预算15621.11万元，其中：财政拨款收入15621.11万元，"
        "比2020年预算减少876.75万元；事业收入0.00万元；其他收入0.00万元。"
    )
    assert figure(result, "total_income").amount == Decimal("15621.11")
    service = figure(result, "income.service_revenue")
    other = figure(result, "income.other_revenue")
    assert (str(service.amount), service.part_of) == ("0.00", "total_income")
    assert (str(other.amount), other.part_of) == ("0.00", "total_income")


def test_rate_against_last_year_execution_keeps_comparison_label() -> None:
    result = read("（一）项目支出 25.77 万元，比2020年预算执行数减少57.14%。")
    project = figure(result, "project_expenditure")
    assert (project.growth_rate, project.direction) == (Decimal("57.14"), "减少")
    assert project.last_year_label == "比2020年预算执行数"


def test_inline_function_list_and_share_of_named_whole() -> None:
    result = read(
        "按支出功能分类科目：一般公共服务支出 100.00 万元，教育支出 50.00 万元。\n\n"
        "基本支出 80.00 万元，占总支出的 53.3%。"
    )
    names = [(f.name, f.amount) for f in result.figures if f.key == "function"]
    assert names == [("一般公共服务支出", Decimal("100.00")), ("教育支出", Decimal("50.00"))]
    basic = figure(result, "basic_expenditure")
    assert (basic.share, basic.share_of) == (Decimal("53.3"), "total_expenditure")


def test_bare_label_takes_its_key_from_the_section() -> None:
    result = read("（三）公务用车购置及运行维护费\n\n预算安排 12.00 万元，与上年持平。")
    cars = figure(result, "three_public.cars")
    assert (cars.amount, cars.direction) == (Decimal("12.00"), "持平")


def test_unknown_label_gives_no_figure() -> None:
    result = read("二、基本情况\n\n单位收到捐赠 3 万元。")
    assert result.figures == []


def test_final_account_title_year_first() -> None:
    result = read("一、部门基本情况", title="2021年某某区教育局部门决算")
    assert (result.fiscal_year, result.department, result.is_final_account) == (
        2021,
        "某某区教育局",
        True,
    )


def test_counts_in_chinese_numerals_and_staff_kinds_summed() -> None:
    result = read(
        "(二) 部门预算单位构成情况\n\n本部门内设五个机构。\n\n"
        "(三) 人员情况\n\n本部门行政编制 10 人，事业编制 5 人，实有在职人员 14 人，退休人员 3 人，离休人员 1 人。"
    )
    assert [(c.key, c.value) for c in result.counts] == [("internal_units", 5)]
    staff = result.staff
    assert staff is not None
    assert (staff.authorised, staff.in_post, staff.retired) == (15, 14, 3)
    assert staff.extra == {"行政编制": 10, "事业编制": 5, "离休": 1}


def test_no_three_public_flag() -> None:
    result = read("本单位 2021 年没有安排“三公”经费预算。")
    assert [f.key for f in result.flags] == ["no_three_public"]


def test_listed_siblings_then_details_open_no_breakdown() -> None:
    # Jiangsu phrasing: three parts listed with shares, then one numbered item per part.
    result = read(
        "九、“三公”经费支出预算情况说明\n\n"
        "2021 年度“三公”经费预算支出中，因公出国（境）费支出80万元，占“三公”经费的19.1%；"
        "公务用车购置及运行费支出237万元，占“三公”经费的56.7%。具体情况如下：\n\n"
        "1．因公出国（境）费预算支出80万元，比上年预算减少20万元。\n\n"
        "2．公务用车购置及运行费预算支出237万元。其中：\n\n"
        "公务用车运行维护费预算支出237万元，比上年预算减少30.8万元。"
    )
    listed, item = [f for f in result.figures if f.key == "three_public.overseas_travel"]
    assert (listed.share, listed.share_of, listed.part_of) == (
        Decimal("19.1"),
        "three_public.total",
        None,
    )
    assert (item.change, item.direction, item.part_of) == (Decimal("20"), "减少", None)
    operation = figure(result, "three_public.car_operation")
    assert (operation.part_of, operation.change) == ("three_public.cars", Decimal("30.8"))


def test_restated_amount_keeps_rate_on_its_figure() -> None:
    # Shanghai phrasing: a function line restated with last year's execution and a rate.
    result = read(
        "1.“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元，主要用于专项普查活动。"
        "2020年当年预算执行数为60.13万元，2021年预算安排25.77万元，比2020年预算执行数减少57.14%。"
    )
    [line] = result.figures
    assert line.key == "function"
    assert line.name == "一般公共服务支出(类)统计信息事务(款)专项普查活动(项)"
    assert (line.last_year, line.growth_rate, line.direction) == (
        Decimal("60.13"),
        Decimal("57.14"),
        "减少",
    )


def test_earlier_year_inside_a_reason_is_not_last_year() -> None:
    result = read(
        "项目支出预算数为4335.3万元。与上年相比减少了1237.7万元，减少13.22%。"
        "主要原因是纳入2020年预算管理的700万元培训费收入不再安排。"
    )
    project = figure(result, "project_expenditure")
    assert (project.change, project.direction, project.growth_rate) == (
        Decimal("1237.7"),
        "减少",
        Decimal("13.22"),
    )
    assert project.last_year is None


def test_procurement_parts_and_sme_reservation() -> None:
    result = read(
        "十二、政府采购支出预算情况说明\n\n"
        "2021年度政府采购支出预算总额2744.84万元，其中：拟采购货物支出303.4万元、拟购买服务支出2441.44万元。\n\n"
        "2021年本部门面向中小企业预留政府采购项目预算金额664.98万元。"
    )
    parts = [(f.key, f.amount, f.part_of) for f in result.figures]
    assert parts == [
        ("procurement.total", Decimal("2744.84"), None),
        ("procurement.goods", Decimal("303.4"), "procurement.total"),
        ("procurement.services", Decimal("2441.44"), "procurement.total"),
    ]


def test_title_broken_over_cover_lines_with_date_and_unit_line() -> None:
    text = "西南大学\n\n2024年度部门预算\n\n2024年4月\n\n预算单位：西南大学（本级）\n\n目录\n\n一、学校基本情况\n\n一、学校基本情况\n\n西南大学是教育部直属高校。"
    result = extract_narrative(parse_text(text, "cover.txt"))
    assert (result.title, result.fiscal_year, result.is_final_account) == (
        "西南大学2024年度部门预算",
        2024,
        False,
    )
    assert result.department == "西南大学（本级）"


def test_tables_only_file_has_no_title() -> None:
    result = extract_narrative(
        parse_text("公开01表\n\n收支预算总表\n\n项目\t预算数\n合计\t1.00\n", "t.txt")
    )
    assert (result.title, result.department, result.fiscal_year) == (None, None, None)


def test_amounts_in_a_reason_are_ignored() -> None:
    result = read(
        "2.人大事务（款）一般行政管理事务（项）支出2340.35万元，与上年相比减少128.43万元，减少5.20%。"
        "主要原因是上年度列入此项的预留机动经费128.43万元本年度调入行政运行项。"
    )
    [line] = result.figures
    assert (line.change, line.growth_rate, line.last_year) == (
        Decimal("128.43"),
        Decimal("5.20"),
        None,
    )


def test_staff_total_before_breakdown_by_kind() -> None:
    result = read(
        "本部门有38个处室，编制338名，其中行政编制200名、行政附属编制104名、事业编制34名。"
    )
    staff = result.staff
    assert staff is not None
    assert staff.authorised == 338
    assert staff.extra == {"行政编制": 200, "行政附属编制": 104, "事业编制": 34}


def test_counts_flags_and_staff_found_when_their_words_are_spaced_or_quoted() -> None:
    # sentences are kept for counts, flags and staff by their compacted words, so a word
    # printed with spaces or quotes inside still counts
    result = read(
        "(三) 人员情况\n\n本单位共有行政编 制 12 人，在 职 10 人，退 休 3 人。\n\n"
        "六、其他重要事项说明\n\n截至 2020 年底，单位共有公务用 车 2 辆。"
        "本单位没有使用“政府性基金”预算拨款安排的支出。"
    )
    counts = {(c.key, c.value) for c in result.counts}
    assert counts == {("official_cars", 2)}
    assert [f.key for f in result.flags] == ["no_government_fund"]
    assert result.staff is not None
    assert (result.staff.authorised, result.staff.in_post, result.staff.retired) == (12, 10, 3)
    assert result.staff.extra == {"行政编制": 12}


def test_statement_patterns_hold_the_words_sentences_are_kept_by() -> None:
    from yusuan.extract.narrative_statements import COUNT_PATTERNS, FLAG_PATTERNS, FLAG_REGEXES

    assert all(required in pattern for _, required, pattern in COUNT_PATTERNS)
    assert all(required in pattern for _, required, pattern in FLAG_REGEXES)
    assert all(groups and all(groups) for _, groups in FLAG_PATTERNS)
