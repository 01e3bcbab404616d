"""Recognise performance-target tables (绩效目标表): the overall one and one per project.

A table block is a performance table when one of its rows is an indicator header
(一级指标 / 二级指标 / 明细指标内容(三级指标) / 指标值 …). Its title, project name and amount
are read from the paragraphs between the title line and the table (seed layout) and from
the table's own rows above the header (university and Shanghai layouts). A header-less
table right after a performance table that reads as indicator rows continues it (a table
split over pages); a ``项目名称`` row after indicator rows starts the next project's table
(several project tables printed as one grid).

Indicator rows are read by :mod:`yusuan.extract.performance_rows`, which trusts the
vocabulary of level names over column positions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yusuan.extract.performance_meta import (
    TableMeta,
    is_context_line,
    is_overall_title,
    is_title,
    is_title_tail,
)
from yusuan.extract.performance_rows import IndicatorRows, Layout, header_index, row_pieces
from yusuan.extract.performance_vocabulary import (
    is_header_row,
    is_level1,
    is_level2,
    looks_like_target,
    normalise,
)
from yusuan.extract.result import PerformanceResult
from yusuan.model.performance import PerformanceTable
from yusuan.read.document import Block, Cell, Document, Heading, Paragraph, Table
from yusuan.read.location import SourceLocation
from yusuan.trusted import all_given

# How far above a table its title may be (title, 单位名称, 项目名称, name, amount, 年度 …).
_CONTEXT_REACH = 8
# Paragraphs this short between two table blocks are page furniture (page numbers, stray
# labels of a split cell) and do not break a table continued over a page.
_NOISE_LENGTH = 8


@dataclass
class _Segment:
    """One performance table being read."""

    meta: TableMeta
    location: SourceLocation
    rows: IndicatorRows | None = None
    blocks: set[int] = field(default_factory=set)

    def build(self) -> PerformanceTable | None:
        if self.rows is None or not self.rows.indicators:
            return None
        layout = self.rows.layout
        title = self.meta.title or ""
        overall = is_overall_title(title) if title else False
        if not title and layout.has("project") and self.meta.project is None:
            overall = True
        unit = self.meta.unit
        # every value is computed here with its field's type (the unit as the plain string
        # validation would make of it): built without re-validating the indicators
        return all_given(
            PerformanceTable,
            {
                "scope": "overall" if overall else "project",
                "title": title,
                "project": None if overall else self.meta.project,
                "amount": self.meta.amount,
                "amount_text": self.meta.amount_text,
                "unit": None if unit is None else unit.value,
                "indicators": list(self.rows.indicators),
                "location": self.location,
            },
        )


@dataclass
class _Reader:
    document: Document
    skip: set[int]
    result: PerformanceResult = field(default_factory=PerformanceResult)
    open: _Segment | None = None
    open_index: int | None = None  # block index of the last table read

    def run(self) -> PerformanceResult:
        skip = self.skip
        for index, block in enumerate(self.document.blocks):
            if isinstance(block, Table) and index not in skip:
                self._table(index, block)
        self._close()
        return self.result

    def _table(self, index: int, table: Table) -> None:
        header = header_index(table.rows)
        continues = self.open is not None and self._adjacent(index)
        if continues and self.open is not None and self.open.rows is not None:
            # The next page of a split table: header-less indicator rows, or the header
            # printed again at its top.
            if header == 0 or _reads_as_indicators(_leading_rows(table.rows)):
                self.open.rows.relayout(table.n_columns)
            else:
                continues = False
        elif continues and header is None and not _reads_as_indicators(table.rows):
            continues = False  # a started table's metadata, then something unrelated
        if not continues:
            self._close()
            if header is None and not _starts_with_project(table.rows):
                return
            self.open = _Segment(TableMeta(), table.location)
            self._read_context(index)
        assert self.open is not None
        self.open_index = index
        self.open.blocks.add(index)
        for row in table.rows:
            self._row(row)

    def _row(self, row: list[Cell]) -> None:
        segment = self.open
        assert segment is not None
        texts = [cell.text for cell in row]
        if is_header_row(texts):
            if segment.rows is None:
                segment.rows = IndicatorRows(Layout.from_header(row))
            return
        found = row_pieces(row)
        if not found:
            return
        if segment.rows is not None and _starts_new_table(found[0].text):
            self._finish(segment)
            previous = segment.meta
            segment = self.open = _Segment(TableMeta(), row[0].location)
            # A template title (财政项目支出绩效目标填报表) printed once serves every table.
            if previous.title and previous.project and previous.project not in previous.title:
                segment.meta.title = previous.title
            if self.open_index is not None:
                segment.blocks.add(self.open_index)
        if segment.rows is None:
            segment.meta.read_cells([piece.text for piece in found])
            return
        segment.rows.feed_pieces(found)  # (``feed`` without the header and cell tests done above)

    def _read_context(self, index: int) -> None:
        """Read the title and project paragraphs above the table at ``index``."""
        assert self.open is not None
        blocks = self.document.blocks
        above: list[int] = []
        for back in range(index - 1, max(index - 1 - _CONTEXT_REACH, -1), -1):
            if back in self.skip or isinstance(blocks[back], Table):
                break
            above.append(back)
        titled = next((i for i, b in enumerate(above) if is_title(_text(blocks[b]))), None)
        if titled is not None:
            # A long title wrapped over two lines: ``…引导专项`` / ``绩效目标表``.
            if is_title_tail(_text(blocks[above[titled]])) and titled + 1 < len(above):
                head = _text(blocks[above[titled + 1]])
                if head and not is_title(head) and not is_context_line(head):
                    titled += 1
            chosen = list(reversed(above[: titled + 1]))
        else:
            chosen = []
            for back in above:
                if not (
                    is_context_line(_text(blocks[back]))
                    or TableMeta().read_line(_text(blocks[back]))
                ):
                    break
                chosen.insert(0, back)
        if titled is not None and len(chosen) > 1 and is_title_tail(_text(blocks[chosen[1]])):
            self.open.meta.title = _text(blocks[chosen[0]]) + _text(blocks[chosen[1]])
        for position in chosen:
            self.open.meta.read_line(_text(blocks[position]))
            self.open.blocks.add(position)
        if chosen and titled is not None:
            self.open.location = blocks[chosen[0]].location

    def _adjacent(self, index: int) -> bool:
        """True when only page furniture lies between the last table read and ``index``."""
        if self.open_index is None:
            return False
        for between in range(self.open_index + 1, index):
            block = self.document.blocks[between]
            if isinstance(block, Table):
                return False
            text = normalise(_text(block))
            if is_title(text) or len(text) > _NOISE_LENGTH:
                return False
        return True

    def _finish(self, segment: _Segment) -> None:
        built = segment.build()
        if built is not None:
            self.result.tables.append(built)
            self.result.claimed |= segment.blocks

    def _close(self) -> None:
        if self.open is not None:
            self._finish(self.open)
        self.open = None
        self.open_index = None


def _text(block: Block) -> str:
    return block.text if isinstance(block, Paragraph | Heading) else ""


def _starts_new_table(first: str) -> bool:
    """A row whose first meaningful cell ``first`` is 项目名称 or a title, after indicator
    rows, starts another project's table."""
    # cheap pre-checks: ``first`` is stripped, so 项目名称 starts it, and every title holds 表
    return (first[0] == "项" and normalise(first).startswith("项目名称")) or (
        "表" in first and is_title(first)
    )


