"""Benchmark: read + extract + audit of the seed, in process and from a cold CLI.

    .venv/bin/python bench/audit_text.py [--trials 7] [--seconds 1] [--instructions]

Prints documents per second for the warm, in-process pipeline on one core, and the wall
time of cold CLI runs (``yusuan --help``; ``yusuan audit`` of the seed end to end), each
against its target from the issue: ≥ 100 documents/s warm, ``--help`` ≤ 0.3 s, audit ≤ 1 s.

The warm rate is measured in several short trials, and both the median and the best trial
are printed: shared virtual machines change speed by phases (the same build measured 1.7×
apart a minute later on the machine in the README), so one long run says more about the
neighbours than about yusuan. "First sight" repeats the measurement with yusuan's bounded
memo caches (``functools.lru_cache`` with ``maxsize`` > 1, keyed on texts such as labels and
paragraphs) cleared before every document, which is what a corpus of different documents
sees; process-wide data (the catalog, the rule registry) stays loaded, as it would.
Before each trial a fixed pure-Python loop is timed (``machine_speed``); the median and
range of its speed are printed, so a slow run can be told from a slow machine.
``--instructions`` adds a figure that does not depend on the machine's phase: instructions
per warm audit counted by valgrind's callgrind, against the count before the speed work.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "src" / "yusuan" / "examples" / "江汉区融媒体中心2020预算.txt"
YUSUAN = Path(sys.executable).parent / "yusuan"

TARGET_DOCS_PER_SECOND = 100.0
TARGET_HELP_SECONDS = 0.3
TARGET_AUDIT_SECONDS = 1.0
# machine_speed() on the README's machine when no neighbour slowed it (2026-11-29)
FULL_SPEED = 5.8


def memo_caches() -> list[Callable[[], None]]:
    """``cache_clear`` of every bounded memo cache in the loaded yusuan modules."""
    clears = {}
    for name, module in list(sys.modules.items()):
        if name != "yusuan" and not name.startswith("yusuan."):
            continue
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is None or getattr(value, "__module__", None) != name:
                continue
            maxsize = parameters()["maxsize"]
            if maxsize is not None and maxsize > 1:
                clears[id(value)] = value.cache_clear
    return list(clears.values())


def _reference_workload() -> int:
    """A fixed pure-Python loop (string building and dict updates, as yusuan's own work)."""
    table: dict[str, int] = {}
    for i in range(REFERENCE_ITERATIONS):
        key = str(i % 1000)
        table[key] = table.get(key, 0) + i
    return len(table)


REFERENCE_ITERATIONS = 50_000


def machine_speed() -> float:
    """Millions of iterations per second of :func:`_reference_workload` (best of 3): how
    fast the machine runs Python at this moment, whatever yusuan's code does."""
    best = min(_timed(_reference_workload) for _ in range(3))
    return REFERENCE_ITERATIONS / best / 1e6


def _timed(function: Callable[[], object]) -> float:
    start = time.process_time()
    function()
    return time.process_time() - start


def rates(trials: int, seconds: float, first_sight: bool, speeds: list[float]) -> list[float]:
    """Documents per second in each of ``trials`` runs of ``seconds``; the machine's speed
    (:func:`machine_speed`) before each trial is appended to ``speeds``."""
    from yusuan.api import audit_file

    audit_file(SEED)  # load the catalog and the rule registry, import everything
    clears = memo_caches() if first_sight else []
    result = []
    for _ in range(trials):
        speeds.append(machine_speed())
        count, busy, start = 0, 0.0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            for clear in clears:
                clear()
            begin = time.perf_counter()
            audit_file(SEED)
            busy += time.perf_counter() - begin
            count += 1
        result.append(count / busy)
    return result


def cold(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(YUSUAN), *args], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# instructions per warm audit of the seed at commit f2b3868 (before the speed work), measured
# with --instructions; the figure to compare a change against, whatever the machine's phase
BASELINE_INSTRUCTIONS = 137_984_588


def instructions_per_document(runs: int) -> int | None:
    """Instructions one warm audit of the seed executes, counted by valgrind's callgrind
    (deterministic: the same build counts the same on a busy or an idle machine). Two runs,
    3 and 3 + ``runs`` audits, so start-up and the first (cold) audits cancel out. ``None``
    when valgrind is not installed."""
    if shutil.which("valgrind") is None:
        return None
    counts = []
    for audits in (3, 3 + runs):
        script = (
            "from yusuan.api import audit_file\n"
            f"for _ in range({audits}): audit_file({str(SEED)!r})\n"
        )
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--callgrind-out-file=/dev/null",
                sys.executable,
                "-c",
                script,
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        found = re.search(r"refs:\s+([\d,]+)", done.stderr)
        assert found, done.stderr[-500:]
        counts.append(int(found.group(1).replace(",", "")))
    return (counts[1] - counts[0]) // runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=1.0, help="length of one trial")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions per document under callgrind (about 2 minutes)",
    )
    options = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    speeds: list[float] = []
    for label, first_sight in (("warm", False), ("first sight", True)):
        trials = rates(options.trials, options.seconds, first_sight, speeds)
        median, best = statistics.median(trials), max(trials)
        print(
            f"{label} read+extract+audit: median {median:.0f}, best {best:.0f} documents/s "
            f"over {len(trials)} trials (target ≥ {TARGET_DOCS_PER_SECOND:.0f}; "
            f"ratio {median / TARGET_DOCS_PER_SECOND:.2f} / {best / TARGET_DOCS_PER_SECOND:.2f})"
        )
    print(
        f"machine speed during the trials (a fixed pure-Python loop, M iterations/s; "
        f"{FULL_SPEED} at this machine's full speed): median {statistics.median(speeds):.1f}, "
        f"range {min(speeds):.1f}–{max(speeds):.1f}"
    )
    if options.instructions:
        counted = instructions_per_document(5)
        if counted is None:
            print("instructions per document: valgrind is not installed")
        else:
            print(
                f"instructions per warm audit (callgrind): {counted / 1e6:.1f} M "
                f"(before the speed work, f2b3868: {BASELINE_INSTRUCTIONS / 1e6:.1f} M; "
                f"ratio {counted / BASELINE_INSTRUCTIONS:.2f})"
            )
    help_time = cold(["--help"])
    print(
        f"cold `yusuan --help`: {help_time:.3f} s "
        f"(target ≤ {TARGET_HELP_SECONDS}; ratio {help_time / TARGET_HELP_SECONDS:.2f})"
    )
    audit_time = cold(["audit", str(SEED)])
    print(
        f"cold `yusuan audit <seed>`: {audit_time:.3f} s "
        f"(target ≤ {TARGET_AUDIT_SECONDS}; ratio {audit_time / TARGET_AUDIT_SECONDS:.2f})"
    )


if __name__ == "__main__":
    main()
