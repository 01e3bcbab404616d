"""The library's front door: read + extract + audit a file in one call.

    from yusuan.api import audit_file
    report = audit_file("江汉区融媒体中心2020预算.txt")
    report.valid, report.stats.errors, report.findings[0].message

Each stage is also usable alone: ``yusuan.read.read_document`` → ``yusuan.extract.extract``
→ ``yusuan.audit.engine.run_rules``.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from yusuan.audit.engine import run_rules
from yusuan.audit.report import AuditReport, build_report
from yusuan.extract import extract
from yusuan.model.disclosure import Disclosure
from yusuan.read import Document, ReadError, read_document


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one document is read and audited.

    Reading and auditing build thousands of small objects that live until the report is
    made; each few hundred allocations would start a collection that finds nothing to free
    (the objects are alive) but walks them all, about a tenth of the audit's time. Objects
    are still freed by reference counting as usual; cycles wait for the next collection,
    which runs as soon as the collector is back on. The same technique as Mercurial's
    ``util.nogc``. The collector is left as it was found (off stays off).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load(path: str | Path) -> Disclosure:
    """Read and extract ``path``. Raises ``yusuan.read.ReadError`` for unusable input."""
    with _cycle_collection_paused():
        return _extract_checked(read_document(path))


def _extract_checked(document: Document) -> Disclosure:
    """Extract ``document``; a file with neither a standard table nor a narrative figure is
    not a disclosure, and raises ``ReadError`` rather than passing an empty audit."""
    disclosure = extract(document)
    if not disclosure.tables and not disclosure.narrative and not disclosure.performance:
        raise ReadError(
            document.path,
            "未找到可识别的预算报表或预算说明数字",
            expected="部门预算/决算公开文件（含收支总表等标准报表或预算说明）",
        )
    return disclosure


def audit_file(
    path: str | Path, *, select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> AuditReport:
    """Read, extract and audit ``path``; ``select``/``ignore`` take rule codes or prefixes.

    Raises ``yusuan.read.ReadError`` when the file cannot be read as a disclosure.
    """
    start = time.perf_counter()
    with _cycle_collection_paused():
        return _audit(read_document(path), start, select, ignore)


def _audit(
    document: Document, start: float, select: Iterable[str], ignore: Iterable[str]
) -> AuditReport:
    """Extract and audit a read ``document``; ``start`` is when reading began."""
    return _report(document, _extract_checked(document), start, select, ignore)


def _report(
    document: Document,
    disclosure: Disclosure,
    start: float,
    select: Iterable[str],
    ignore: Iterable[str],
) -> AuditReport:
    """Audit an extracted ``disclosure`` of ``document``."""
    results = run_rules(disclosure, select=select, ignore=ignore)
    return build_report(
        disclosure, results, seconds=time.perf_counter() - start, read_notes=document.notes
    )


def read_together(paths: Sequence[str | Path]) -> Document:
    """Read several files of ONE disclosure (a narrative volume and its separately published
    tables volume, e.g. Jiangsu's ``…部门预算.pdf`` + ``…预算公开表.pdf``) as one Document:
    the blocks of each file in the order given, each block keeping the ``SourceLocation`` of
    its own file. ``path`` is the first file's path; ``notes`` are all files' notes, each
    prefixed with its file name. Raises ``ReadError`` for an unreadable file or an empty
    list.
    """
    if not paths:
        raise ReadError("", "未给出要合并审核的文件", expected="至少一个公开文件")
    return combine([read_document(path) for path in paths])


def combine(documents: Sequence[Document]) -> Document:
    """The documents' blocks in order as one Document (see :func:`read_together`)."""
    first = documents[0]
    return Document(
        path=first.path,
        format=first.format,
        encoding=first.encoding,
        blocks=[block for document in documents for block in document.blocks],
        notes=[
            f"{Path(document.path).name}：{note}"
            for document in documents
            for note in document.notes
        ],
    )


def _common_prefix_share(first: str, second: str) -> float:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length / max(min(len(first), len(second)), 1)


def _volumes_of_one_disclosure(narrative: Disclosure, tables: Disclosure) -> bool:
    """A narrative-only volume and a tables-only volume published as two files of one
    disclosure: same folder and fiscal year, and file names sharing most of their stem
    (``…_2019_budget.pdf`` / ``…_2019_budget-tables.pdf``)."""
    first, second = Path(narrative.source), Path(tables.source)
    return (
        first.parent == second.parent
        and narrative.fiscal_year is not None
        and narrative.fiscal_year == tables.fiscal_year
        and _common_prefix_share(first.stem, second.stem) >= 0.8
    )


@dataclass(frozen=True)
class _Read:
    """A file read and extracted, and when its reading started."""

    document: Document
    disclosure: Disclosure
    start: float


def audit_paths(
    paths: Sequence[str | Path], *, select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> list[AuditReport | ReadError]:
    """Audit each file; a narrative-only volume and a tables-only volume of the same
    disclosure (see :func:`_volumes_of_one_disclosure`) are audited together as one, its
    report at the narrative's place with a read note naming the tables file.

    Returns, in the order of ``paths``, a report per disclosure or the ``ReadError`` of a
    file that could not be read.
    """
    items: list[_Read | ReadError] = []
    for path in paths:
        start = time.perf_counter()
        try:
            with _cycle_collection_paused():
                document = read_document(path)
                items.append(_Read(document, _extract_checked(document), start))
        except ReadError as error:
            items.append(error)
    read = {i: item for i, item in enumerate(items) if isinstance(item, _Read)}
    narratives = [i for i, r in read.items() if not r.disclosure.tables]
    tables_only = [i for i, r in read.items() if r.disclosure.tables and not r.disclosure.narrative]
    partner: dict[int, int] = {}
    for n in narratives:
        for t in tables_only:
            if t not in partner.values() and _volumes_of_one_disclosure(
                read[n].disclosure, read[t].disclosure
            ):
                partner[n] = t
                break
    results: list[AuditReport | ReadError] = []
    for index, item in enumerate(items):
        if isinstance(item, ReadError):
            results.append(item)
        elif index in partner:
            tables = read[partner[index]].document
            both = combine([item.document, tables])
            both.notes.insert(0, f"与报表分册 {Path(tables.path).name} 合并审核")
            with _cycle_collection_paused():
                results.append(_audit(both, item.start, select, ignore))
        elif index not in partner.values():  # a paired tables volume is in its narrative's
            with _cycle_collection_paused():
                results.append(_report(item.document, item.disclosure, item.start, select, ignore))
    return results


def audit_together(
    paths: Sequence[str | Path], *, select: Iterable[str] = (), ignore: Iterable[str] = ()
) -> AuditReport:
    """Read ``paths`` as ONE disclosure (:func:`read_together`), extract and audit it.

    Raises ``yusuan.read.ReadError`` when a file cannot be read, or when together they hold
    no disclosure.
    """
    start = time.perf_counter()
    with _cycle_collection_paused():
        return _audit(read_together(paths), start, select, ignore)


class RenderRefused(Exception):
    """``render`` found error-severity findings in what it was about to write; ``report``
    holds them. Nothing was written."""

    def __init__(self, report: AuditReport) -> None:
        self.report = report
        super().__init__(f"生成的公开文件未通过审核：{report.stats.errors} 个错误，未写入任何文件")


def render_budget(
    path: str | Path,
    out_dir: str | Path,
    formats: Iterable[str],
    *,
    force: bool = False,
) -> tuple[list[Path], AuditReport]:
    """Generate the disclosure of the budget data at ``path`` into ``out_dir``.

    Steps: load and validate the data (``BudgetInputError`` with cell-located problems),
    derive the tables and compose the document, audit it by reading its text rendering back
    through the normal pipeline (``RenderRefused`` on any error finding), then write one file
    per format. Existing files are only replaced with ``force`` (``FileExistsError``).
    Returns the written paths and the audit report.
    """
    import tempfile

    from yusuan.budget.load import load_budget
    from yusuan.budget.validate import name_resolver
    from yusuan.catalog.catalog import default_catalog
    from yusuan.render.compose import compose
    from yusuan.render.text import render_text
    from yusuan.render.writers import WRITERS, writer

    data = load_budget(path)
    resolve = name_resolver(data, default_catalog())
    layout = compose(
        data, lambda code: resolve(code, "function" if code[0] == "2" else "economic") or code
    )
    stem = f"{data.info.department}{data.info.fiscal_year}年{data.info.level}预算"
    chosen = list(dict.fromkeys(formats))
    unknown = [f for f in chosen if f not in WRITERS]
    if unknown:
        raise ValueError(f"未知的输出格式：{'、'.join(unknown)}（可选：{'、'.join(WRITERS)}）")
    targets = [Path(out_dir) / f"{stem}{WRITERS[f][0]}" for f in chosen]
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise FileExistsError("、".join(str(t) for t in existing))

    with tempfile.TemporaryDirectory() as scratch:
        check = Path(scratch) / f"{stem}.txt"
        check.write_bytes(render_text(layout))
        report = audit_file(check)
    if not report.valid:
        raise RenderRefused(report)
    rendered = {f: writer(f)(layout) for f in chosen}
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    for fmt, target in zip(chosen, targets, strict=True):
        target.write_bytes(rendered[fmt])
    return targets, report
