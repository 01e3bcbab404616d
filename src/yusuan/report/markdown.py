"""The audit report as Markdown (for issues, wikis and e-mail)."""

from __future__ import annotations

from yusuan.audit.finding import Severity
from yusuan.audit.report import AuditReport
from yusuan.report.values import show, show_difference


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: AuditReport) -> str:
    """``report`` as a Markdown document: summary, then one table of findings per severity."""
    doc = report.document
    stats = report.stats
    lines = [
        f"# 预算公开审核：{doc.title or doc.source}",
        "",
        f"- 文件：`{doc.source}`（{doc.format}）",
        f"- 年度：{doc.fiscal_year or '未识别'}；金额单位：{doc.unit or '未识别'}",
        f"- 识别的标准报表：{'、'.join(doc.tables) or '无'}"
        + (f"；缺少：{'、'.join(doc.missing_tables)}" if doc.missing_tables else ""),
        f"- 结果：错误 {stats.errors}，警告 {stats.warnings}，提示 {stats.infos}；"
        f"规则 {stats.rules_run} 条，通过 {stats.rules_passed}，"
        f"未能运行 {stats.rules_not_applicable}",
        "",
    ]
    for severity in Severity:
        findings = [f for f in report.findings if f.severity is severity]
        if not findings:
            continue
        lines += [
            f"## {severity.label}（{len(findings)}）",
            "",
            "| 规则 | 位置 | 说明 | 应为 | 实为 | 差额 |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        lines += [
            f"| {f.code} {_cell(f.title)} | {_cell(f.place.describe())} | {_cell(f.message)} "
            f"| {_cell(show(f.expected))} | {_cell(show(f.found))} | {show_difference(f)} |"
            for f in findings
        ]
        lines.append("")
    skipped = [r for r in report.rules if r.outcome == "not_applicable"]
    if skipped:
        lines += ["## 未能运行的规则", ""]
        lines += [f"- {r.code} {r.title}：{r.reason}" for r in skipped]
        lines.append("")
    return "\n".join(lines)
