"""D105: a performance table is listed in the TOC under another name, or not at all."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._outline import is_performance_entry, outline_text
from yusuan.audit.rules._similarity import similarity
from yusuan.catalog.catalog import normalize_name
from yusuan.model.disclosure import Disclosure
from yusuan.model.narrative import TocEntry

SUFFIX = "绩效目标表"
# TOC lines naming the performance tables collectively, not one project.
GENERIC = re.compile(r"(?:部门|单位|整体|项目|支出|预算|年度|评价|指标|及|和|、)*")


def _toc_name(entry: TocEntry) -> str:
    """The project part of a TOC line: ``表 11.网络舆情绩效目标表`` → ``网络舆情``."""
    return normalize_name(outline_text(entry.text).removesuffix(SUFFIX))


@rule("D105", "目录中的绩效目标表名称与表中项目名称不一致", Severity.WARNING)
def performance_table_not_in_toc(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: when the table of contents lists performance-target tables, each project
    performance table's project name (项目名称) is the name of one of those lines (the line
    minus its number and "绩效目标表"). A project not listed as such is reported with the
    closest TOC line. Lines naming the tables collectively (项目绩效目标表, 部门预算绩效目标表)
    name no project and are not used; when only such lines exist nothing is checked. TOC
    lines paired with a body title are D103's and are not used here
    twice.

    Why it matters: the TOC is how readers find a project's targets; a line that names the
    project differently (or a project missing from it) cannot be matched to the budget.

    Example: the seed's TOC lists "表 13.党建，文明创建法律顾问费绩效目标表" for the project
    "党建、文明创建及法律顾问经费", and "表 10.江汉区网络自媒体宣传绩效目标表" for
    "江汉网络自媒体宣传".

    Source: DISCLOSURE.md, "Whole-document rules": headings and table titles in the table of
    contents match those in the body.
    """
    entries = [
        e for e in doc.toc if is_performance_entry(e.text) and not GENERIC.fullmatch(_toc_name(e))
    ]
    if not entries:
        return  # the TOC lists the performance tables collectively (五、项目绩效目标表)
    names = {id(e): _toc_name(e) for e in entries}
    for table in doc.project_performance:
        if not table.project:
            continue
        project = normalize_name(table.project)
        if any(names[id(e)] == project for e in entries):
            continue
        candidates = [e for e in entries if e.body_text is None] or entries
        best = max(candidates, key=lambda e: similarity(names[id(e)], project))
        if best.body_text is not None:
            continue  # paired with a body title: D103 compares it
        yield ctx.finding(
            Place(table=table.title, row=table.project, source=table.location),
            f"项目“{table.project}”的绩效目标表，目录中为“{best.text.strip()}”",
            expected=f"{table.project}{SUFFIX}",
            found=best.text.strip(),
            related=[Place(sentence=best.text, source=best.location)],
        )
