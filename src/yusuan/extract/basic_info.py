"""Recognise the 基本信息表: the department's contacts, staffing, duties, tasks and its
overall funds (收入构成 / 支出构成).

The table mixes label → text pairs (部门负责人 | 姓名 | 财务负责人 | 姓名 | 联系电话 | 号码;
单位职能概述 | long text) with an amounts block whose section labels (收入构成, 支出构成) are
merged cells printed once, and whose columns drift in PDF conversions (the seed prints the
expenditure 合计 in the first column). Rows are therefore read by their labels, not by
column: the section is forward-filled, each amount label takes the first amount after it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from yusuan.extract.performance_vocabulary import normalise
from yusuan.extract.result import BasicInfoResult
from yusuan.model.amount import Unit, parse_amount
from yusuan.model.disclosure import BasicInfo
from yusuan.read.document import Block, Cell, Document, Heading, Paragraph, Table
from yusuan.read.location import SourceLocation

_TITLE = "基本信息表"
_CONTEXT_REACH = 4
# Labels that identify the table when its title is missing.
_MARKERS = frozenset(
    {"部门负责人", "单位负责人", "财务负责人", "联系电话", "收入构成", "支出构成", "单位职能概述"}
)
_SECTIONS = {
    "收入构成": "income",
    "收入": "income",
    "支出构成": "expenditure",
    "支出": "expenditure",
}
_AMOUNT_LABELS = {
    "财政拨款": "appropriation",
    "财政拨款收入": "appropriation",
    "其他资金": "other",
    "其他收入": "other",
    "合计": "total",
    "小计": "total",
    "总计": "total",
    "基本支出": "basic",
    "项目支出": "project",
    "人员经费": "personnel",
    "公用经费": "public",
}
# Header cells of the amounts block (部门总体资金情况 | 总体资金情况 | 当年金额).
_AMOUNT_HEADERS = frozenset({"部门总体资金情况", "总体资金情况", "资金情况", "当年金额", "金额"})
_UNIT_LINE = re.compile(r"单位\s*[：:]\s*(万元|元)")
_LABELLED_LINE = re.compile(r"^(?P<label>单位名称|部门名称|编制单位)\s*[：:]\s*(?P<value>.+)$")


def _text(block: Block) -> str:
    return block.text if isinstance(block, Paragraph | Heading) else ""


def _pieces(row: list[Cell]) -> list[Cell]:
    """Non-empty cells of a row, horizontal span copies dropped."""
    kept: list[Cell] = []
    for column, cell in enumerate(row):
        if not cell.text.strip():
            continue
        if cell.spanned and column > 0 and row[column - 1].text == cell.text:
            continue
        kept.append(cell)
    return kept


def _amount(text: str) -> Decimal | None:
    try:
        return parse_amount(text)
    except ValueError:
        return None


def _is_amount(text: str) -> bool:
    return _amount(text) is not None


def _title_above(document: Document, index: int, skip: set[int]) -> list[int]:
    """Blocks from the 基本信息表 title down to the table at ``index`` (empty if no title)."""
    above: list[int] = []
    for back in range(index - 1, max(index - 1 - _CONTEXT_REACH, -1), -1):
        block = document.blocks[back]
        if back in skip or isinstance(block, Table):
            return []
        above.append(back)
        if normalise(_text(block)).endswith(_TITLE):
            return list(reversed(above))
    return []


def _has_markers(table: Table) -> bool:
    labels = {normalise(cell.text) for row in table.rows for cell in row}
    return len(labels & _MARKERS) >= 2


class _Rows:
    """Reads the table's rows into fields and amounts."""

    def __init__(self, info: BasicInfo) -> None:
        self.info = info
        self.section: str | None = None

    def read(self, row: list[Cell]) -> None:
        pieces = _pieces(row)
        keys = [normalise(cell.text) for cell in pieces]
        if not pieces or all(key in _AMOUNT_HEADERS or key in _SECTIONS for key in keys):
            self._sections(keys)
            return
        if any(key in _AMOUNT_LABELS for key in keys):
            self._amounts(pieces, keys)
            return
        if any(key in _AMOUNT_HEADERS for key in keys):
            return
        for label, value in zip(pieces[::2], pieces[1::2], strict=False):
            self.info.fields[label.text.strip()] = value.text.strip()

    def _sections(self, keys: list[str]) -> None:
        for key in keys:
            if key in _SECTIONS:
                self.section = _SECTIONS[key]

    def _amounts(self, pieces: list[Cell], keys: list[str]) -> None:
        self._sections(keys)
        for position, key in enumerate(keys):
            if key not in _AMOUNT_LABELS:
                continue
            name = f"{self.section}.{_AMOUNT_LABELS[key]}" if self.section else _AMOUNT_LABELS[key]
            value_cell = next(
                (cell for cell in pieces[position + 1 :] if _is_amount(cell.text)), None
            )
            if value_cell is not None:
                value = _amount(value_cell.text)
                assert value is not None
                self.info.amounts[name] = value
                self.info.amount_locations[name] = value_cell.location
            return


def extract_basic_info(document: Document, skip: set[int]) -> BasicInfoResult:
    """Find the 基本信息表 in ``document``.

    The table is the first unclaimed table under a ``基本信息表`` title, or failing that the
    first whose cells carry two of its labels (部门负责人, 联系电话, 收入构成, …). ``skip``
    holds block indexes already claimed. Returns the :class:`BasicInfo` (``fields`` label →
    text as printed, including ``单位名称`` from the line above the table; ``amounts`` as
    ``Decimal`` with the printed precision, in ``unit``) and the claimed block indexes (the
    table, its title and unit lines), or an empty result when there is no such table.
    Never raises for content.
    """
    for index, block in enumerate(document.blocks):
        if index in skip or not isinstance(block, Table):
            continue
        context = _title_above(document, index, skip)
        if not context and not _has_markers(block):
            continue
        anchor = document.blocks[context[0]] if context else block
        info = BasicInfo(location=_location(anchor, block))
        for position in context:
            line = _text(document.blocks[position]).strip()
            unit = _UNIT_LINE.search(line)
            if unit:
                info.unit = Unit(unit.group(1))
            labelled = _LABELLED_LINE.match(line)
            if labelled:
                info.fields[labelled.group("label")] = labelled.group("value").strip()
        rows = _Rows(info)
        for row in block.rows:
            rows.read(row)
        return BasicInfoResult(info=info, claimed={*context, index})
    return BasicInfoResult()


def _location(anchor: Block, table: Table) -> SourceLocation:
    return anchor.location if isinstance(anchor, Paragraph | Heading) else table.location
