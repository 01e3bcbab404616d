"""``yusuan audit``: read, extract and audit disclosures; report findings."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from yusuan.cli.common import Exit, console, fail, parse_codes, write_output

if TYPE_CHECKING:
    from yusuan.audit.report import AuditReport


class ReportFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"


def expand(paths: list[Path]) -> list[Path]:
    """Files named, with folders replaced by the files in them (recursively, sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith(".")
            )
        else:
            files.append(path)
    return files


def audit(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="公开文件或目录：PDF、Word（DOCX/DOC）、Excel（XLSX/XLS）、网页（HTML）、文本/Markdown"
        ),
    ],
    format: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="报告格式；csv 为多个文件的全部发现汇总成一张表（可用 Excel 打开）",
        ),
    ] = ReportFormat.TEXT,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", help="只运行这些规则：代码或前缀，逗号分隔（如 N,X2,C101）"),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="不运行这些规则（同上）")
    ] = None,
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

    可一次审核多个文件或整个目录：无法读取的文件在标准错误中逐一说明，其余照常审核。
    同一目录、同一年度、文件名相近的“只有说明”和“只有报表”两个分册自动合并审核。
    加 --together 时，按给出的顺序把所有文件合并为一份公开文件审核（同一部门同一年度的说明与
    报表分册，例如江苏省各部门单独发布的“预算公开表”），每条发现仍标明它所在的文件和页码。
    退出码：0 未发现错误；1 发现错误；2 有文件无法读取（或参数有误）。

    Example: yusuan audit 江汉区融媒体中心2020预算.txt --format json > findings.json

    Example: yusuan audit 各部门预算/ --format csv -o 发现汇总.csv

    Example: yusuan audit --together 政协办公厅2019年度部门预算.pdf 政协办公厅2019年预算公开表.pdf
    """
    from yusuan.api import audit_paths, audit_together
    from yusuan.read.errors import ReadError

    chosen, skipped = parse_codes(select), parse_codes(ignore)
    if output is not None and output.exists() and not force:
        fail(f"{output} 已存在；如需覆盖请加 --force")
    paths = expand(files)
    if not paths:
        fail("没有要审核的文件")
    reports: list[AuditReport] = []
    unreadable: list[ReadError] = []
    errors_out = console(stderr=True)
    if together:
        try:
            reports.append(audit_together(paths, select=chosen, ignore=skipped))
        except ReadError as error:
            unreadable.append(error)
            errors_out.print(
                f"[bold red]yusuan：[/]{error.message}", highlight=False, soft_wrap=True
            )
    for result in [] if together else audit_paths(paths, select=chosen, ignore=skipped):
        if isinstance(result, ReadError):
            unreadable.append(result)
            errors_out.print(
                f"[bold red]yusuan：[/]{result.message}", highlight=False, soft_wrap=True
            )
        else:
            reports.append(result)

    if format is ReportFormat.JSON:
        import json

        payload: list[object] = [json.loads(r.model_dump_json()) for r in reports]
        payload += [{"source": e.path, "error": e.message} for e in unreadable]
        single = (len(paths) == 1 or together) and reports
        text = json.dumps(payload[0] if single else payload, ensure_ascii=False, indent=2)
        write_output(output, text, force=True)
    elif format is ReportFormat.CSV:
        from yusuan.report.csv_table import render_csv

        write_output(output, render_csv(reports, unreadable), force=True)
    elif format is ReportFormat.MARKDOWN:
        from yusuan.report.markdown import render_markdown

        parts = [render_markdown(r) for r in reports]
        parts += [f"# 无法读取：`{e.path}`\n\n{e.message}\n" for e in unreadable]
        write_output(output, "\n\n".join(parts), force=True)
    else:
        from yusuan.report.text import render_text

        if output is not None:
            from rich.console import Console

            with output.open("w", encoding="utf-8") as handle:
                for report in reports:
                    render_text(report, Console(file=handle, width=120, highlight=False))
        else:
            out = console()
            for report in reports:
                render_text(report, out)
        if len(paths) > 1 and not together:
            invalid = sum(1 for r in reports if not r.valid)
            console(stderr=True).print(
                f"共 {len(paths)} 个文件：审核 {len(reports)} 个（其中发现错误 {invalid} 个），"
                f"无法读取 {len(unreadable)} 个"
            )
    if unreadable:
        raise typer.Exit(int(Exit.UNREADABLE))
    raise typer.Exit(int(Exit.CLEAN if all(r.valid for r in reports) else Exit.FINDINGS))
