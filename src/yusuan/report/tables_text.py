"""The extracted tables and narrative figures printed with Rich, for a quick look."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import ROW_LABELS


def render_tables(disclosure: Disclosure, console: Console) -> None:
    """Print every recognised table, then the narrative figures, then what was not recognised."""
    for _, table in sorted(disclosure.tables.items()):
        columns = list(table.columns)
        grid = Table(
            title=f"{table.describe()}（单位：{table.unit or '未注明'}）", title_justify="left"
        )
        grid.add_column("编码/项目")
        for column in columns:
            grid.add_column(table.columns[column], justify="right")
        for row in table.rows:
            label = row.describe() if row.code else ROW_LABELS.get(row.key or "", row.label)
            if row.section:
                label = f"[{row.section.value}] {label}"
            grid.add_row(label, *[row.cells[c].text if c in row.cells else "" for c in columns])
        console.print(grid)
    if disclosure.narrative:
        figures = Table(title="说明中的数字", title_justify="left")
        for heading in ("键", "原文标签", "金额", "上年", "增减", "增长率", "占比", "位置"):
            figures.add_column(heading)
        for f in disclosure.narrative:
            figures.add_row(
                f.key,
                f.name or f.label,
                f"{f.amount:f}{f.unit.value}",
                f"{f.last_year:f}" if f.last_year is not None else "",
                f"{f.direction or ''}{f.change:f}" if f.change is not None else (f.direction or ""),
                f"{f.growth_rate:f}%" if f.growth_rate is not None else "",
                f"{f.share:f}%" if f.share is not None else "",
                f.location.describe(),
            )
        console.print(figures)
    for block in disclosure.unrecognised:
        console.print(
            f"未识别：{block.title or block.kind}（{block.location.describe()}）：{block.reason}"
        )
