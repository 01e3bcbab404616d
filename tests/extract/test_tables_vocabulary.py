"""The recognition vocabularies only produce canonical keys and recognise the known titles."""

from __future__ import annotations

import pytest

from yusuan.extract.table_titles import parse_unit, parse_unit_name, title_kind
from yusuan.extract.table_vocabulary import (
    COLUMN_KEYS,
    EXPENDITURE_ROW_KEYS,
    INCOME_ROW_KEYS,
    THREE_PUBLIC_ROW_KEYS,
    compact,
    compact_each,
)
from yusuan.model.amount import Unit
from yusuan.model.tables import COLUMN_LABELS, ROW_LABELS, STANDARD_TITLES, TableKind


def test_vocabulary_keys_are_canonical() -> None:
    assert set(COLUMN_KEYS.values()) <= set(COLUMN_LABELS)
    rows = {**INCOME_ROW_KEYS, **EXPENDITURE_ROW_KEYS, **THREE_PUBLIC_ROW_KEYS}
    assert set(rows.values()) <= set(ROW_LABELS)


def test_vocabulary_entries_are_compact() -> None:
    for table in (COLUMN_KEYS, INCOME_ROW_KEYS, EXPENDITURE_ROW_KEYS, THREE_PUBLIC_ROW_KEYS):
        assert all(compact(word) == word for word in table)


@pytest.mark.parametrize(("kind", "title"), list(STANDARD_TITLES.items()))
def test_standard_titles_are_recognised(kind: TableKind, title: str) -> None:
    assert title_kind(title) is kind
    assert title_kind(f"2020 年{title}") is kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2020 年部门收支总表", TableKind.T1),
        ("部门收支总表", TableKind.T1),
        ("2025年部门财务收支预算总表", TableKind.T1),
        ("收入支出决算总表", TableKind.T1),
        ("2018年度江苏省高级人民法院收支预算总表", TableKind.T1),
        ("2020 年财政拨款“三公”经费支出表", TableKind.T7),
        ("部门“三公”经费和机关运行经费预算表", TableKind.T7),
        ("财政拨款收入支出决算总表", TableKind.T4),
        ("一般公共预算财政拨款基本支出表", TableKind.T6),
        ("政府性基金预算财政拨款支出表", TableKind.T8),
        ("2020 年部门支出预算总表（续表）", TableKind.T3),
        ("2020 年整体预算绩效目标表", None),
        ("基本信息表", None),
        ("2020 年一般公共预算安排支出 521.05 万元（按功能分类到项级详见公开表 5），", None),
        ("国有资本经营预算支出表", None),
    ],
)
def test_title_variants(title: str, kind: TableKind | None) -> None:
    assert title_kind(title) is kind


def test_unit_and_unit_name_lines() -> None:
    assert parse_unit("单位：万元") is Unit.WAN_YUAN
    assert parse_unit("金额单位：元") is Unit.YUAN
    assert parse_unit("单位:万元") is Unit.WAN_YUAN
    assert parse_unit("单位名称：区融媒体中心") is None
    assert parse_unit_name("单位名称：区融媒体中心（一类）") == "区融媒体中心（一类）"
    assert parse_unit_name("单位名称：区融媒体中心 单位：万元") == "区融媒体中心"
    assert parse_unit_name("单位：万元") is None


def test_compact_each_equals_compact_of_each_text() -> None:
    # hand-checked: spaces, quotes and brackets dropped, full-width colon made narrow
    texts = ["项 目", "“三公”经费 (合 计)", "", "单位：万元"]
    assert compact_each(texts) == ["项目", "三公经费合计", "", "单位:万元"]
    # a text holding the separator itself is compacted on its own
    assert compact_each(["a\0b c", "d"]) == ["a\0bc", "d"]
    assert compact_each([]) == []


def test_compact_keeps_a_text_of_letters_and_digits_as_it_is() -> None:
    assert compact("功能科目编码") == "功能科目编码"
    assert compact("2020年") == "2020年"
    assert compact("一、一般公共预算") == "一、一般公共预算"  # 、 is kept
    assert compact("单位：万元（一）") == "单位:万元一"
