"""D103: a table-of-contents entry differs from the heading it points to."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Severity, new_place
from yusuan.audit.registry import rule
from yusuan.audit.rules._outline import is_performance_entry, outline_text, same_heading
from yusuan.model.disclosure import Disclosure

SUFFIX = "绩效目标表"


@rule("D103", "目录与正文标题不一致", Severity.WARNING)
def toc_entry_differs_from_heading(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each table-of-contents line reads the same as the body heading or table
    title it was paired with, once numbering (第一部分, 一、, (一)), 表N prefixes, the year and
    spaces are removed. A performance-table line (…绩效目标表) is compared without that suffix,
    since the body names a project table by its 项目名称; a body heading carrying the
    department's name where the TOC says 部门/单位 (Shanghai) reads the same.

    Why it matters: the TOC is how readers find sections and tables; a TOC that names them
    differently from the body is one of the first things an inspection sheet lists.

    Example: the seed's TOC says "一、部门基本情况" where the body says "一、基本情况", and
    "表 7.2020 年一般公共预算“三公”经费支出表" where the table is titled "2020 年财政拨款
    “三公”经费支出表".

    Source: DISCLOSURE.md, "Whole-document rules": headings and table titles in the table of
    contents match those in the body.
    """
    for entry in doc.toc:
        if entry.body_text is None:
            continue
        toc, body = entry.text, entry.body_text
        if is_performance_entry(entry.text):
            # the body may name a project table by its project only (江汉宣传)
            toc, body = (
                outline_text(toc).removesuffix(SUFFIX),
                outline_text(body).removesuffix(SUFFIX),
            )
        if same_heading(toc, body, doc.department):
            continue
        related = (
            [new_place(sentence=entry.body_text, source=entry.body_location)]
            if entry.body_location
            else []
        )
        yield ctx.finding(
            new_place(sentence=entry.text, source=entry.location),
            f"目录为“{entry.text.strip()}”，正文为“{entry.body_text.strip()}”",
            expected=entry.body_text.strip(),
            found=entry.text.strip(),
            related=related,
        )
