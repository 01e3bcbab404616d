"""Benchmark: read + extract + audit of the seed, in process and from a cold CLI.

    .venv/bin/python bench/audit_text.py [--seconds 3]

Prints documents per second for the warm, in-process pipeline on one core, and the wall
time of cold CLI runs (``yusuan --help``; ``yusuan audit`` of the seed end to end), each
against its target from the issue: ≥ 100 documents/s warm, ``--help`` ≤ 0.3 s, audit ≤ 1 s.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "src" / "yusuan" / "examples" / "江汉区融媒体中心2020预算.txt"
YUSUAN = Path(sys.executable).parent / "yusuan"

TARGET_DOCS_PER_SECOND = 100.0
TARGET_HELP_SECONDS = 0.3
TARGET_AUDIT_SECONDS = 1.0


def warm_rate(seconds: float) -> float:
    from yusuan.api import audit_file

    audit_file(SEED)  # warm caches (catalog, rule registry)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        audit_file(SEED)
        count += 1
    return count / (time.perf_counter() - start)


def cold(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(YUSUAN), *args], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    options = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    rate = warm_rate(options.seconds)
    print(
        f"warm read+extract+audit: {rate:.0f} documents/s "
        f"(target ≥ {TARGET_DOCS_PER_SECOND:.0f}; ratio {rate / TARGET_DOCS_PER_SECOND:.2f})"
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
