"""``yusuan audit``: read, extract and audit disclosures; report findings."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from yusuan.cli.common import Exit, console, fail, write_output


class ReportFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"


def audit(
    files: Annotated[
        list[Path], typer.Argument(help="公开文件（文本/Markdown；PDF 等格式见 README）")
    ],
    format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="报告格式")
    ] = ReportFormat.TEXT,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", help="只运行这些规则（代码或前缀，如 N、X2、C101）"),
    ] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="不运行这些规则")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="写入文件而非标准输出")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件")] = False,
    together: Annotated[
        bool,
        typer.Option(
            "--together",
            help="把所有文件当作同一份公开文件的几部分合并审核（如预算说明与单独发布的预算公开表）",
        ),
    ] = False,
) -> None:
    """审核预算公开文件：报表运算、表间勾稽、科目、说明与报表一致性、绩效目标、文字质量。

    退出码：0 未发现错误；1 发现错误；2 文件无法读取。

    不加 --together 时每个文件单独审核；加 --together 时，按给出的顺序把各文件合并为一份公开
    文件审核（同一部门同一年度的说明与报表分册，例如江苏省各部门单独发布的“预算公开表”），
    每条发现仍标明它所在的文件和页码。

    Example: yusuan audit 江汉区融媒体中心2020预算.txt --format json > findings.json

    Example: yusuan audit --together 政协办公厅2019年度部门预算.pdf 政协办公厅2019年预算公开表.pdf
    """
    from yusuan.api import audit_file, audit_together
    from yusuan.read.errors import ReadError

    reports = []
    if together:
        try:
            reports.append(audit_together(files, select=select or (), ignore=ignore or ()))
        except ReadError as error:
            fail(error.message)
    for file in [] if together else files:
        try:
            reports.append(audit_file(file, select=select or (), ignore=ignore or ()))
        except ReadError as error:
            fail(error.message)

    if format is ReportFormat.JSON:
        import json

        payload = [json.loads(r.model_dump_json()) for r in reports]
        text = json.dumps(
            payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2
        )
        write_output(output, text, force=force)
    elif format is ReportFormat.MARKDOWN:
        from yusuan.report.markdown import render_markdown

        write_output(output, "\n\n".join(render_markdown(r) for r in reports), force=force)
    else:
        from yusuan.report.text import render_text

        if output is not None:
            from rich.console import Console

            if output.exists() and not force:
                fail(f"{output} 已存在；如需覆盖请加 --force", Exit.FINDINGS)
            with output.open("w", encoding="utf-8") as handle:
                for report in reports:
                    render_text(report, Console(file=handle, width=120, highlight=False))
        else:
            out = console()
            for report in reports:
                render_text(report, out)
    raise typer.Exit(int(Exit.CLEAN if all(r.valid for r in reports) else Exit.FINDINGS))
