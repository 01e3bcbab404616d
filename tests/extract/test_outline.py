"""Outline pieces: numbering, heading lines, TOC lines and TOC↔body pairing."""

from __future__ import annotations

import pytest

from yusuan.extract.narrative import extract_narrative
from yusuan.extract.outline import (
    align,
    chinese_number,
    heading_level,
    numbering,
    split_toc_block,
    toc_text,
)
from yusuan.extract.sentences import fold, split_sentences
from yusuan.read.text import parse_text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十三", 13),
        ("二十", 20),
        ("二十一", 21),
        ("4", 4),
        ("百", None),
        ("", None),
    ],
)
def test_chinese_number(text: str, value: int | None) -> None:
    assert chinese_number(text) == value


@pytest.mark.parametrize(
    ("text", "style", "number"),
    [
        ("第四部分 数据表格", "part", 4),
        ("十一、其他", "cn", 11),
        ("(一) 部门主要职责", "cn_paren", 1),
        ("（一）因公出国（境）费", "cn_paren", 1),
        ("（ 二 ）公务接待费", "cn_paren", 2),
        ("1、一般公共服务支出", "arabic", 1),
        ("4.承担区政务微博", "arabic", 4),
        ("(2)公务用车", "arabic_paren", 2),
        ("表 13.党建，文明创建法律顾问费绩效目标表", "table", 13),
    ],
)
def test_numbering(text: str, style: str, number: int) -> None:
    found = numbering(text)
    assert found is not None
    assert (found.style, found.number) == (style, number)


def test_numbering_rejects_amounts_and_words() -> None:
    assert numbering("521.05 万元") is None
    assert numbering("一般公共服务支出") is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("第一部分 部门预算公开说明", 1),
        ("一、基本情况", 2),
        ("(一) 部门主要职责", 3),
        ("（三）公务用车购置及运行维护费", 3),
        ("（一）基本支出 343.64 万元，主要用于人员经费", None),
        ("（一）财政拨款收入：指本级财政当年拨付的资金。", None),
        ("1、公务用车购置费0万元。", None),
    ],
)
def test_heading_level(text: str, level: int | None) -> None:
    assert heading_level(text) == level


def test_toc_text_drops_leaders_and_page_numbers() -> None:
    assert toc_text("一、部门主要职能 ………………………… 3") == "一、部门主要职能"
    assert toc_text("二、部门机构设置 ……………………") == "二、部门机构设置"
    assert toc_text("表 1.2020 年部门收支预算总表") == "表 1.2020 年部门收支预算总表"


def test_align_keeps_order_and_skips_extra_titles() -> None:
    toc = [
        "表 8.2020 年政府性基金预算支出表",
        "表 9.部门预算绩效目标表",
        "表 10.网络舆情绩效目标表",
    ]
    body = ["2020 年政府性基金预算支出表", "基本信息表", "2020 年整体预算绩效目标表", "网络舆情"]
    assert align(toc, body) == [0, 2, 3]


def test_sentences_split_on_cjk_period_not_in_numbers() -> None:
    text = fold("收入包括：一般公共预算财政拨款收入.支出包括：基本支出。总预算 521.05 万元;占 66%")
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == [
        "收入包括:一般公共预算财政拨款收入.",
        "支出包括:基本支出。",
        "总预算 521.05 万元;占 66%",
    ]


def test_toc_with_page_numbers_and_numbered_tables() -> None:
    text = "\n\n".join(
        [
            "某某局 2024 年部门预算",
            "目 录",
            "一、部门主要职能 …………………… 1",
            "二、部门预算编制说明 …………………… 2",
            "三、部门预算表 …………………… 3",
            "1. 2024年部门财务收支预算总表 ………… 4",
            "一、主要职能",
            "负责全区财政工作。本部门内设 3 个机构。",
            "二、2024年部门预算编制说明",
            "2024年，某某局收入预算100.00万元。",
            "三、部门预算表",
            "2024年部门财务收支预算总表",
            "单位：万元",
            "项目\t预算数",
            "收入合计\t100.00",
        ]
    )
    result = extract_narrative(parse_text(text, "synthetic.txt"))
    pairs = [(e.text, e.body_text) for e in result.toc]
    assert pairs == [
        ("一、部门主要职能", "一、主要职能"),
        ("二、部门预算编制说明", "二、2024年部门预算编制说明"),
        ("三、部门预算表", "三、部门预算表"),
        # the text reader removes the "1. " list marker
        ("2024年部门财务收支预算总表", "2024年部门财务收支预算总表"),
    ]
    assert [p.text for p in result.paragraphs] == [
        "负责全区财政工作。本部门内设 3 个机构。",
        "2024年，某某局收入预算100.00万元。",
    ]
    assert [(c.key, c.value) for c in result.counts] == [("internal_units", 3)]


