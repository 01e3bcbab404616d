"""Benchmark: yusuan's PDF read (and read+extract+audit) against pdfplumber's bare
``page.extract_tables()`` on the same files, in the same run.

Run on demand (not a test)::

    .venv/bin/python bench/extract_pdf.py [PDF ...]

Without arguments it uses every PDF in ``../shared/corpus/real``. For each file it prints
milliseconds per page of: yusuan read; yusuan read+extract+audit (when the extract and audit
stages are importable); pdfplumber ``extract_tables()``; the ratio yusuan full / pdfplumber
(target ≤ 1.0, aim 0.2); and the peak traced memory of the yusuan read. Each yusuan
measurement is the best of ``--repeat`` runs (default 3); pdfplumber is run once.

Then it scores the reader's table cells against the hand-checked ground truth in
``bench/ground_truth/*.json`` (each file: the PDF, the page and the table part's rows on that
page, every cell compared by eye with the rendered page): a cell counts as found when the
reader gives the same text at the same row and column of the best-matching table part on
that page. Precision = found / non-empty cells the reader gave; recall = found / non-empty
cells of the ground truth (targets ≥ 99.5 %). Last, the peak resident memory (RSS, native
PDFium memory included) of reading a 30-page document in a fresh process (target < 300 MB).
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
GROUND_TRUTH = ROOT / "bench" / "ground_truth"
#: The 30-page document whose peak resident memory is measured.
MEMORY_DOCUMENT = "shanghai-putuo_planning-resources_2024_final.pdf"


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
        read_seconds = _best_of(args.repeat, partial(reader.read, path))
        full_seconds = _best_of(args.repeat, partial(full, path)) if full else float("nan")
        if args.no_plumber:
            plumber_seconds, pages = float("nan"), _page_count(path)
        else:
            plumber_seconds, pages = _pdfplumber_tables(path)
        peak = _peak_memory_mb(partial(reader.read, path))
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
    corpus = files[0].parent
    _ground_truth(corpus if (corpus / MEMORY_DOCUMENT).exists() else CORPUS)
    memory_document = CORPUS / MEMORY_DOCUMENT
    if memory_document.exists():
        pages = _page_count(memory_document)
        print(
            f"\npeak RSS reading {MEMORY_DOCUMENT} ({pages} pages):"
            f" {_peak_rss_mb(memory_document):.0f} MB (target < 300 MB)"
        )
    return 0


def _cell_scores(truth: list[list[str]], found: list[list[str]]) -> tuple[int, int, int]:
    """(cells matching, non-empty cells found, non-empty cells in the truth)."""
    matching = 0
    for r in range(min(len(truth), len(found))):
        for c in range(min(len(truth[r]), len(found[r]))):
            matching += bool(truth[r][c]) and truth[r][c] == found[r][c]
    given = sum(1 for row in found for text in row if text)
    expected = sum(1 for row in truth for text in row if text)
    return matching, given, expected


def _ground_truth(corpus: Path) -> tuple[int, int, int]:
    from yusuan.read import read_document

    totals = [0, 0, 0]
    documents: dict[str, Any] = {}
    print("\ncell precision/recall against bench/ground_truth (hand-checked):")
    for spec_path in sorted(GROUND_TRUTH.glob("*.json")):
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        pdf = corpus / spec["file"]
        if not pdf.exists():
            print(f"  {spec_path.name}: {pdf} missing, skipped")
            continue
        if spec["file"] not in documents:
            documents[spec["file"]] = read_document(pdf)
        best = (0, 0, sum(1 for row in spec["rows"] for text in row if text))
        for table in documents[spec["file"]].tables():
            part = [
                [cell.text for cell in row]
                for row in table.rows
                if row[0].location.page == spec["page"]
            ]
            if part:
                scores = _cell_scores(spec["rows"], part)
                if scores[0] > best[0] or (scores[0] == best[0] and best[1] == 0):
                    best = scores
        matching, given, expected = best
        totals = [totals[0] + matching, totals[1] + given, totals[2] + expected]
        print(
            f"  {spec_path.name:44s} cells {expected:4d}  precision"
            f" {_share(matching, given):7.2%}  recall {_share(matching, expected):7.2%}"
        )
    print(
        f"  {'all':44s} cells {totals[2]:4d}  precision {_share(totals[0], totals[1]):7.2%}"
        f"  recall {_share(totals[0], totals[2]):7.2%}"
    )
    return totals[0], totals[1], totals[2]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else float("nan")


def _peak_rss_mb(path: Path) -> float:
    """Peak resident memory (MB) of a fresh Python process that reads ``path``."""
    code = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from yusuan.read import read_document\n"
        "read_document(Path(sys.argv[1]))\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    return int(output.stdout.split()[-1]) / 1024


def _page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


if __name__ == "__main__":
    raise SystemExit(main())
