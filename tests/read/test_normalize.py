"""Radical code points that fonts emit instead of unified ideographs are mapped back."""

from __future__ import annotations

import unicodedata

import pytest

from yusuan.read.normalize import (
    RADICALS_SUPPLEMENT,
    count_radical_like,
    normalize_text,
    unreadable_count,
)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("⽀出", "支出"),  # U+2F40 KANGXI RADICAL BRANCH
        ("部⻔预算", "部门预算"),  # U+2ED4 CJK RADICAL C-SIMPLIFIED GATE
        ("⼀般公共预算", "一般公共预算"),  # U+2F00 KANGXI RADICAL ONE
        ("⻅附表", "见附表"),  # U+2EC5 C-SIMPLIFIED SEE
        ("⻓期", "长期"),  # U+2ED3 C-SIMPLIFIED LONG
        ("⾦额", "金额"),  # U+2FA6 KANGXI RADICAL GOLD
    ],
)
def test_radicals_become_unified_ideographs(printed: str, expected: str) -> None:
    assert normalize_text(printed) == expected


def test_document_punctuation_is_left_as_printed() -> None:
    text = "（一）收入预算：24,169.74万元，２０１９年"
    assert normalize_text(text) == text


def test_supplement_table_maps_to_unified_ideographs_only() -> None:
    for radical, ideograph in RADICALS_SUPPLEMENT.items():
        assert 0x2E80 <= ord(radical) <= 0x2EF3
        assert len(ideograph) == 1
        assert unicodedata.name(ideograph).startswith("CJK UNIFIED IDEOGRAPH"), radical


def test_supplement_table_agrees_with_unicode_decompositions() -> None:
    for radical, ideograph in RADICALS_SUPPLEMENT.items():
        decomposition = unicodedata.decomposition(radical)
        if decomposition.startswith("<compat>"):
            assert chr(int(decomposition.split()[1], 16)) == ideograph


def test_c_simplified_radicals_are_all_covered() -> None:
    named = [
        chr(cp) for cp in range(0x2E80, 0x2EF4) if "C-SIMPLIFIED" in unicodedata.name(chr(cp), "")
    ]
    assert len(named) == 22
    assert all(char in RADICALS_SUPPLEMENT for char in named)


def test_counts() -> None:
    assert count_radical_like("⽀出部⻔") == 2
    assert count_radical_like("支出") == 0
    assert unreadable_count("收入(cid:12)(cid:7)合\ufffd计\ue001") == 4
