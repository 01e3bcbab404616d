"""``yusuan catalog``: the classification catalog — one code's names by year, the coverage,
and ``build`` to harvest names from published documents.

Usage::

    yusuan catalog                       # coverage: counts, sources, disagreements
    yusuan catalog 222 --year 2020       # one code: its names by year, with sources
    yusuan catalog build DOCS... [-o F]  # rebuild the harvested names
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from yusuan.cli.common import Exit, console, fail, write_output

if TYPE_CHECKING:
    from typer import _click

    from yusuan.catalog.catalog import Catalog, CatalogEntry, Classification
    from yusuan.catalog.coverage import Coverage


class ClassificationChoice(StrEnum):
    function = "function"
    economic = "economic"


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


class _CodeOrCommand(TyperGroup):
    """``yusuan catalog 222`` runs ``show 222``: a first argument that is not a command
    name is a code."""

    def resolve_command(
        self, ctx: _click.Context, args: list[str]
    ) -> tuple[str | None, _click.Command | None, list[str]]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["show", *args]
        return super().resolve_command(ctx, args)


app = typer.Typer(
    cls=_CodeOrCommand,
    invoke_without_command=True,
    help=(
        "政府收支分类科目表：查看某一编码的各年度名称及来源，或查看覆盖范围；"
        "build 从公开文件采集科目名称。"
    ),
)

YearOption = Annotated[int | None, typer.Option("--year", help="预算年度，如 2020")]
ClassificationOption = Annotated[
    ClassificationChoice | None,
    typer.Option("--classification", help="function（支出功能分类）或 economic（支出经济分类）"),
]
FormatOption = Annotated[
    OutputFormat | None, typer.Option("--format", help="输出格式：table（默认）或 json")
]
HarvestedOption = Annotated[
    Path | None,
    typer.Option("--harvested", help="改用此采集文件（yusuan catalog build -o 生成）代替包内数据"),
]

_KIND_LABELS = {"official": "官方", "harvested": "采集"}
_CLASS_LABELS = {"function": "支出功能分类", "economic": "支出经济分类"}


def _classification(choice: ClassificationChoice | None) -> Classification | None:
    if choice is None:
        return None
    return "function" if choice is ClassificationChoice.function else "economic"


def _settings(ctx: typer.Context, **given: Any) -> dict[str, Any]:
    """Options given to the sub-command, else those given to ``yusuan catalog`` itself."""
    parent = ctx.parent.params if ctx.parent is not None else {}
    return {key: value if value is not None else parent.get(key) for key, value in given.items()}


def _load(harvested: Path | None) -> Catalog:
    from yusuan.catalog.catalog import default_catalog
    from yusuan.catalog.load import load_packaged
    from yusuan.read.errors import ReadError

    if harvested is None:
        return default_catalog()
    try:
        return load_packaged(harvested)
    except ReadError as error:
        fail(error.message)


@app.callback()
def catalog(
    ctx: typer.Context,
    year: YearOption = None,
    classification: ClassificationOption = None,
    output_format: FormatOption = None,
    harvested: HarvestedOption = None,
) -> None:
    """查看科目表覆盖范围：各分类、年度、层级（类/款/项）的编码数，来源，名称不一致的编码。

    Example: yusuan catalog --year 2020
    """
    if ctx.invoked_subcommand is not None:
        return
    from yusuan.catalog.coverage import coverage

    result = coverage(
        _load(harvested),
        fiscal_year=year,
        classification=_classification(classification),
    )
    if output_format is OutputFormat.json:
        write_output(None, result.model_dump_json(indent=1), force=False)
        return
    _print_coverage(result, year)


@app.command()
def show(
    ctx: typer.Context,
    code: Annotated[str, typer.Argument(help="科目编码，如 222、2070805、30101")],
    year: YearOption = None,
    classification: ClassificationOption = None,
    output_format: FormatOption = None,
    harvested: HarvestedOption = None,
) -> None:
    """显示一个科目编码：各年度的名称，每个名称的来源（官方科目表或公开文件及位置）。

    Example: yusuan catalog 222 --year 2020
    """
    settings = _settings(
        ctx,
        year=year,
        classification=classification,
        output_format=output_format,
        harvested=harvested,
    )
    catalog = _load(settings["harvested"])
    wanted = _classification(settings["classification"])
    kinds: list[Classification] = [wanted] if wanted else ["function", "economic"]
    entries = [e for kind in kinds if (e := catalog.get(kind, code.strip())) is not None]
    fiscal_year: int | None = settings["year"]
    if fiscal_year is not None:
        entries = [e for e in entries if e.names_in(fiscal_year)]
    if not entries:
        scope = f"{fiscal_year}年" if fiscal_year is not None else ""
        fail(f"科目表中没有{scope}编码 {code}；用 yusuan catalog 查看覆盖范围", Exit.FINDINGS)
    if settings["output_format"] is OutputFormat.json:
        data = [_entry_json(e, fiscal_year) for e in entries]
        write_output(None, json.dumps(data, ensure_ascii=False, indent=1), force=False)
        return
    for entry in entries:
        _print_entry(entry, fiscal_year, catalog)


@app.command()
def build(
    documents: Annotated[list[Path], typer.Argument(help="公开文件或包含公开文件的目录")],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="写入此文件（默认：包内 harvested.json，需 --force）"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="覆盖已存在的输出文件")] = False,
) -> None:
    """从公开文件的标准报表中采集科目编码及名称，重建科目表的采集部分。

    Example: yusuan catalog build corpus/ -o harvested.json
    """
    from yusuan.catalog.build import build as build_harvest
    from yusuan.catalog.build import dump
    from yusuan.catalog.load import packaged_harvest_path

    result = build_harvest(documents)
    err = console(stderr=True)
    for skipped in result.skipped:
        err.print(f"[yellow]跳过[/] {skipped.document}：{skipped.reason}")
    if not result.documents:
        fail("没有可采集的文件（未写入任何文件）")
    text = dump(result)
    target = output or packaged_harvest_path()
    if output is None and not force:
        fail(f"将覆盖包内的科目采集数据 {target}；确认请加 --force，或用 -o 写入其他文件")
    write_output(target, text, force=force)
    console().print(
        f"已采集 {len(result.documents)} 份文件、{len(result.observations)} 个编码行，写入 {target}"
    )


def _entry_json(entry: CatalogEntry, fiscal_year: int | None) -> dict[str, Any]:
    years = sorted({n.fiscal_year for n in entry.names})
    if fiscal_year is not None:
        years = [fiscal_year]
    return {
        "classification": entry.classification,
        "code": entry.code,
        "level": entry.level,
        "years": [
            {
                "fiscal_year": year,
                "agreed": (agreed.name if (agreed := entry.agreed_name(year)) else None),
                "names": [n.model_dump(mode="json") for n in entry.names_in(year)],
            }
            for year in years
        ],
    }


def _print_entry(entry: CatalogEntry, fiscal_year: int | None, catalog: Catalog) -> None:
    from rich.table import Table

    level = entry.level or "编码位数异常"
    table = Table(
        title=f"{_CLASS_LABELS[entry.classification]} {entry.code}（{level}）",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("年度")
    table.add_column("名称")
    table.add_column("状态")
    table.add_column("来源", overflow="fold")
    years = (
        [fiscal_year] if fiscal_year is not None else sorted({n.fiscal_year for n in entry.names})
    )
    for year in years:
        agreed = entry.agreed_name(year)
        for name in entry.names_in(year):
            if agreed is None:
                state = "[red]名称不一致[/]"
            elif name.name == agreed.name:
                state = "[green]采用[/]"
            else:
                state = "[yellow]与采用名称不同[/]"
            sources = "\n".join(
                f"{_KIND_LABELS[s.kind]}：{_source_title(s.reference, catalog)}"
                + (f"（{s.location}）" if s.location else "")
                for s in name.sources
            )
            table.add_row(str(year), name.name, state, sources)
    console().print(table)


def _source_title(reference: str, catalog: Catalog) -> str:
    info = catalog.sources.get(reference)
    return f"{info.title} [{reference}]" if info and info.kind == "official" else reference


def _print_coverage(result: Coverage, fiscal_year: int | None) -> None:
    from rich.table import Table

    out = console()
    scope = f"（{fiscal_year}年）" if fiscal_year is not None else ""
    counts = Table(title=f"科目表覆盖范围{scope}", title_justify="left")
    for column in ("分类", "年度", "层级", "编码数", "名称一致", "名称不一致"):
        counts.add_column(column, justify="right" if column[-1] in "数致" else "left")
    for count in result.counts:
        counts.add_row(
            _CLASS_LABELS[count.classification],
            str(count.fiscal_year),
            count.level,
            str(count.codes),
            str(count.agreed),
            str(count.disagreeing),
        )
    if not result.counts:
        out.print(f"科目表中没有{scope}的编码")
    else:
        out.print(counts)

    sources = Table(title="来源", title_justify="left")
    for column in ("类型", "来源", "编号", "年度", "名称数", "完整性"):
        sources.add_column(
            column, justify="right" if column == "名称数" else "left", overflow="fold"
        )
    for use in result.sources:
        info = use.source
        sources.add_row(
            _KIND_LABELS[info.kind],
            info.title,
            info.id,
            str(info.fiscal_year or ""),
            str(use.names),
            "[yellow]不完整[/]" if info.partial else "",
        )
    out.print(sources)
    for use in result.sources:
        info = use.source
        if info.kind != "official":
            continue
        out.print(f"[bold]{info.id}[/]：{info.coverage or ''}")
        if info.url:
            out.print(f"  网址：{'；'.join(info.url)}（{info.date or '日期不详'}）")

    if not result.disagreements:
        out.print("没有名称不一致的编码。")
        return
    disagreements = Table(title="名称不一致的编码", title_justify="left", show_lines=True)
    for column in ("分类", "年度", "编码", "名称及来源"):
        disagreements.add_column(column, overflow="fold")
    for item in result.disagreements:
        lines = [
            f"“{name.name}”："
            + "、".join(s.describe() for s in name.sources)
            + ("（采用）" if item.agreed == name.name else "")
            for name in item.names
        ]
        disagreements.add_row(
            _CLASS_LABELS[item.classification], str(item.fiscal_year), item.code, "\n".join(lines)
        )
    out.print(disagreements)
