"""normalize_name's fast path gives what NFKC + bracket mapping + whitespace removal give."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from yusuan.catalog.catalog import normalize_name

_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "[", "】": "]", "〔": "(", "〕": ")"})


def _reference(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name).translate(_BRACKETS))


@given(
    st.text(
        alphabet=st.sampled_from(list("维修护费（）【】〔〕() \t\u3000\xa0ＡＢ１２\u2003")),
        max_size=12,
    )
)
def test_normalize_name_is_the_reference(name: str) -> None:
    assert normalize_name.__wrapped__(name) == _reference(name)


@given(st.text(max_size=12))
def test_normalize_name_is_the_reference_on_any_text(name: str) -> None:
    assert normalize_name.__wrapped__(name) == _reference(name)


def test_brackets_nfkc_keeps_are_mapped() -> None:
    assert normalize_name.__wrapped__("【专项】〔2020〕 经费") == "[专项](2020)经费"