def test_toc_block_joined_by_pdf_reader_splits_at_leaders() -> None:
    entries, leaders = split_toc_block(
        "五、部门预算表……………………1.2024年部门财务收支预算总表…………2.2024年部门收入预算总表………… 12"
    )
    assert leaders
    assert entries == ["五、部门预算表", "1.2024年部门财务收支预算总表", "2.2024年部门收入预算总表"]


def test_unnumbered_body_headings_pair_with_numbered_toc_lines() -> None:
    text = "\n\n".join(
        [
            "上海市某某区2024年区级部门预算",
            "目录",
            "一、部门主要职能……………………",
            "二、名词解释……………………",
            "某某街道办事处（部门）主要职能",
            "某某街道办事处是区政府的派出机关。",
            "名词解释",
            "财政拨款收入：指本级财政拨付的资金。",
        ]
    )
    result = extract_narrative(parse_text(text, "synthetic.txt"))
    assert [(e.text, e.body_text) for e in result.toc] == [
        ("一、部门主要职能", "某某街道办事处（部门）主要职能"),
        ("二、名词解释", "名词解释"),
    ]


def test_part_line_with_table_word_and_specific_project_titles() -> None:
    """A part line naming 报表 is a part, and a project table titled by its project pairs
    with that title (as generated disclosures print them)."""
    from yusuan.extract.narrative import extract_narrative
    from yusuan.read.text import parse_text

    text = "\n".join(
        [
            "某中心 2021 年部门预算",
            "目 录",
            "第一部分 部门预算公开说明",
            "第二部分 预算公开报表",
            "表 1. 2021 年江汉宣传项目绩效目标表",
            "第一部分 部门预算公开说明",
            "2021 年部门总预算 10.00 万元。",
            "第二部分 预算公开报表",
            "2021 年江汉宣传项目绩效目标表",
            "项目名称：江汉宣传",
            "一级指标\t二级指标\t三级指标\t指标值\t指标说明",
            "产出指标\t数量指标\t视频新闻发布数\t48 条\t",
        ]
    )
    toc = extract_narrative(parse_text(text, "t.txt")).toc
    assert [(e.text, e.body_text) for e in toc] == [
        ("第一部分 部门预算公开说明", "第一部分 部门预算公开说明"),
        ("第二部分 预算公开报表", "第二部分 预算公开报表"),
        ("表 1. 2021 年江汉宣传项目绩效目标表", "2021 年江汉宣传项目绩效目标表"),
    ]


def test_table_title_with_a_classification_qualifier() -> None:
    from yusuan.extract.outline import is_table_title

    assert is_table_title("财政拨款支出预算表（功能科目）")
    assert is_table_title("一般公共预算基本支出预算表(经济科目)")
    assert not is_table_title("关于（功能科目）的说明")


@pytest.mark.parametrize(
    ("left", "right", "ratio"),
    [
        # 部门收 + 预算总表 in common: 2 * 7 / 16
        ("部门收支预算总表", "部门收入预算总表", 0.875),
        # 三公经费支出表 in common: 2 * 7 / 24
        ("一般公共预算三公经费支出表", "财政拨款三公经费支出表", 14 / 24),
        # a repeated character on the right: one 公共 block, 2 * 2 / 6
        ("公共", "公共公共", 4 / 6),
        ("部门收支预算总表", "部门收支预算总表", 1.0),
        # bounds below the floor: no ratio
        ("网络舆情", "部门收支预算总表", 0.0),
    ],
)
def test_title_similarity(left: str, right: str, ratio: float) -> None:
    from yusuan.extract.title_similarity import similarity, similarity_matrix

    assert similarity(left, right, 0.34) == pytest.approx(ratio)
    assert similarity_matrix([left], [right], 0.34)[0][0] == pytest.approx(ratio)


def test_title_similarity_is_difflibs_ratio() -> None:
    from difflib import SequenceMatcher

    from hypothesis import given
    from hypothesis import strategies as st

    from yusuan.extract.title_similarity import similarity

    @given(
        st.text("部门收支预算总表公共", max_size=12), st.text("部门收支预算总表公共", max_size=12)
    )
    def check(left: str, right: str) -> None:
        expected = SequenceMatcher(None, left, right, autojunk=False).ratio()
        assert similarity(left, right, 0.0) == (expected if left and right else 0.0)

    check()