def _leading_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    """The rows before the table's first header or 项目名称/title row."""
    for index, row in enumerate(rows):
        pieces = row_pieces(row)
        if is_header_row([cell.text for cell in row]) or (
            pieces and _starts_new_table(pieces[0].text)
        ):
            return rows[:index]
    return rows


def _starts_with_project(rows: list[list[Cell]]) -> bool:
    """True when a header-less table opens with a project's metadata (项目名称 …): its
    indicator header follows in the next table block."""
    for row in rows:
        pieces = row_pieces(row)
        if pieces:
            return _starts_new_table(pieces[0].text)
    return False


def _reads_as_indicators(rows: list[list[Cell]]) -> bool:
    """True when most non-empty rows of a header-less table look like indicator rows."""
    filled = [[piece.text for piece in row_pieces(row)] for row in rows]
    filled = [texts for texts in filled if texts]
    if not filled:
        return False
    hits = sum(
        1
        for texts in filled
        if any(is_level1(t) or is_level2(t) for t in texts)
        or (len(texts) >= 2 and any(looks_like_target(t) for t in texts[1:]))
    )
    return hits * 2 >= len(filled)


def extract_performance(document: Document, skip: set[int]) -> PerformanceResult:
    """Find the 绩效目标表 of ``document``.

    ``skip`` holds block indexes already claimed (standard tables); they are never read.
    Returns the tables in document order (``scope`` ``overall`` for the department's
    整体 table, ``project`` for the others, each with its indicators, project name and
    stated amount as ``Decimal`` in its ``unit``) and ``claimed``: the table blocks and the
    title/project paragraphs read. Never raises for content.
    """
    return _Reader(document, set(skip)).run()
