"""Q107: the stated direction contradicts the figures."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only
from tests.factories import figure, make_disclosure
from yusuan.model.disclosure import Disclosure


def test_directions_agreeing_with_figures() -> None:
    doc = make_disclosure(
        narrative=[
            figure("total_budget", "521.05", last_year="472.73", change="48.32", direction="增加"),
            figure("three_public.overseas_travel", "0", direction="持平"),
            figure("three_public.car_operation", "3", change="3", direction="减少"),
        ]
    )
    assert findings("Q107", doc) == []


def test_decrease_of_zero() -> None:
    # seed line 172: 公务接待费0万元，比上年预算减少0万元
    fig = figure(
        "three_public.reception", "0", label="公务接待费", line=172, change="0", direction="减少"
    )
    f = only("Q107", make_disclosure(narrative=[fig]))
    assert (f.expected, f.found) == ("持平", "减少")
    assert f.message == "公务接待费：说明称“减少”，增减额为 0万元，实为持平"


def test_increase_with_a_fall() -> None:
    fig = figure("total_budget", "450.00", last_year="472.73", direction="增加")
    assert only("Q107", make_disclosure(narrative=[fig])).expected == "减少"


def test_seed(seed: Disclosure) -> None:
    f = only("Q107", seed)
    assert (f.expected, f.found) == ("持平", "减少")
    assert f.place.source is not None and f.place.source.line == 172
