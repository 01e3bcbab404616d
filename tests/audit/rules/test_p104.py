"""P104: the stated number of project indicators differs from the project tables."""

from __future__ import annotations

from tests.audit.rules.document_support import (
    count,
    findings,
    indicator,
    only,
    performance_table,
    with_text,
)
from tests.factories import make_disclosure
from yusuan.model.disclosure import Disclosure


def _doc(stated: int) -> Disclosure:
    tables = [
        performance_table("网络舆情", "21.78", [indicator("舆情信息报送数", "35 期")] * 3),
        performance_table("江汉宣传", "54.63", [indicator("视频新闻发布数", "48 条")] * 2),
    ]
    return with_text(
        make_disclosure(), performance=tables, counts=[count("project_indicators", stated)]
    )


def test_stated_count_equal_to_tables() -> None:
    assert findings("P104", _doc(5)) == []


def test_stated_count_differing() -> None:
    f = only("P104", _doc(2))
    assert (f.expected, f.found) == (5, 2)
    assert (
        f.message
        == "说明称项目绩效指标 2 条，绩效目标表中共有 5 条（网络舆情 3 条、江汉宣传 2 条）"
    )


def test_seed_states_4_for_43(seed: Disclosure) -> None:
    # hand count of the seed's project tables: 14 + 9 + 8 + 12 (incl. 党建工作满意度) = 43
    f = only("P104", seed)
    assert (f.expected, f.found) == (43, 4)
