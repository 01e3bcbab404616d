"""The ``yusuan`` command. Heavy libraries are imported inside the commands, so ``--help``
and start-up stay fast."""

from __future__ import annotations

import typer

from yusuan.cli.audit import audit
from yusuan.cli.catalog import app as catalog_app
from yusuan.cli.extract import extract
from yusuan.cli.render import render, template
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
app.command()(render)
app.command()(template)
app.add_typer(catalog_app, name="catalog")


def _version(value: bool) -> None:
    if value:
        from yusuan import __version__

        typer.echo(f"yusuan {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(
        False, "--version", help="显示版本号并退出", callback=_version, is_eager=True
    ),
) -> None:
    """yusuan（预算）：读取、审核和生成部门预算/决算公开文件。"""


def main() -> None:
    app()
