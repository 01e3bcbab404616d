"""Reader for PDF files with a text layer.

Each page gives its characters (with boxes) and ruling lines (``pdf_backend``); ruled tables
are resolved into grids (``pdf_tables``); text rows cut off a ruled box at the page top or
bottom join it, and text in aligned columns with amounts becomes an unruled table
(``pdf_columns``); the remaining text becomes lines and paragraphs (``pdf_lines``,
``pdf_paragraphs``). Image-only pages are read by the optional OCR extra (``pdf_ocr``). A table continued on the next page (with or without a
repeated header) is joined into one :class:`Table`; a paragraph broken by a page break is
joined too. Page numbers and running headers/footers are dropped. Every block and cell keeps
its page (1-based) and bbox (x0, top, x1, bottom in points, origin top-left).

Problems are reported, never raised as tracebacks: unusable files raise ``ReadError`` with
a Chinese message; pages without text or with undecodable characters are named in
``Document.notes``.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from yusuan.read.document import Block, Cell, Document, Paragraph, Table
from yusuan.read.errors import ReadError
from yusuan.read.location import SourceLocation
from yusuan.read.normalize import count_radical_like, normalize_text, unreadable_count
from yusuan.read.pdf_backend import PageContent, open_pdfium, pdfium_page, plumber_chars
from yusuan.read.pdf_columns import attach_outside_rows, find_unruled
from yusuan.read.pdf_lines import Segment, group_lines, split_segments
from yusuan.read.pdf_ocr import INSTALL_HINT, has_images, ocr_available, ocr_page
from yusuan.read.pdf_paragraphs import (
    TextBlock,
    build_paragraphs,
    continues,
    document_right_margin,
    furniture_key,
    in_margin,
    is_page_number,
)
from yusuan.read.pdf_tables import Grid, find_grids

#: A page is "unreadable" when more than this share of its characters did not decode.
UNREADABLE_SHARE = 0.02
#: Column boundaries of two table parts closer than this (points) are the same columns.
COLUMN_MATCH = 4.0
#: A lone page number this close to the page's top/bottom (share of its height) is dropped
#: even outside the margin band when nothing lies beyond it.
OUTER_BAND = 0.3


@dataclass(slots=True)
class _PageTable:
    grid: Grid
    page: int


@dataclass(slots=True)
class _PageText:
    block: TextBlock
    page: int


@dataclass(slots=True)
class _Page:
    number: int
    items: list[_PageTable | _PageText] = field(default_factory=list)
    left_margin: float = 0.0


def _page_list(numbers: list[int]) -> str:
    return "、".join(str(n) for n in numbers)


class PdfReader:
    """Reads a text-layer PDF into a :class:`Document` (``format="pdf"``)."""

    formats = ("pdf",)

    def read(self, path: Path) -> Document:
        """Read ``path``. Raises ``ReadError`` for a missing, empty, corrupt, encrypted or
        zero-page file, and for a PDF none of whose pages has a text layer (a scan)."""
        document = _open(path)
        try:
            return _read(path, document)
        finally:
            document.close()


def _open(path: Path) -> Any:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError(path, "文件不存在", expected="已发布的预算公开 PDF 文件路径") from None
    except OSError as error:
        raise ReadError(path, f"无法读取文件（{error.strerror}）") from None
    if size == 0:
        raise ReadError(path, "文件为空", expected="含有文字层的 PDF 文件")
    try:
        return open_pdfium(path)
    except pdfium.PdfiumError:
        raise _diagnose(path) from None


def _diagnose(path: Path) -> ReadError:
    """Why PDFium refused ``path`` (its error code is global state, so ask pdfminer)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        with pdfplumber.open(str(path)) as pdf:
            pages = len(pdf.pages)
    except Exception as error:  # pdfminer raises many kinds for broken files
        causes = (error, *error.args)
        if any(isinstance(c, PDFPasswordIncorrect | PDFEncryptionError) for c in causes):
            return ReadError(path, "PDF 文件已加密，需要密码才能打开", expected="未加密的 PDF 文件")
        pages = -1
    if pages == 0:
        return ReadError(path, "PDF 文件没有任何页面", expected="含有文字层的 PDF 文件")
    return ReadError(path, "PDF 文件已损坏或不是有效的 PDF", expected="可以正常打开的 PDF 文件")


