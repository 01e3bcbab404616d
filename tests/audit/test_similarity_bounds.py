"""The cheap bounds used before difflib agree with difflib itself."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given
from hypothesis import strategies as st

from yusuan.audit.rules._function_match import NEAR_MISS, _name_ratio
from yusuan.audit.rules._similarity import closest, ratio_bound, similarity
from yusuan.audit.rules.d106_t2_header_not_standard_income_term import STANDARD_TERMS

_NAMES = st.text(alphabet="一般公共服务支出行政运行事务管理上年补助收入", max_size=10)


@given(_NAMES, _NAMES)
def test_ratio_bound_is_quick_ratio(first: str, second: str) -> None:
    assert ratio_bound(first, second) == SequenceMatcher(None, first, second).quick_ratio()


@given(_NAMES, st.lists(_NAMES, min_size=1, max_size=8))
def test_closest_is_the_first_most_similar(target: str, choices: list[str]) -> None:
    assert closest(target, choices) == max(choices, key=lambda c: similarity(target, c))


def test_closest_standard_income_term() -> None:
    # the seed's 表2 header 上年补助收入: 上级补助收入 shares 5 of 6 characters (ratio 5/6)
    assert closest("上年补助收入", STANDARD_TERMS) == "上级补助收入"


@given(_NAMES, _NAMES)
def test_name_ratio_is_zero_only_below_a_near_miss(first: str, second: str) -> None:
    ratio = _name_ratio(first, second)
    if len(first) == len(second) > 3 and sorted(first) == sorted(second):
        assert ratio == NEAR_MISS
    elif ratio:
        assert ratio == SequenceMatcher(None, first, second).ratio()
    else:
        assert SequenceMatcher(None, first, second).ratio() < NEAR_MISS
