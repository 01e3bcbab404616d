"""The findings of many audits as one CSV table, for a spreadsheet.

A journalist or an audit office auditing a folder of disclosures wants one table to sort
and filter: one row per finding, with the file, department and year it belongs to, and one
row per file that could not be read. The text starts with a UTF-8 byte-order mark so that
Excel opens the Chinese text correctly; values are printed as the document prints them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from yusuan.audit.report import AuditReport
from yusuan.read.errors import ReadError
from yusuan.report.values import show

COLUMNS = (
    "文件",
    "单位",
    "年度",
    "规则",
    "规则名称",
    "严重程度",
    "舍入误差",
    "表",
    "行",
    "列",
    "原文位置",
    "应为",
    "实为",
    "差额",
    "金额单位",
    "说明",
)
UNREADABLE = "无法读取"


def render_csv(reports: Sequence[AuditReport], unreadable: Sequence[ReadError] = ()) -> str:
    """One header row (:data:`COLUMNS`), then a row per finding of each report in order,
    then a row per unreadable file (severity ``无法读取``, the reason in ``说明``).

    Shape: CSV text with a leading BOM and ``\\r\\n`` line ends (the csv module's default,
    what spreadsheets expect). A report without findings adds no row.
    """
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for report in reports:
        document = report.document
        for finding in report.findings:
            place = finding.place
            source = place.source.describe() if place.source else ""
            writer.writerow(
                (
                    document.source,
                    document.department or "",
                    document.fiscal_year or "",
                    finding.code,
                    finding.title,
                    finding.severity.label,
                    "是" if finding.rounding else "",
                    place.table or "",
                    place.row or "",
                    place.column or "",
                    source,
                    "" if finding.expected is None else show(finding.expected),
                    "" if finding.found is None else show(finding.found),
                    "" if finding.difference is None else f"{finding.difference:f}",
                    finding.unit.value if finding.unit else "",
                    finding.message,
                )
            )
    for error in unreadable:
        row = [""] * len(COLUMNS)
        row[0], row[5], row[-1] = error.path, UNREADABLE, error.message
        writer.writerow(row)
    return buffer.getvalue()