def _read(path: Path, document: Any) -> Document:
    n_pages = len(document)
    if n_pages == 0:
        raise ReadError(path, "PDF 文件没有任何页面", expected="含有文字层的 PDF 文件")
    notes: list[str] = []
    contents: list[PageContent] = []
    unreadable: list[int] = []
    repaired: list[int] = []
    for index in range(n_pages):
        try:
            content = pdfium_page(document, index)
        except pdfium.PdfiumError:
            raise ReadError(path, "PDF 页面已损坏，无法读取", where=f"第{index + 1}页") from None
        if _unreadable(content):
            try:
                chars = plumber_chars(path, index)
            except Exception:  # pdfminer raises many kinds; the pdfium reading stands
                chars = []
            alternative = PageContent(
                content.number, content.width, content.height, chars, content.edges
            )
            if chars and _bad_share(alternative) < _bad_share(content):
                content = alternative
                repaired.append(index + 1)
            if _unreadable(content):
                unreadable.append(index + 1)
        contents.append(content)

    empty = [c.number for c in contents if not any(ch.text.strip() for ch in c.chars)]
    scanned = [number for number in empty if has_images(document, number - 1)]
    recognised: list[int] = []
    if scanned and ocr_available():
        for number in scanned:
            contents[number - 1] = ocr_page(document, number - 1)
            if contents[number - 1].chars:
                recognised.append(number)
        empty = [number for number in empty if number not in recognised]
        scanned = [number for number in scanned if number not in recognised]
    hint = "" if ocr_available() else f"；可安装文字识别扩展（{INSTALL_HINT}）后重新读取"
    if len(empty) == n_pages:
        raise ReadError(
            path,
            "PDF 没有文字层（可能是扫描件），无法读取文字" + hint,
            expected="含有文字层的 PDF（或先做文字识别）",
        )
    if scanned:
        notes.append(
            f"第{_page_list(scanned)}页没有文字层（可能是扫描图片），这些页的内容未读取{hint}"
        )
    blank = [number for number in empty if number not in scanned]
    if blank:
        notes.append(f"第{_page_list(blank)}页没有文字层（空白页或只有线条图形）")
    if recognised:
        notes.append(
            f"第{_page_list(recognised)}页没有文字层（扫描件），已用文字识别（OCR）读取，"
            "数字请对照原件核对"
        )
    if repaired:
        notes.append(f"第{_page_list(repaired)}页的文字改用 pdfminer 解码")
    if unreadable:
        notes.append(
            f"第{_page_list(unreadable)}页有无法解码的字符（(cid:N) 或 �），这些页的文字可能不完整"
        )
    radicals = sum(count_radical_like("".join(ch.text for ch in c.chars)) for c in contents)
    if radicals:
        notes.append(f"{radicals} 个康熙部首/部首补充字符已规范为通用汉字（如 ⽀→支）")

    pages = _layout(contents)
    blocks = _assemble(pages, str(path))
    return Document(path=str(path), format="pdf", blocks=blocks, notes=notes)


def _bad_share(content: PageContent) -> float:
    text = "".join(char.text for char in content.chars)
    return unreadable_count(text) / max(len(content.chars), 1)


def _unreadable(content: PageContent) -> bool:
    return _bad_share(content) > UNREADABLE_SHARE


