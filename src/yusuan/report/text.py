"""The audit report for people, in Chinese, grouped by severity (Rich console output)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from yusuan.audit.finding import Severity
from yusuan.audit.report import AuditReport
from yusuan.report.values import show, show_difference

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_FORMAT_NAMES = {"text": "文本", "pdf": "PDF", "docx": "Word", "xlsx": "Excel", "html": "网页"}


def render_text(report: AuditReport, console: Console) -> None:
    """Print ``report`` to ``console``: header, findings by severity, skipped rules, summary."""
    doc = report.document
    header = Text()
    header.append(doc.title or doc.source, style="bold")
    header.append(f"\n文件：{doc.source}（{_FORMAT_NAMES.get(doc.format, doc.format)}）")
    if doc.fiscal_year:
        header.append(f"  年度：{doc.fiscal_year}")
    if doc.unit:
        header.append(f"  金额单位：{doc.unit}")
    if doc.family:
        header.append(f"\n报表体系：{doc.family}（{'决算' if doc.kind == 'final' else '预算'}）")
    tables = "、".join(f"表{k[1:]}" for k in doc.tables) or "无"
    header.append(f"\n识别的标准报表：{tables}")
    if doc.missing_tables:
        header.append(f"；缺少：{'、'.join(f'表{k[1:]}' for k in doc.missing_tables)}")
    header.append(
        f"；绩效目标表 {doc.performance_tables} 张；说明中的数字 {doc.narrative_figures} 个"
    )
    for note in doc.read_notes:
        header.append(f"\n读取说明：{note}", style="dim")
    if doc.unrecognised:
        header.append(
            f"\n未识别的内容 {len(doc.unrecognised)} 处（已保留，见 JSON 输出）", style="dim"
        )
    console.print(Panel(header, title="yusuan 预算公开审核", expand=False))

    for severity in Severity:
        findings = [f for f in report.findings if f.severity is severity]
        if not findings:
            continue
        console.print(Text(f"\n{severity.label}（{len(findings)}）", style=_STYLE[severity]))
        for finding in findings:
            line = Text("  ")
            line.append(finding.code, style=_STYLE[severity])
            line.append(f" {finding.title}  ")
            line.append(finding.place.describe(), style="dim")
            console.print(line)
            console.print(f"      {escape(finding.message)}", highlight=False)
            if finding.expected is not None or finding.found is not None:
                values = f"      应为 {show(finding.expected)}  实为 {show(finding.found)}"
                difference = show_difference(finding)
                if difference:
                    values += f"  差额 {difference}"
                console.print(values, style="dim", highlight=False)
            if finding.place.sentence:
                console.print(f"      原文：{escape(finding.place.sentence)}", style="dim")

    skipped = [r for r in report.rules if r.outcome == "not_applicable"]
    if skipped:
        table = Table(title="未能运行的规则", title_justify="left", show_header=False, box=None)
        for result in skipped:
            table.add_row(f"  {result.code}", result.title, result.reason or "")
        console.print()
        console.print(table)

    stats = report.stats
    summary = (
        f"\n小结：错误 {stats.errors}，警告 {stats.warnings}，提示 {stats.infos}"
        f"（其中四舍五入 {stats.rounding}）；运行规则 {stats.rules_run} 条，"
        f"通过 {stats.rules_passed} 条，未能运行 {stats.rules_not_applicable} 条；"
        f"用时 {stats.seconds:.3f} 秒"
    )
    verdict = "未发现错误" if report.valid else "发现错误"
    console.print(
        Group(Text(summary), Text(verdict, style="bold green" if report.valid else "bold red"))
    )
