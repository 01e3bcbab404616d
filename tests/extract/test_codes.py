"""Classification codes as printed: whole, split, or short under their parent."""

from __future__ import annotations

import pytest

from yusuan.extract.codes import CodeContext, is_code_text, join_code_parts, split_code_and_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("201 一般公共服务支出", ("201", "一般公共服务支出")),
        ("2080502事业单位离退休", ("2080502", "事业单位离退休")),
        ("208 05 02 事业单位离退休", ("2080502", "事业单位离退休")),
        ("208\t05\t02", ("2080502", "")),
        ("[30231]公务用车运行维护费", ("30231", "公务用车运行维护费")),
        ("01 基本工资", ("01", "基本工资")),
        ("1. 因公出国（境）费用", None),
        ("10、其他", None),
        ("521.05", None),
        ("2020 年部门收支预算总表", None),
        ("合计", None),
    ],
)
def test_split_code_and_name(text: str, expected: tuple[str, str] | None) -> None:
    assert split_code_and_name(text) == expected


def test_is_code_text() -> None:
    assert is_code_text("2080502") and is_code_text("208 05 02") and is_code_text("05")
    assert not is_code_text("2020") and not is_code_text("合计") and not is_code_text("3.00")


def test_context_expands_short_codes_under_their_parents() -> None:
    context = CodeContext()
    assert context.expand("208") == "208"
    assert context.expand("05") == "20805"
    assert context.expand("02", item_position=True) == "2080502"
    assert context.expand("99") == "20899"  # a 2-digit code outside the 项 column is a 款
    assert context.expand("301") == "301"
    assert context.expand("01") == "30101"


def test_short_code_without_parent_is_kept_as_printed() -> None:
    assert CodeContext().expand("05") == "05"


def test_join_code_parts() -> None:
    context = CodeContext()
    assert join_code_parts([("类", "208"), ("款", ""), ("项", "")], context) == "208"
    assert join_code_parts([("类", ""), ("款", "05"), ("项", "")], context) == "20805"
    assert join_code_parts([("类", ""), ("款", ""), ("项", "06")], context) == "2080506"
    assert join_code_parts([("类", "210"), ("款", "11"), ("项", "02")], context) == "2101102"
    assert join_code_parts([("类", ""), ("款", ""), ("项", "")], context) is None


def test_code_pre_checks_keep_the_full_rules() -> None:
    # the quick rejections must not lose bracketed, spaced or full-width codes
    assert split_code_and_name("（201）一般公共服务支出") == ("201", "一般公共服务支出")
    assert split_code_and_name("  30101 基本工资") == ("30101", "基本工资")
    assert split_code_and_name("一般公共服务支出") is None
    assert is_code_text(" 208 05") and is_code_text("２０８")
    assert not is_code_text("") and not is_code_text("一般公共服务")
