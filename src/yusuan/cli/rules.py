"""``yusuan rules``: the rule catalog, or one rule explained."""

from __future__ import annotations

from typing import Annotated

import typer

from yusuan.cli.common import console, fail


def rules(
    code: Annotated[
        str | None, typer.Argument(help="规则代码，如 X201；省略则列出全部规则")
    ] = None,
    family: Annotated[
        str | None, typer.Option("--family", help="只列出某一类（H X N C P D Q）")
    ] = None,
) -> None:
    """列出审核规则，或解释一条规则（检查什么、为何重要、示例、依据）。

    Example: yusuan rules H101
    """
    from rich.table import Table

    from yusuan.audit.registry import FAMILIES, all_rules, get_rule

    out = console()
    if code:
        try:
            rule = get_rule(code)
        except KeyError:
            fail(f"没有规则 {code}；用 yusuan rules 查看全部规则")
        out.print(f"[bold]{rule.code}[/] {rule.title}  （{rule.severity.label}，{rule.status}）")
        if rule.requires:
            out.print(
                "需要：" + "、".join(f"表{k.number}（{k.standard_title}）" for k in rule.requires)
            )
        headings = {
            "What it checks": "检查内容",
            "Why it matters": "为何重要",
            "Example": "示例",
            "Source": "依据",
        }
        for section, heading in headings.items():
            if section in rule.doc:
                out.print(f"\n[bold]{heading}[/]（{section}）\n{rule.doc[section]}")
        return
    table = Table(title="yusuan 审核规则", title_justify="left")
    table.add_column("代码")
    table.add_column("规则")
    table.add_column("级别")
    table.add_column("类别")
    for rule in all_rules():
        if family and not rule.code.startswith(family.upper()):
            continue
        table.add_row(rule.code, rule.title, rule.severity.label, FAMILIES[rule.family])
    out.print(table)
