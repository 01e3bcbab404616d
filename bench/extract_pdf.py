"""Benchmark: yusuan's PDF read (and read+extract+audit) against pdfplumber's bare
``page.extract_tables()`` on the same files, in the same run.

Run on demand (not a test)::

    .venv/bin/python bench/extract_pdf.py [PDF ...]

Without arguments it uses every PDF in ``../shared/corpus/real``. For each file it prints
milliseconds per page of: yusuan read; yusuan read+extract+audit (when the extract and audit
stages are importable); pdfplumber ``extract_tables()``; the ratio yusuan full / pdfplumber
(target ≤ 1.0, aim 0.2); and the peak traced memory of the yusuan read. Each yusuan
measurement is the best of ``--repeat`` runs (default 3); pdfplumber is run once.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _best_of(repeat: int, action: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def _pdfplumber_tables(path: Path) -> tuple[float, int]:
    import pdfplumber

    start = time.perf_counter()
    with pdfplumber.open(str(path)) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            page.extract_tables()
            page.close()
    return time.perf_counter() - start, pages


def _full_pipeline() -> Callable[[Path], object] | None:
    try:
        from yusuan.audit.engine import run_rules
        from yusuan.extract import extract
        from yusuan.read import read_document
    except ImportError:
        return None

    def run(path: Path) -> object:
        return run_rules(extract(read_document(path)))

    return run


def _peak_memory_mb(action: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-plumber", action="store_true", help="skip the pdfplumber baseline")
    args = parser.parse_args(argv)
    files = args.pdfs or sorted(CORPUS.glob("*.pdf"))
    if not files:
        print(f"no PDF files given and none in {CORPUS}", file=sys.stderr)
        return 2

    from yusuan.read.pdf import PdfReader

    reader = PdfReader()
    full = _full_pipeline()
    columns = ("pages", 5), ("read", 8), ("full", 8), ("plumber", 8), ("ratio", 6), ("peakMB", 7)
    header = f"{'file':48s} " + " ".join(f"{name:>{width}s}" for name, width in columns)
    print(header + "\n" + "-" * len(header))
    totals = {"pages": 0, "read": 0.0, "full": 0.0, "plumber": 0.0}
    for path in files:
        read_seconds = _best_of(args.repeat, lambda p=path: reader.read(p))
        full_seconds = _best_of(args.repeat, lambda p=path: full(p)) if full else float("nan")
        if args.no_plumber:
            plumber_seconds, pages = float("nan"), _page_count(path)
        else:
            plumber_seconds, pages = _pdfplumber_tables(path)
        peak = _peak_memory_mb(lambda p=path: reader.read(p))
        measured = full_seconds if full else read_seconds
        ratio = measured / plumber_seconds if plumber_seconds == plumber_seconds else float("nan")
        print(
            f"{path.name[:48]:48s} {pages:5d} {read_seconds / pages * 1e3:7.1f}ms"
            f" {full_seconds / pages * 1e3:7.1f}ms {plumber_seconds / pages * 1e3:7.1f}ms"
            f" {ratio:6.2f} {peak:7.1f}"
        )
        totals["pages"] += pages
        totals["read"] += read_seconds
        totals["full"] += full_seconds
        totals["plumber"] += plumber_seconds
    pages = int(totals["pages"])
    print("-" * len(header))
    print(
        f"{'all':48s} {pages:5d} {totals['read'] / pages * 1e3:7.1f}ms"
        f" {totals['full'] / pages * 1e3:7.1f}ms {totals['plumber'] / pages * 1e3:7.1f}ms"
        f" {(totals['full'] if full else totals['read']) / totals['plumber']:6.2f}"
    )
    return 0


def _page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


if __name__ == "__main__":
    raise SystemExit(main())
