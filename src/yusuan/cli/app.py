"""The ``yusuan`` command. Heavy libraries are imported inside the commands, so ``--help``
and start-up stay fast."""

from __future__ import annotations

import typer

from yusuan.cli.audit import audit
from yusuan.cli.extract import extract
from yusuan.cli.rules import rules

app = typer.Typer(
    name="yusuan",
    help="yusuan（预算）：读取、审核和生成部门预算/决算公开文件。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command()(audit)
app.command()(extract)
app.command()(rules)


def main() -> None:
    app()
