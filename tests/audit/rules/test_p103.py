"""P103: an indicator's target differs between the overall and its project table."""

from __future__ import annotations

from tests.audit.rules.document_support import (
    findings,
    indicator,
    only,
    performance_table,
    with_text,
)
from tests.factories import make_disclosure
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure

PARTY = "党建、文明创建及法律顾问经费"


def _doc(project_target: str, overall_target: str = "≥6 次") -> Disclosure:
    overall = performance_table(
        None,
        None,
        [
            indicator("法律顾问咨询次数", overall_target, PARTY, line=452),
            indicator("一感两度两率达标率", "≥90%", PARTY, line=464),
            indicator("社会公众满意度", "≥80%", "综合指标", line=467),
        ],
        line=441,
    )
    project = performance_table(
        PARTY,
        "8",
        [
            indicator("法律顾问咨询次数", project_target, line=550),
            indicator("一感两度两率达标率", "均≥90%", line=555),
        ],
        line=542,
    )
    other = performance_table("江汉宣传", "54.63", [indicator("社会公众满意度", "≥80%")])
    return with_text(make_disclosure(), performance=[overall, project, other])


def test_same_targets_hold_and_leading_jun_is_the_same_target() -> None:
    assert findings("P103", _doc("≥6次")) == []  # spaces ignored; 均≥90% = ≥90%


def test_target_differing() -> None:
    # seed: overall "≥6 次", project table "以往年次数作为参考"
    f = only("P103", _doc("以往年次数作为参考"))
    assert (f.expected, f.found, f.severity) == ("≥6 次", "以往年次数作为参考", Severity.WARNING)
    assert f.message == (
        "指标“法律顾问咨询次数”的指标值：整体绩效目标表为“≥6 次”，"
        "党建、文明创建及法律顾问经费项目绩效目标表为“以往年次数作为参考”"
    )


def test_seed(seed: Disclosure) -> None:
    assert [(f.place.row, f.expected, f.found) for f in findings("P103", seed)] == [
        ("法律顾问咨询次数", "≥6 次", "以往年次数作为参考")
    ]
