"""Render a Layout as text in the conventions of circulating conversions (the seed's):
headings and paragraphs as lines, tables as TAB-separated rows, spanned header cells
written once with blanks in the positions they cover.

``render`` uses it to audit what it is about to write: the text goes through the same
reader, extractor and rules as any published document.
"""

from __future__ import annotations

from yusuan.render.layout import Chart, Heading, Layout, PageBreak, Paragraph, TableBlock


def header_grid(table: TableBlock) -> list[list[str]]:
    """The header rows as a full grid: a spanned cell's text in its first position only."""
    width = (
        max(len(r) for r in table.rows) if table.rows else sum(c.colspan for c in table.header[0])
    )
    grid: list[list[str | None]] = [[None] * width for _ in table.header]
    for r, row in enumerate(table.header):
        c = 0
        for cell in row:
            while c < width and grid[r][c] is not None:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if r + dr < len(grid) and c + dc < width:
                        grid[r + dr][c + dc] = cell.text if (dr, dc) == (0, 0) else ""
            c += cell.colspan
    return [[text or "" for text in row] for row in grid]


def render_text(layout: Layout) -> bytes:
    """``layout`` as UTF-8 text."""
    lines = [layout.title, "", "目 录", ""]
    lines += [entry for item in layout.toc for entry in (item, "")]
    for block in layout.blocks:
        if isinstance(block, Heading | Paragraph):
            lines += [block.text, ""]
        elif isinstance(block, TableBlock):
            lines += [block.title, ""]
            lines += [line for line in block.preamble for line in (line, "")]
            if block.unit_name_line:
                lines += [block.unit_name_line, ""]
            if block.unit_line:
                lines += [block.unit_line, ""]
            lines += ["\t".join(row) for row in header_grid(block)]
            lines += ["\t".join(row) for row in block.rows]
            lines.append("")
            if block.note:
                lines += [block.note, ""]
        elif isinstance(block, Chart | PageBreak):
            continue
    return ("\n".join(lines) + "\n").encode("utf-8")
