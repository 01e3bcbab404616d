"""N110: a stated share (占 …%) is not the part over the whole."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.audit.rules.corpus_support import corpus_findings
from tests.audit.rules.document_support import findings, only
from tests.factories import figure, make_disclosure
from yusuan.model.disclosure import Disclosure


def _doc(share: str) -> Disclosure:
    # seed line 91: 支出 521.05 万元，其中：基本支出 343.64 万元，占 66%
    return make_disclosure(
        narrative=[
            figure("total_expenditure", "521.05", line=91),
            figure(
                "basic_expenditure",
                "343.64",
                line=91,
                part_of="total_expenditure",
                share=share,
                share_of="total_expenditure",
            ),
        ]
    )


def test_seed_share_holds() -> None:
    assert findings("N110", _doc("66")) == []  # 65.95% → 66


def test_wrong_share() -> None:
    f = only("N110", _doc("65"))
    assert (f.expected, f.found) == (Decimal("66"), Decimal("65"))
    assert f.message == (
        "说明所述占比 65%，343.64 / 部门预算支出 521.05 = 65.95%，按所印精度应为 66%"
    )


def test_seed(seed: Disclosure) -> None:
    assert findings("N110", seed) == []


def test_share_of_a_base_other_than_the_whole_found_is_skipped() -> None:
    # "占‘三公’经费的 22%" of a 三公 item read as a share of total_expenditure 3.00: 183.6 > 3
    doc = make_disclosure(
        narrative=[
            figure("total_expenditure", "3.00", line=90),
            figure("basic_expenditure", "183.6", line=91, share="22", share_of="total_expenditure"),
        ]
    )
    assert findings("N110", doc) == []


# Real documents (../shared/corpus/real), each share checked on the page.


def _shares(shared_dir: Path, *names: str) -> list[tuple[object, object, str, int | None]]:
    return [
        (f.expected, f.found, f.severity.value, f.place.source.page if f.place.source else None)
        for f in corpus_findings(shared_dir, "N110", *names)
    ]


def test_corpus_real_wrong_shares(shared_dir: Path) -> None:
    # procuratorate 2017 p22: 三公 110 + 317.8 + 156.55 = 584.35; "317.8 万元，占…54.43%"
    # (54.3852%) and "156.55 万元，占…26.72%" (26.7905%)
    assert _shares(shared_dir, "jiangsu_procuratorate_2017_budget.pdf") == [
        (Decimal("54.39"), Decimal("54.43"), "error", 22),
        (Decimal("26.79"), Decimal("26.72"), "error", 22),
    ]
    # putuo finance 2024 final p21: 一般公共服务支出（类）2106.66 万元，占 71.73% of 2940.05
    assert _shares(shared_dir, "shanghai-putuo_finance_2024_final.pdf") == [
        (Decimal("71.65"), Decimal("71.73"), "error", 21)
    ]
    # planning resources 2024 final p21: 9746.50 万元，占本年支出合计 9759.38 的 99.86%
    # (99.8680%: cut off, not rounded, so a warning)
    found = corpus_findings(shared_dir, "N110", "shanghai-putuo_planning-resources_2024_final.pdf")
    assert _shares(shared_dir, "shanghai-putuo_planning-resources_2024_final.pdf") == [
        (Decimal("99.87"), Decimal("99.86"), "warning", 21)
    ]
    assert found[0].message.endswith("所印数值为截尾取值，未按四舍五入")


def test_corpus_share_plugged_to_a_hundred_is_rounding(shared_dir: Path) -> None:
    # social work 2024 final p18: 86.05% + 3.52% + 0.88% + 9.55% = 100%; 29.42 / 307.82 is
    # 9.5575% (9.56%), set to 9.55 so the list adds up
    found = corpus_findings(shared_dir, "N110", "shanghai-putuo_social-work_2024_final.pdf")
    assert [(f.expected, f.found, f.severity.value, f.rounding) for f in found] == [
        (Decimal("9.56"), Decimal("9.55"), "info", True)
    ]
    # SWU 2023 budget p11: 41.43 + 21.95 + 9.02 + 10.76 + 16.84 = 100; 上年结转 93,801.70 /
    # 557,259.13 = 16.8327%
    found = corpus_findings(shared_dir, "N110", "chongqing_swu_2023_budget.pdf")
    assert [(f.found, f.rounding) for f in found] == [(Decimal("16.84"), True)]


@pytest.mark.parametrize("name", ["chongqing_swu_2023_final.pdf", "chongqing_swu_2024_final.pdf"])
def test_corpus_share_of_the_appropriation(shared_dir: Path, name: str) -> None:
    # p17 "财政拨款支出总计为 237,100.00 万元，其中基本支出 199,015.13 万元，占总支出的 83.94%":
    # the 总支出 of the appropriation's breakdown is the appropriation
    assert corpus_findings(shared_dir, "N110", name) == []
