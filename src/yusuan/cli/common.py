"""What every command shares: exit codes, reading input with a clear error, output files."""

from __future__ import annotations

import sys
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    from rich.console import Console


class Exit(IntEnum):
    """Exit codes, as linters use them."""

    CLEAN = 0  # no error-severity findings
    FINDINGS = 1  # error-severity findings (render: refused to write a document with errors)
    UNREADABLE = 2  # the input could not be read, or the command could not run as asked


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def fail(message: str, code: Exit = Exit.UNREADABLE) -> NoReturn:
    """Print ``message`` (Chinese) to stderr and exit with ``code`` — never a traceback."""
    console(stderr=True).print(f"[bold red]yusuan：[/]{message}", highlight=False, soft_wrap=True)
    raise typer.Exit(int(code))


def parse_codes(values: list[str] | None) -> list[str]:
    """Rule codes or prefixes from repeated and/or comma-separated options (``N,X2`` or
    ``--select N --select X2``). An unknown code or prefix is a usage error (exit 2)."""
    from yusuan.audit.registry import all_rules

    codes = [c.strip().upper() for v in values or [] for c in v.replace("，", ",").split(",")]
    codes = [c for c in codes if c]
    known = [r.code for r in all_rules()]
    unknown = [c for c in codes if not any(k.startswith(c) for k in known)]
    if unknown:
        fail(f"没有规则 {'、'.join(unknown)}；用 yusuan rules 查看全部规则")
    return codes


def write_output(path: Path | None, data: str | bytes, *, force: bool) -> None:
    """Write ``data`` to ``path`` (or stdout when ``None``). An existing file is only
    overwritten with ``--force``: nothing the user has is lost without asking."""
    if path is None:
        if isinstance(data, bytes):
            fail("二进制输出需要用 -o 指定输出文件")
        sys.stdout.write(data if data.endswith("\n") else data + "\n")
        return
    if path.exists() and not force:
        fail(f"{path} 已存在；如需覆盖请加 --force")
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
