"""D104: a table-of-contents entry has no counterpart in the body."""

from __future__ import annotations

from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._outline import is_performance_entry
from yusuan.model.disclosure import Disclosure


@rule("D104", "目录条目在正文中找不到", Severity.WARNING)
def toc_entry_without_body(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: each table-of-contents line was paired with a body heading or table
    title. Performance-table lines (…绩效目标表) are left to D105, which compares them with the
    performance tables' project names, since their body title is often a generic one.

    Why it matters: a TOC line with nothing behind it promises content the document does not
    have, or names it so differently that readers cannot find it.

    Example: a TOC line "(六) 其他需要说明的情况" with no such heading in the body is flagged.

    Source: DISCLOSURE.md, "Whole-document rules": headings and table titles in the table of
    contents match those in the body.
    """
    for entry in doc.toc:
        if entry.body_text is not None or is_performance_entry(entry.text):
            continue
        yield ctx.finding(
            Place(sentence=entry.text, source=entry.location),
            f"目录条目“{entry.text.strip()}”在正文中没有对应的标题或报表",
            found=entry.text.strip(),
        )
