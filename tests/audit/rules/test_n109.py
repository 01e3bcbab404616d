"""N109: the stated 增长率 is not the change over last year's amount."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.audit.rules.corpus_support import corpus_findings
from tests.audit.rules.document_support import findings, only
from tests.factories import figure, make_disclosure
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure


def _total_budget(amount: str, last_year: str, change: str, rate: str) -> Disclosure:
    fig = figure(
        "total_budget",
        amount,
        last_year=last_year,
        change=change,
        direction="增加",
        growth_rate=rate,
    )
    return make_disclosure(narrative=[fig])


def _total(rate: str) -> Disclosure:
    return _total_budget("521.05", "472.73", "48.32", rate)  # the seed's 总预算


def _basic(rate: str) -> Disclosure:
    # seed line 106: 基本支出 343.64，较 2019 年预算增加 1.38 万元，增长 0.4% (no last year)
    fig = figure("basic_expenditure", "343.64", change="1.38", direction="增加", growth_rate=rate)
    return make_disclosure(narrative=[fig])


def test_seed_rates_hold_at_printed_precision() -> None:
    assert findings("N109", _total("10")) == []  # 48.32 / 472.73 = 10.22% → 10
    assert findings("N109", _basic("0.4")) == []  # 1.38 / 342.26 = 0.403% → 0.4


def test_wrong_rate() -> None:
    f = only("N109", _total("12"))
    assert (f.expected, f.found) == (Decimal("10"), Decimal("12"))
    assert f.message == (
        "说明所述增长率 12%，增减额 48.32 / 上年 472.73 = 10.22%，按所印精度应为 10%"
    )


def _procuratorate(rate: str) -> Disclosure:
    # procuratorate 2019 p25: 24169.74 万元，"增加 2228.78 万元，增长 10.15%" of 21940.96
    return _total_budget("24169.74", "21940.96", "2228.78", rate)


def test_rate_cut_off_instead_of_rounded_is_a_warning() -> None:
    f = only("N109", _procuratorate("10.15"))  # 2228.78 / 21940.96 = 10.1581% → 10.16
    assert (f.severity, f.expected, f.found) == (
        Severity.WARNING,
        Decimal("10.16"),
        Decimal("10.15"),
    )
    assert f.message.endswith("；所印数值为截尾取值，未按四舍五入")


def test_rate_below_the_cut_off_value_is_an_error() -> None:
    f = only("N109", _procuratorate("10.14"))
    assert (f.severity, f.expected, f.found) == (Severity.ERROR, Decimal("10.16"), Decimal("10.14"))
    assert "截尾" not in f.message


def test_rate_derived_from_change_only() -> None:
    f = only("N109", _basic("0.5"))
    assert (f.expected, f.found) == (Decimal("0.4"), Decimal("0.5"))


def test_seed(seed: Disclosure) -> None:
    assert findings("N109", seed) == []


# Real documents (../shared/corpus/real), each rate checked on the page.


def _rates(shared_dir: Path, *names: str) -> list[tuple[object, object, int | None]]:
    return [
        (f.expected, f.found, f.place.source.page if f.place.source else None)
        for f in corpus_findings(shared_dir, "N109", *names)
        if f.severity is Severity.ERROR
    ]


def _cut_off(shared_dir: Path, *names: str) -> list[tuple[object, object, int | None]]:
    return [
        (f.expected, f.found, f.place.source.page if f.place.source else None)
        for f in corpus_findings(shared_dir, "N109", *names)
        if f.severity is Severity.WARNING and f.message.endswith("所印数值为截尾取值，未按四舍五入")
    ]


def test_corpus_procuratorate_2019(shared_dir: Path) -> None:
    # p25 "增加 2214.39 万元，增长 10.06%" (2214.39 / 21955.35 = 10.0859%); p26 项目支出
    # 6810.7, "减少 1237.7 万元，减少 13.22%" of 5573.0 (22.2089%); 24,169.74 "增加 2228.78
    # 万元，增长 10.15%" (10.1581%, printed cut off, four times); 35.77% (35.7774%, cut off);
    # p29 34.38% (368.97 / 1073.77 = 34.3621%). The cut-off ones are warnings.
    assert _rates(shared_dir, "jiangsu_procuratorate_2019_budget.pdf") == [
        (Decimal("10.09"), Decimal("10.06"), 25),
        (Decimal("22.21"), Decimal("13.22"), 26),
        (Decimal("34.36"), Decimal("34.38"), 29),
    ]
    assert _cut_off(shared_dir, "jiangsu_procuratorate_2019_budget.pdf") == [
        (Decimal("10.16"), Decimal("10.15"), 25),
        (Decimal("10.16"), Decimal("10.15"), 27),
        (Decimal("10.16"), Decimal("10.15"), 27),
        (Decimal("35.78"), Decimal("35.77"), 27),
        (Decimal("10.16"), Decimal("10.15"), 29),
    ]


def test_corpus_single_wrong_rates(shared_dir: Path) -> None:
    # party office 2017 p8: 行政运行 6106.99 万元，增加 101.48 万元，增长 1.66% (1.6898%)
    assert _rates(
        shared_dir,
        "jiangsu_party-office_2017_budget.pdf",
        "jiangsu_party-office_2017_budget-tables.pdf",
    ) == [(Decimal("1.69"), Decimal("1.66"), 8)]
    # high court 2018 p19: 6049.97 万元，减少 392.92 万元，减少 5.95% (392.92 / 6442.89)
    assert _rates(shared_dir, "jiangsu_highcourt_2018_budget.pdf") == [
        (Decimal("6.10"), Decimal("5.95"), 19)
    ]
    # wanli street 2023 p6 item 3: 11.67 → 45.41 万元, "增加 314.82%" (289.1174%)
    assert _rates(shared_dir, "shanghai-putuo_wanli-street_2023_budget.pdf") == [
        (Decimal("289.12"), Decimal("314.82"), 6)
    ]