def _layout(contents: list[PageContent]) -> list[_Page]:
    """Tables and body text of every page, page furniture removed."""
    per_page: list[tuple[PageContent, list[Grid], list[list[Segment]]]] = []
    furniture: dict[str, set[int]] = {}
    for content in contents:
        grids = find_grids(content.edges, content.chars)
        outside = [ch for ch in content.chars if not any(g.contains(ch) for g in grids)]
        lines = [seg for line in group_lines(outside) if (seg := split_segments(line))]
        for line in lines:
            for segment in line:
                if in_margin(segment, content.height):
                    furniture.setdefault(furniture_key(segment, content.height), set()).add(
                        content.number
                    )
        per_page.append((content, grids, lines))

    repeated = {
        key
        for key, numbers in furniture.items()
        if len(numbers) >= 3 and len(numbers) >= 0.3 * len(contents)
    }
    laid_out: list[tuple[PageContent, list[Grid], list[list[Segment]]]] = []
    body_by_width: dict[int, list[list[Segment]]] = {}
    for content, grids, lines in per_page:
        body: list[list[Segment]] = []
        for line in lines:
            kept = [
                s
                for s in line
                if not (
                    in_margin(s, content.height)
                    and (is_page_number(s.text) or furniture_key(s, content.height) in repeated)
                )
            ]
            if kept:
                body.append(kept)
        _drop_outer_page_number(body, grids, content.height)
        if grids:
            body = attach_outside_rows(grids[0], body)
            body = attach_outside_rows(grids[-1], body)
        unruled, body = find_unruled(body)
        grids = sorted([*grids, *unruled], key=lambda grid: grid.ys[0])
        body_by_width.setdefault(round(content.width), []).extend(body)
        laid_out.append((content, grids, body))

    # A page holding only a paragraph's last lines does not show where the text block ends;
    # the other pages of its width do.
    margins = {width: document_right_margin(body) for width, body in body_by_width.items()}
    pages: list[_Page] = []
    for content, grids, body in laid_out:
        page = _Page(number=content.number)
        page.left_margin = min((line[0].x0 for line in body if len(line) == 1), default=0.0)
        items: list[tuple[float, _PageTable | _PageText]] = [
            (grid.ys[0], _PageTable(grid, content.number)) for grid in grids
        ]
        right_margin = margins.get(round(content.width))
        # Text between tables is split at table boundaries so reading order holds.
        for chunk in _split_by_tables(body, grids):
            for block in build_paragraphs(chunk, right_margin):
                items.append((block.top, _PageText(block, content.number)))
        items.sort(key=lambda item: item[0])
        page.items = [item for _, item in items]
        pages.append(page)
    return pages


def _drop_outer_page_number(
    body: list[list[Segment]], grids: list[Grid], page_height: float
) -> None:
    """Remove a page number printed as the lowest (or highest) line of the page but outside
    the usual margin band, as landscape pages do (SWU 2023 final p9 ends with ``7``)."""
    if not body:
        return
    bottom_line = max(body, key=lambda line: line[0].bottom)
    top_line = min(body, key=lambda line: line[0].top)
    lowest_rule = max((grid.ys[-1] for grid in grids), default=0.0)
    highest_rule = min((grid.ys[0] for grid in grids), default=page_height)
    for line, outer in ((bottom_line, True), (top_line, False)):
        if len(line) != 1 or not is_page_number(line[0].text) or line not in body:
            continue
        segment = line[0]
        beyond = (
            segment.top > max(lowest_rule, page_height * (1 - OUTER_BAND))
            if outer
            else segment.bottom < min(highest_rule, page_height * OUTER_BAND)
        )
        if beyond:
            body.remove(line)


def _split_by_tables(lines: list[list[Segment]], grids: list[Grid]) -> list[list[list[Segment]]]:
    cuts = sorted(grid.ys[0] for grid in grids)
    chunks: list[list[list[Segment]]] = [[] for _ in range(len(cuts) + 1)]
    for line in lines:
        top = min(segment.top for segment in line)
        position = sum(1 for cut in cuts if top > cut)
        chunks[position].append(line)
    return [chunk for chunk in chunks if chunk]


@dataclass(slots=True)
class _OpenTable:
    """The last table emitted, while the next page may continue it."""

    rows: list[list[Cell]]
    xs: list[float]
    index: int
    titles: set[str]


