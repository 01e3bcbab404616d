"""D103: a table-of-contents entry differs from the heading it points to."""

from __future__ import annotations

from tests.audit.rules.document_support import findings, only, toc_entry, with_text
from tests.factories import make_disclosure
from yusuan.audit.finding import Severity
from yusuan.model.disclosure import Disclosure


def _doc(text: str, body: str) -> Disclosure:
    return with_text(make_disclosure(), toc=[toc_entry(text, body)])


def test_numbering_table_prefix_year_and_spaces_are_ignored() -> None:
    assert findings("D103", _doc("表 1.2020 年部门收支预算总表", "2020 年部门收支预算总表")) == []
    assert findings("D103", _doc("(一) 因公出国(境)费", "（一）因公出国（境）费")) == []
    assert (
        findings(
            "D103",
            _doc(
                "二、一般公共预算 2020 年“三公”经费预算情况",
                "二、2020 年一般公共预算“三公”经费预算情况",
            ),
        )
        == []
    )
    assert findings("D103", _doc("表 11.网络舆情绩效目标表", "网络舆情")) == []  # project name


def test_heading_worded_differently() -> None:
    f = only("D103", _doc("一、部门基本情况", "一、基本情况"))
    assert (f.expected, f.found, f.severity) == (
        "一、基本情况",
        "一、部门基本情况",
        Severity.WARNING,
    )
    assert f.message == "目录为“一、部门基本情况”，正文为“一、基本情况”"


def test_table_title_worded_differently() -> None:
    f = only(
        "D103", _doc("表 7.2020 年一般公共预算“三公”经费支出表", "2020 年财政拨款“三公”经费支出表")
    )
    assert f.expected == "2020 年财政拨款“三公”经费支出表"


def test_seed(seed: Disclosure) -> None:
    # hand check of the seed's TOC (lines 7-59) against its body headings and titles
    assert [f.found for f in findings("D103", seed)] == [
        "一、部门基本情况",  # body: 一、基本情况
        "四、一般公共预算基本支出安排情况",  # body: 四、一般公共预算基本支出情况
        "五、政府性基金预算情况",  # body: 五、政府性基金预算财政拨款支出预算情况
        "(四) 预算绩效开展情况",  # body: (四) 绩效目标设置情况
        "第四部分 数据表格",  # body: 第四部分 部门预算报表及预算绩效目标表
        "表 7.2020 年一般公共预算“三公”经费支出表",  # body: 2020 年财政拨款“三公”经费支出表
        "表 9.部门预算绩效目标表",  # body: 2020 年整体预算绩效目标表
        "表 10.江汉区网络自媒体宣传绩效目标表",  # project: 江汉网络自媒体宣传
        "表 13.党建，文明创建法律顾问费绩效目标表",  # project: 党建、文明创建及法律顾问经费
    ]


def test_toc_may_leave_out_the_classification_qualifier() -> None:
    from yusuan.audit.rules._outline import same_heading

    # jiangsu procuratorate 2019: TOC "五、财政拨款支出预算表", body title "…（功能科目）"
    assert same_heading("五、财政拨款支出预算表", "财政拨款支出预算表（功能科目）", None)
    assert not same_heading(
        "十、政府性基金财政拨款支出预算表", "财政拨款政府性基金支出预算表", None
    )
