"""``yusuan rules``: the rule catalog, one family of it, or one rule explained."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from yusuan.cli.common import console, fail

STATUS_LABELS = {"stable": "正式", "preview": "预览", "removed": "已停用"}

if TYPE_CHECKING:
    from rich.console import Console

    from yusuan.audit.registry import Rule


def rules(
    code: Annotated[
        str | None,
        typer.Argument(help="规则代码（如 X201）或类别前缀（如 H、X2）；省略则列出全部规则"),
    ] = None,
    family: Annotated[
        str | None, typer.Option("--family", help="只列出某一类（H X N C P D Q）")
    ] = None,
    english: Annotated[
        bool, typer.Option("--english", help="显示规则的英文说明（代码中的文档）")
    ] = False,
) -> None:
    """列出审核规则，或解释一条规则（检查内容、为何重要、示例、依据）。

    Example: yusuan rules H101
    """
    from yusuan.audit.registry import all_rules

    out = console()
    known = all_rules()
    if code:
        wanted = code.strip().upper()
        exact = [r for r in known if r.code == wanted]
        if exact:
            _explain(out, exact[0], english=english)
            return
        chosen = [r for r in known if r.code.startswith(wanted)] if wanted else []
        if not chosen:
            fail(f"没有规则 {code}；用 yusuan rules 查看全部规则")
        _list(out, chosen, f"yusuan 审核规则：{wanted}")
        return
    if family:
        known = [r for r in known if r.code.startswith(family.strip().upper())]
    _list(out, known, "yusuan 审核规则")


def _explain(out: Console, rule: Rule, *, english: bool) -> None:
    """Print one rule: its header, the tables it needs, then its four sections (Chinese from
    ``rule_docs.toml``; the English docstring with ``english`` or when no Chinese exists)."""
    from yusuan.audit.registry import SECTIONS, SECTIONS_ZH

    out.print(
        f"[bold]{rule.code}[/] {rule.title}  （{rule.severity.label}，{STATUS_LABELS[rule.status]}）"
    )
    if rule.requires:
        out.print(
            "需要：" + "、".join(f"表{k.number}（{k.standard_title}）" for k in rule.requires)
        )
    chinese = rule.doc_zh
    if english or not chinese:
        if not english:
            out.print("\n（本规则暂无中文说明，以下为英文说明）")
        for section in SECTIONS:
            if section in rule.doc:
                out.print(f"\n[bold]{section}[/]\n{rule.doc[section]}")
        return
    for heading in SECTIONS_ZH:
        if heading in chinese:
            out.print(f"\n[bold]{heading}[/]\n{chinese[heading]}")


def _list(out: Console, chosen: list[Rule], title: str) -> None:
    """Print ``chosen`` as a table: code, title, severity, family."""
    from rich.table import Table

    from yusuan.audit.registry import FAMILIES

    table = Table(title=title, title_justify="left")
    table.add_column("代码")
    table.add_column("规则")
    table.add_column("级别")
    table.add_column("类别")
    for rule in chosen:
        table.add_row(rule.code, rule.title, rule.severity.label, FAMILIES[rule.family])
    out.print(table)