def _assemble(pages: list[_Page], source: str) -> list[Block]:
    """Blocks in reading order; tables and paragraphs continued across pages joined.

    A table part at the top of a page continues the table that ended the page before when
    their column boundaries agree (one may merge columns the other splits, e.g. a lone
    ``合计`` row spanning the code columns). The continuation may repeat the table's title and
    unit lines above it and its header rows; those repeats are dropped.
    """
    blocks: list[Block] = []
    last_table: _OpenTable | None = None
    last_text: tuple[TextBlock, int] | None = None
    for page in pages:
        items = page.items
        start = 0
        if last_table is not None:
            start = _repeated_titles(items, last_table.titles)
        for position, item in enumerate(items[start:], start=start):
            first = position == start
            if isinstance(item, _PageTable):
                rows = _cells(item.grid, item.page, source)
                columns = (
                    _joint_columns(last_table.xs, item.grid.xs)
                    if first and last_table is not None
                    else None
                )
                if last_table is not None and columns is not None:
                    previous_rows = _regrid(last_table.rows, last_table.xs, columns)
                    rows = _regrid(rows, item.grid.xs, columns)
                    joined = previous_rows + _without_repeated_header(previous_rows, rows)
                    table = blocks[last_table.index]
                    assert isinstance(table, Table)
                    blocks[last_table.index] = Table(rows=joined, location=table.location)
                    last_table = _OpenTable(joined, columns, last_table.index, last_table.titles)
                else:
                    x0, top, x1, bottom = item.grid.bbox
                    blocks.append(
                        Table(
                            rows=rows,
                            location=SourceLocation(
                                file=source, page=item.page, bbox=(x0, top, x1, bottom)
                            ),
                        )
                    )
                    titles = {
                        other.block.text
                        for other in items[max(0, position - 3) : position]
                        if isinstance(other, _PageText)
                    }
                    last_table = _OpenTable(rows, item.grid.xs, len(blocks) - 1, titles)
                last_text = None
                continue
            text = item.block
            if first and last_text is not None and continues(last_text[0], text, page.left_margin):
                previous, index = last_text
                previous.text += text.text
                previous.open_end = text.open_end
                old = blocks[index]
                assert isinstance(old, Paragraph)
                blocks[index] = Paragraph(text=normalize_text(previous.text), location=old.location)
                last_table = None
                continue
            blocks.append(
                Paragraph(
                    text=text.text,
                    location=SourceLocation(
                        file=source,
                        page=item.page,
                        bbox=(text.x0, text.top, text.x1, text.bottom),
                    ),
                )
            )
            last_text = (text, len(blocks) - 1)
            last_table = None
        # Only the last item of a page may continue on the next one.
        if not items:
            last_table, last_text = None, None
        if items and not isinstance(items[-1], _PageTable):
            last_table = None
        if items and not isinstance(items[-1], _PageText):
            last_text = None
    return blocks


def _repeated_titles(items: list[_PageTable | _PageText], titles: set[str]) -> int:
    """How many leading text items of a page repeat the open table's title lines, when a
    table follows them directly (0 otherwise)."""
    count = 0
    while count < len(items) and isinstance(items[count], _PageText):
        item = items[count]
        assert isinstance(item, _PageText)
        if item.block.text not in titles:
            return 0
        count += 1
    return count if count < len(items) else 0


def _cells(grid: Grid, page: int, source: str) -> list[list[Cell]]:
    return [
        [
            Cell(
                text=cell.text,
                location=SourceLocation(file=source, page=page, bbox=cell.bbox),
                spanned=cell.spanned,
            )
            for cell in row
        ]
        for row in grid.rows
    ]


def _joint_columns(previous: list[float], current: list[float]) -> list[float] | None:
    """The column boundaries of two table parts taken together, or ``None`` when they are
    not the same table: the outer boundaries must agree and one part's boundaries must all
    be boundaries of the other (a part may merge columns the other splits)."""
    if (
        abs(previous[0] - current[0]) > COLUMN_MATCH
        or abs(previous[-1] - current[-1]) > COLUMN_MATCH
    ):
        return None

    def inside(few: list[float], many: list[float]) -> bool:
        return all(any(abs(a - b) <= COLUMN_MATCH for b in many) for a in few)

    if len(previous) >= len(current) and inside(current, previous):
        return previous
    if len(current) > len(previous) and inside(previous, current):
        return current
    return None


def _regrid(rows: list[list[Cell]], xs: list[float], target: list[float]) -> list[list[Cell]]:
    """``rows`` laid out on column boundaries ``xs`` spread over the finer ``target``
    boundaries: a cell covering several target columns is repeated, copies ``spanned``."""
    if len(xs) == len(target):
        return rows
    owner = [
        min(max(bisect_right(xs, (a + b) / 2) - 1, 0), len(xs) - 2)
        for a, b in itertools.pairwise(target)
    ]
    regridded: list[list[Cell]] = []
    for row in rows:
        cells: list[Cell] = []
        for j, source in enumerate(owner):
            cell = row[source]
            if j > 0 and owner[j - 1] == source:
                cell = Cell(text=cell.text, location=cell.location, spanned=True)
            cells.append(cell)
        regridded.append(cells)
    return regridded


def _without_repeated_header(
    previous: list[list[Cell]], rows: list[list[Cell]]
) -> list[list[Cell]]:
    """``rows`` without the leading rows that repeat the first table part's header."""
    skip = 0
    while (
        skip < len(rows)
        and skip < len(previous)
        and [c.text for c in rows[skip]] == [c.text for c in previous[skip]]
        and not any(_looks_numeric(c.text) for c in rows[skip])
    ):
        skip += 1
    return rows[skip:]


def _looks_numeric(text: str) -> bool:
    stripped = text.replace(",", "").replace(".", "").replace("-", "")
    return bool(stripped) and stripped.isdigit()
