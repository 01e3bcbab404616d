"""``yusuan extract``: the tables and figures as extracted, for checking or reuse."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from yusuan.cli.common import console, fail, write_output


class ExtractFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    XLSX = "xlsx"


def extract(
    file: Annotated[Path, typer.Argument(help="公开文件")],
    format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="输出格式")
    ] = ExtractFormat.TEXT,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="输出文件（xlsx 必须指定）")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件")] = False,
) -> None:
    """提取公开文件中的标准报表、说明数字和绩效目标（不做审核）。

    Example: yusuan extract doc.txt --format xlsx -o tables.xlsx
    """
    from yusuan.api import load
    from yusuan.read.errors import ReadError

    try:
        disclosure = load(file)
    except ReadError as error:
        fail(error.message)
    if format is ExtractFormat.JSON:
        write_output(output, disclosure.model_dump_json(indent=2), force=force)
    elif format is ExtractFormat.XLSX:
        from yusuan.report.tables_xlsx import tables_workbook

        if output is None:
            fail("xlsx 格式需要用 -o 指定输出文件，例如 -o tables.xlsx")
        write_output(output, tables_workbook(disclosure), force=force)
        console(stderr=True).print(f"已写入 {output}（{len(disclosure.tables)} 张标准报表）")
    else:
        from yusuan.report.tables_text import render_tables

        render_tables(disclosure, console())
