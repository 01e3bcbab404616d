"""Small hand-made performance tables: the vocabulary, not the column, decides the levels."""

from __future__ import annotations

from decimal import Decimal

from yusuan.extract.performance import extract_performance
from yusuan.extract.result import PerformanceResult
from yusuan.model.amount import Unit
from yusuan.read.document import Document
from yusuan.read.text import parse_text

T = "\t"


def _read(lines: list[str]) -> tuple[Document, PerformanceResult]:
    document = parse_text("\n".join(lines), "synthetic.txt")
    return document, extract_performance(document, skip=set())


def test_shifted_cells_are_placed_by_vocabulary() -> None:
    _, result = _read(
        [
            "社区服务项目绩效目标表",
            "项目名称：社区服务",
            "项目年度预算金额：12.50 万元",
            T.join(["一级指标", "二级指标", "三级指标", "指标值", "指标说明"]),
            T.join(["产出指标", "数量指标", "培训次数", "≥4 次", "每季度一次"]),
            # one column to the right: level-1 in the level-2 column
            T.join(["", "效益指标", "社会效益指标", "群众知晓率", "≥85%"]),
            # level-2 in the level-1 column
            T.join(["服务对象满意度指标", "", "群众满意度", "≥90%", ""]),
            # indicator name in the level-1 column, levels fill down
            T.join(["回访覆盖率", "", "", "100%", "电话回访"]),
        ]
    )
    [table] = result.tables
    assert (table.scope, table.title, table.project) == (
        "project",
        "社区服务项目绩效目标表",
        "社区服务",
    )
    assert (table.amount, table.unit) == (Decimal("12.50"), Unit.WAN_YUAN)
    got = [(i.level1, i.level2, i.name, i.target, i.note) for i in table.indicators]
    assert got == [
        ("产出指标", "数量指标", "培训次数", "≥4 次", "每季度一次"),
        ("效益指标", "社会效益指标", "群众知晓率", "≥85%", None),
        ("效益指标", "服务对象满意度指标", "群众满意度", "≥90%", None),
        ("效益指标", "服务对象满意度指标", "回访覆盖率", "100%", "电话回访"),
    ]
    assert [i.location.line for i in table.indicators] == [5, 6, 7, 8]


def test_new_level1_resets_level2() -> None:
    _, result = _read(
        [
            "项目绩效目标表",
            T.join(["一级指标", "二级指标", "三级指标", "指标值"]),
            T.join(["产出指标", "质量指标", "验收合格率", "100%"]),
            T.join(["满意度指标", "", "居民满意度", "≥90%"]),
        ]
    )
    [table] = result.tables
    assert [(i.level1, i.level2) for i in table.indicators] == [
        ("产出指标", "质量指标"),
        ("满意度指标", None),
    ]


def test_template_with_metadata_rows_frame_label_and_yuan() -> None:
    # Shanghai 财政项目支出绩效目标填报表: title and amounts inside the grid, amounts in 元,
    # a 绩效指标 frame label in the first column of the first indicator row.
    _, result = _read(
        [
            "财政项目支出绩效目标填报表",
            T.join(["项目名称", "新建社区服务中心", "项目性质", "阶段性项目"]),
            T.join(
                [
                    "项目资金（元）",
                    "项目资金总额",
                    "9,000,000.00",
                    "年度资金申请总额",
                    "4,100,000.00",
                ]
            ),
            T.join(["", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值"]),
            T.join(["绩效指标", "产出指标", "数量指标", "规划建筑面积", "≥13459.00(平方米)"]),
            T.join(["", "满意度指标", "服务对象满意度指标", "居民满意度", "满意度"]),
        ]
    )
    [table] = result.tables
    assert (table.project, table.amount, table.amount_text, table.unit) == (
        "新建社区服务中心",
        Decimal("4100000.00"),  # the year's 年度资金申请总额, not the project total
        "4,100,000.00",
        Unit.YUAN,
    )
    assert [(i.level1, i.level2, i.name, i.target) for i in table.indicators] == [
        ("产出指标", "数量指标", "规划建筑面积", "≥13459.00(平方米)"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "满意度"),
    ]


def test_table_split_over_pages_and_two_projects_in_one_grid() -> None:
    document, result = _read(
        [
            "甲项目绩效目标表",
            T.join(["项目名称", "甲项目"]),
            T.join(["项目资金（万元）", "年度资金总额：", "30.00"]),
            T.join(["一级指标", "二级指标", "三级指标", "指标值", "分值"]),
            T.join(["产出指标", "数量指标", "培训人次", "200人次", "20"]),
            "16",  # page number between the two halves
            T.join(["", "时效指标", "按时完成率", "100%", "10"]),
            T.join(["效益指标", "社会效益指标", "能力提升", "显著", "10"]),
            T.join(["项目名称", "乙项目"]),
            T.join(["项目资金（万元）", "年度资金总额：", "5.00"]),
            T.join(["一级指标", "二级指标", "三级指标", "指标值", "分值"]),
            T.join(["满意度指标", "服务对象满意度指标", "学员满意度", "90%", "10"]),
        ]
    )
    first, second = result.tables
    assert (first.project, first.amount, first.unit) == ("甲项目", Decimal("30.00"), Unit.WAN_YUAN)
    assert [(i.level1, i.level2, i.name, i.target, i.score) for i in first.indicators] == [
        ("产出指标", "数量指标", "培训人次", "200人次", "20"),
        ("产出指标", "时效指标", "按时完成率", "100%", "10"),
        ("效益指标", "社会效益指标", "能力提升", "显著", "10"),
    ]
    assert (second.project, second.amount) == ("乙项目", Decimal("5.00"))
    assert [i.name for i in second.indicators] == ["学员满意度"]
    tables = {i for i, block in enumerate(document.blocks) if block.kind == "table"}
    assert tables <= result.claimed


def test_unrelated_tables_are_left_alone() -> None:
    _, result = _read(
        [
            "部门收支预算总表",
            T.join(["收入", "金额", "支出", "金额"]),
            T.join(["财政拨款", "521.05", "基本支出", "343.64"]),
        ]
    )
    assert result.tables == []
    assert result.claimed == set()
