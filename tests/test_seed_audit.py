"""The audit of the bundled real disclosure, finding by finding.

Every row below was checked by hand against src/yusuan/examples/江汉区融媒体中心2020预算.txt
(line numbers are the file's). The document's own inconsistencies:

- 人员经费: the narrative says 257.24 (line 118), 表6 合计 人员经费 is 297.13 = 301 257.24 +
  303 39.89 (line 371): the narrative left out 303.
- 工资福利支出: 257.42 in the narrative (line 120), 257.24 in 表6 301 (line 372).
- "一般公共服务支出 396.84" (line 95): the tables put 396.84 under 207 文化旅游体育与传媒支出.
- "一般行政管理事务 177.41" as the project expenditure's function (line 112): 表3/表5 put the
  177.41 of 项目支出 under 2070805 电视.
- the four project performance tables total 49 + 21.78 + 54.63 + 8 = 133.41, not the
  177.41 of 项目支出 that line 150 says is all covered; and line 150 states 4 project
  indicators where the tables have 14 + 9 + 8 + 12 = 43.
- code 222 is 粮油物资储备支出 in 表1 (line 234) but 粮油物资管理支出 in 表4 (line 325).
- nine table-of-contents lines differ from the body's headings and titles.
- 215 is written 资源勘探工业信息等事务支出 (line 99) for 资源勘探工业信息等支出.
- line 150 closes a quote it never opened (江汉之声”); line 172 says 减少0万元 (a change
  of 0 is 持平); 表2's header prints 上年补助收入 for 上级补助收入 (line 253);
  法律顾问咨询次数 is "≥6 次" in the overall table (line 452) and "以往年次数作为参考" in
  its project table (line 550); line 87 ends a sentence with an ASCII "." .
- info: the packaged catalog has no 2020 function list and only part of the economic one,
  so 41 function and 13 economic codes are unknown (one note per classification).
Everything else (totals, shares 66%/34%, growth 10%/0.4%/36%, 三公 3.00, 政府采购 5.5 =
1.5 + 4 + 0, every table identity) holds and must not be reported.
"""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import SEED
from yusuan.api import audit_file

D = Decimal
EXPECTED = [
    # code, severity, line, expected, found, difference
    ("N105", "error", 95, "207 文化旅游体育与传媒支出", "一般公共服务支出", None),
    ("N105", "error", 112, "2070805 电视", "一般行政管理事务", None),
    ("N101", "error", 118, D("297.13"), D("257.24"), D("-39.89")),
    ("N102", "error", 120, D("257.24"), D("257.42"), D("0.18")),
    ("P102", "error", 150, D("177.41"), D("133.41"), D("-44.00")),
    ("P104", "error", 150, 43, 4, None),
    ("C101", "error", 325, "粮油物资储备支出", "粮油物资管理支出", None),
    ("D103", "warning", 9, "一、基本情况", "一、部门基本情况", None),
    (
        "D103",
        "warning",
        19,
        "四、一般公共预算基本支出情况",
        "四、一般公共预算基本支出安排情况",
        None,
    ),
    (
        "D103",
        "warning",
        21,
        "五、政府性基金预算财政拨款支出预算情况",
        "五、政府性基金预算情况",
        None,
    ),
    ("D103", "warning", 28, "(四) 绩效目标设置情况", "(四) 预算绩效开展情况", None),
    ("D103", "warning", 43, "第四部分 部门预算报表及预算绩效目标表", "第四部分 数据表格", None),
    (
        "D103",
        "warning",
        53,
        "2020 年财政拨款“三公”经费支出表",
        "表 7.2020 年一般公共预算“三公”经费支出表",
        None,
    ),
    ("D103", "warning", 55, "2020 年整体预算绩效目标表", "表 9.部门预算绩效目标表", None),
    ("D103", "warning", 56, "江汉网络自媒体宣传", "表 10.江汉区网络自媒体宣传绩效目标表", None),
    (
        "D103",
        "warning",
        59,
        "党建、文明创建及法律顾问经费",
        "表 13.党建，文明创建法律顾问费绩效目标表",
        None,
    ),
    ("N106", "warning", 99, "215 资源勘探工业信息等支出", "资源勘探工业信息等事务支出", None),
    ("Q104", "warning", 150, "“", "”", None),
    ("Q107", "warning", 172, "持平", "减少", None),
    ("D106", "warning", 253, "上级补助收入", "上年补助收入", None),
    ("P103", "warning", 550, "≥6 次", "以往年次数作为参考", None),
    ("Q108", "info", 87, "。", ".", None),
    ("C103", "info", 216, None, 41, None),
    ("C103", "info", 219, None, 13, None),
]


def test_seed_findings_exactly() -> None:
    report = audit_file(SEED)
    found = [
        (code, severity.value, line, expected, value, difference)
        for code, severity, line, expected, value, difference in report.flatten(
            "code", "severity", "place.source.line", "expected", "found", "difference"
        )
    ]
    assert found == EXPECTED
    assert report.stats.errors == 7
    assert not report.valid


def test_seed_table_places() -> None:
    report = audit_file(SEED)
    places = {
        (f.code, f.place.table, f.place.row, f.place.column)
        for f in report.findings
        if f.place.table
    }
    assert ("C101", "表4 2020 年财政拨款收支预算总表", "222 粮油物资管理支出", None) in places
    assert ("D106", "表2 2020 年部门收入预算总表", None, "上年补助收入") in places
    assert ("P103", "项目绩效目标评价指标表", "法律顾问咨询次数", "指标值") in places


def test_seed_no_arithmetic_or_cross_table_finding() -> None:
    report = audit_file(SEED, select=["H", "X"])
    assert report.findings == []
    not_applicable = [r.code for r in report.rules if r.outcome == "not_applicable"]
    assert not_applicable == ["X206"]  # 表8 empty and 表4 has no government fund column amounts
