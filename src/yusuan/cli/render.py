"""``yusuan render`` and ``yusuan template``: generate a disclosure from budget data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from yusuan.cli.common import Exit, console, fail, write_output


def render(
    data: Annotated[
        Path, typer.Argument(help="预算数据：XLSX 工作簿（yusuan template 生成）、YAML 或 JSON")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="输出目录")] = Path("out"),
    format: Annotated[
        str, typer.Option("--format", "-f", help="输出格式，逗号分隔：docx,xlsx,html,pdf,txt")
    ] = "docx,xlsx,html,pdf",
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件")] = False,
) -> None:
    """由预算数据生成完整的预算公开文件（说明、八张报表、绩效目标表、图表）。

    生成前先审核将要写出的内容：有错误则不写任何文件（退出码 1）。输入有误时给出
    “工作表!单元格”位置（退出码 2）。

    Example: yusuan render 江汉区融媒体中心-2020.xlsx -o out/ --format docx,pdf
    """
    from yusuan.api import RenderRefused, render_budget
    from yusuan.budget.problems import BudgetInputError
    from yusuan.read.errors import ReadError

    formats = [f.strip().lower() for f in format.split(",") if f.strip()]
    try:
        written, report = render_budget(data, output, formats, force=force)
    except (ReadError, BudgetInputError) as error:
        fail(str(error))
    except ValueError as error:
        fail(str(error))
    except FileExistsError as error:
        fail(f"输出文件已存在：{error}；如需覆盖请加 --force")
    except RenderRefused as refused:
        from yusuan.report.text import render_text

        render_text(refused.report, console(stderr=True))
        fail(str(refused), Exit.FINDINGS)
    out = console()
    for path in written:
        out.print(f"已生成 {path}")
    stats = report.stats
    out.print(f"审核：错误 {stats.errors}，警告 {stats.warnings}，提示 {stats.infos}")
    for finding in report.findings:
        out.print(
            f"  {finding.severity.label} {finding.code} {finding.title}：{finding.message}",
            highlight=False,
        )


def template(
    output: Annotated[Path, typer.Argument(help="要写出的空白工作簿，如 budget.xlsx")],
    year: Annotated[int, typer.Option("--year", help="预算年度（决定科目下拉列表）")] = 2020,
    example: Annotated[
        Path | None, typer.Option("--from", help="用已有的 YAML/JSON/XLSX 预算数据填充工作簿")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的文件")] = False,
) -> None:
    """写出带填表说明、下拉列表和示例行的空白预算数据工作簿。

    Example: yusuan template budget.xlsx --year 2021
    """
    from yusuan.budget.template import workbook_bytes
    from yusuan.catalog.catalog import default_catalog

    data = None
    if example is not None:
        from yusuan.budget.load import load_budget
        from yusuan.budget.problems import BudgetInputError
        from yusuan.read.errors import ReadError

        try:
            data = load_budget(example)
        except (ReadError, BudgetInputError) as error:
            fail(str(error))
        year = data.info.fiscal_year
    write_output(output, workbook_bytes(data, default_catalog(), year), force=force)
    console().print(f"已写入 {output}")
