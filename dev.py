#!/usr/bin/env python3
"""Set up yusuan's environment and run its two main jobs, from nothing but python3.

    python3 dev.py example   # install (first time) and audit the bundled real disclosure
                             # (exits 0 when the audit ran, although the example has errors)
    python3 dev.py test      # install (first time) and run the whole test suite (+ ruff, mypy)

The virtual environment lives in .venv and is rebuilt only when requirements.lock or
pyproject.toml change. Any further arguments are passed on (to `yusuan audit` or pytest).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".yusuan-installed"
EXAMPLE = ROOT / "src" / "yusuan" / "examples" / "江汉区融媒体中心2020预算.txt"


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("requirements.lock", "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_env() -> None:
    """Create .venv and install the locked dependencies and yusuan itself, if not done yet."""
    fingerprint = _fingerprint()
    if STAMP.exists() and STAMP.read_text() == fingerprint:
        return
    if not (BIN / "python").exists():
        print("yusuan: creating .venv …", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(BIN / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    print("yusuan: installing locked dependencies …", file=sys.stderr)
    subprocess.run([*pip, "install", "-r", str(ROOT / "requirements.lock")], check=True)
    subprocess.run([*pip, "install", "--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(fingerprint)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"example", "test", "setup"}:
        print(__doc__, file=sys.stderr)
        return 2
    ensure_env()
    job, rest = argv[0], argv[1:]
    if job == "setup":
        return 0
    if job == "example":
        command = [str(BIN / "yusuan"), "audit", str(EXAMPLE), *rest]
        code = subprocess.run(command, cwd=ROOT).returncode
        # exit 1 means "the audit ran and found errors": the example has real ones
        return 0 if code in (0, 1) else code
    command = [str(BIN / "python"), "-m", "pytest", *rest]
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
