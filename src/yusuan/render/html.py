"""Render a :class:`~yusuan.render.layout.Layout` as one self-contained, print-ready HTML file.

Everything is inline: the CSS, and the charts as SVG (glyphs as paths), so the file needs
no network and no font to show the charts. The print CSS lays the page out on A4 with
page numbers, starts every table on a new page (wide tables on landscape pages), draws
bordered tables whose header cells keep their row and column spans, right-aligns the
amount columns and uses the usual official fonts (仿宋 for text, 宋体 for tables, 黑体
for headings), falling back to Noto CJK.

Structure (what :mod:`yusuan.read.html_reader` reads back): the title is ``<h1>``; a
layout heading of level *n* is ``<h{n+1}>``; each paragraph one ``<p>``; each table is
preceded by its title, its preamble lines, its 单位名称 and 单位 lines (each its own
``<p>``, text exactly as in the :class:`TableBlock`) and followed by its note. Cells of
the 一级指标/二级指标 columns of performance tables that repeat the cell above are merged
with ``rowspan``; read back with spans resolved they give the same grid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from markupsafe import Markup

from yusuan.render.layout import (
    Chart,
    Heading,
    Layout,
    PageBreak,
    Paragraph,
    TableBlock,
)

TEMPLATE = "templates/disclosure.html.j2"
WIDE_COLUMNS = 6  # tables this wide go on a landscape page
MERGED_COLUMNS = {"performance": 2}  # leading columns whose repeated cells are merged
CODED_KINDS = {"T2", "T3", "T5", "T6", "T8"}
NOTO_SERIF = '"Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC"'
NOTO_SANS = '"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC"'
FONTS = {
    "fangsong": f'"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", {NOTO_SERIF}, serif',
    "song": f'"宋体", "SimSun", "STSong", "Songti SC", {NOTO_SERIF}, serif',
    "heiti": f'"黑体", "SimHei", "STHeiti", "Heiti SC", {NOTO_SANS}, sans-serif',
    "kaiti": f'"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", {NOTO_SERIF}, serif',
    "serif": f'"Times New Roman", {NOTO_SERIF}, serif',
}
_TOTAL_LABEL = re.compile(r"(合计|总计)$")
_TABLE_ENTRY = re.compile(r"^表\s*(\d+)[.、．]")


def render_html(layout: Layout, *, charts: bool = True) -> bytes:
    """``layout`` as a UTF-8 HTML document (bytes).

    With ``charts`` false, the charts are left out (no matplotlib needed). Raises
    ``yusuan.render.charts.SystemDependencyError`` when charts are drawn and no CJK font is
    installed.
    """
    from jinja2 import Environment, StrictUndefined

    source = resources.files("yusuan.render").joinpath(TEMPLATE).read_text("utf-8")
    environment = Environment(autoescape=True, undefined=StrictUndefined)
    blocks, anchors = _blocks(layout, charts=charts)
    text = environment.from_string(source).render(
        title=layout.title,
        toc=_toc(layout.toc, anchors),
        blocks=blocks,
        fonts={name: Markup(stack) for name, stack in FONTS.items()},
    )
    return text.encode("utf-8")


@dataclass
class _Anchors:
    """Ids given to headings (by text) and tables (by 1-based number)."""

    headings: dict[str, str] = field(default_factory=dict)
    tables: dict[int, str] = field(default_factory=dict)


def _blocks(layout: Layout, *, charts: bool) -> tuple[list[dict[str, Any]], _Anchors]:
    anchors = _Anchors()
    result: list[dict[str, Any]] = []
    for index, block in enumerate(layout.blocks):
        if isinstance(block, Heading):
            anchor = f"s{index}"
            anchors.headings.setdefault(block.text, anchor)
            result.append(
                {
                    "type": "heading",
                    "text": block.text,
                    "tag_level": min(block.level + 1, 6),
                    "anchor": anchor,
                }
            )
        elif isinstance(block, Paragraph):
            result.append({"type": "paragraph", "text": block.text})
        elif isinstance(block, Chart):
            if not charts:
                continue
            drawn = _chart(block)
            if result and result[-1]["type"] == "charts":
                result[-1]["charts"].append(drawn)
            else:
                result.append({"type": "charts", "charts": [drawn]})
        elif isinstance(block, PageBreak):
            # a table section starts its own page; an extra break beside it would leave
            # a blank page wherever the page orientation changes
            neighbours = layout.blocks[index - 1 : index] + layout.blocks[index + 1 : index + 2]
            if not any(isinstance(other, TableBlock) for other in neighbours):
                result.append({"type": "page_break"})
        elif isinstance(block, TableBlock):
            number = len(anchors.tables) + 1
            anchors.tables[number] = f"table-{number}"
            result.append(_table(block, anchors.tables[number]))
    return result, anchors


def _chart(chart: Chart) -> dict[str, Any]:
    from yusuan.render.charts import chart_svg

    return {"kind": chart.kind, "title": chart.title, "svg": Markup(chart_svg(chart))}


def _toc(entries: list[str], anchors: _Anchors) -> list[dict[str, str | None]]:
    result: list[dict[str, str | None]] = []
    for text in entries:
        table = _TABLE_ENTRY.match(text)
        if table:
            kind, anchor = "table", anchors.tables.get(int(table.group(1)))
        else:
            kind = "part" if text.startswith("第") and "部分" in text[:5] else "section"
            anchor = anchors.headings.get(text)
        result.append({"text": text, "kind": kind, "anchor": anchor})
    return result


def _table(table: TableBlock, anchor: str) -> dict[str, Any]:
    width = sum(cell.colspan for cell in table.header[0]) if table.header else 0
    width = max([width, *(len(row) for row in table.rows)])
    return {
        "type": "table",
        "anchor": anchor,
        "wide": width >= WIDE_COLUMNS,
        "title": table.title,
        "preamble": table.preamble,
        "unit_name_line": table.unit_name_line,
        "unit_line": table.unit_line,
        "header": table.header,
        "rows": _body(table),
        "note": table.note,
    }


def _body(table: TableBlock) -> list[dict[str, Any]]:
    """Body rows as cells with CSS classes, repeated leading cells merged by ``rowspan``."""
    merged = MERGED_COLUMNS.get(table.kind, 0)
    spans = _vertical_spans(table.rows, merged)
    coded = table.kind in CODED_KINDS
    rows = []
    for r, row in enumerate(table.rows):
        cells = []
        total = False  # inside a 合计/总计 label and the amounts right of it
        for c, text in enumerate(row):
            if c not in table.numeric and text:
                total = bool(_TOTAL_LABEL.search(text))
            span = spans.get((r, c), 1)
            if span == 0:
                continue  # covered by a merged cell above
            classes = ["num" if c in table.numeric else ("code" if coded and c == 0 else "")]
            classes.append("total" if total else "")
            cells.append(
                {"text": text, "css": " ".join(name for name in classes if name), "rowspan": span}
            )
        is_class = coded and len(row[0]) == 3 and row[0].isdigit()
        rows.append({"cells": cells, "css": "class" if is_class else ""})
    return rows


def _vertical_spans(rows: list[list[str]], columns: int) -> dict[tuple[int, int], int]:
    """``(row, column) → rowspan`` for the first ``columns`` columns: a run of equal,
    non-empty cells (within the run of the column to its left) gets the run's length on
    its first cell and 0 on the others."""
    spans: dict[tuple[int, int], int] = {}
    for c in range(columns):
        start = 0
        for r in range(1, len(rows) + 1):
            same = (
                r < len(rows)
                and rows[r][c]
                and rows[r][c] == rows[start][c]
                and all(spans.get((r, left), 1) == 0 for left in range(c))
            )
            if same:
                continue
            if r - start > 1:
                spans[(start, c)] = r - start
                spans.update({(k, c): 0 for k in range(start + 1, r)})
            start = r
    return spans
