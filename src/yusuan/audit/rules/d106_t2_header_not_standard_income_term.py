"""D106: a 表2 column header is not a standard income term."""

from __future__ import annotations

import re
from collections.abc import Iterator

from yusuan.audit.context import RuleContext
from yusuan.audit.finding import Finding, Place, Severity
from yusuan.audit.registry import rule
from yusuan.audit.rules._similarity import closest
from yusuan.catalog.catalog import normalize_name
from yusuan.model.disclosure import Disclosure
from yusuan.model.tables import TableKind

# The standard income terms (DISCLOSURE.md, "Standard terms") and the variants in common use.
STANDARD_TERMS: tuple[str, ...] = (
    "总计",
    "合计",
    "收入总计",
    "本年收入合计",
    "收入合计",
    "小计",
    "一般公共预算财政拨款收入",
    "一般公共预算拨款收入",
    "一般公共预算",
    "政府性基金预算财政拨款收入",
    "政府性基金预算拨款收入",
    "政府性基金预算",
    "国有资本经营预算财政拨款收入",
    "国有资本经营预算拨款收入",
    "国有资本经营预算",
    "财政拨款收入",
    "财政拨款",
    "财政专户管理资金收入",
    "财政专户管理资金",
    "事业收入",
    "事业单位经营收入",
    "经营收入",
    "上级补助收入",
    "附属单位上缴收入",
    "其他收入",
    "用事业基金弥补收支差额",
    "上年结转",
    "上年结余",
    "上年结转结余",
    "上年结转、结余",
    "上年结转和结余",
    "使用非财政拨款结余",
    "非财政拨款结余",
    "财政拨款结转结余",
    "单位资金",
)
_KNOWN = frozenset(normalize_name(t) for t in STANDARD_TERMS)
# Headers that are not income columns: code and name columns, a bare 金额/预算数, and
# sub-items (其中：教育收费).
NOT_INCOME = re.compile(r"编码|代码|名称|科目|项目|单位$|^金额$|^预算数$|^其中")


@rule("D106", "表2表头不是标准收入项目名称", Severity.WARNING, requires=(TableKind.T2,))
def t2_header_not_standard_income_term(doc: Disclosure, ctx: RuleContext) -> Iterator[Finding]:
    """What it checks: every amount column header of 表2 部门收入预算总表 is a standard income
    term (总计, 一般公共预算财政拨款收入, 政府性基金预算财政拨款收入, 事业收入, 事业单位经营收入,
    上级补助收入, 附属单位上缴收入, 其他收入, 用事业基金弥补收支差额, 上年结转 and their usual
    variants). A header that is not is reported with the closest standard term.

    Why it matters: the income sources are defined terms; a mistyped header names a source
    that does not exist and may hide which source the column really holds.

    Example: the seed's 表2 prints "上年补助收入" where the standard term is 上级补助收入.

    Source: DISCLOSURE.md, "Standard terms" and 表2 (columns: 总计 and each income source).
    """
    table = doc.tables[TableKind.T2]
    for header in table.columns.values():
        name = normalize_name(header)
        if not name or name in _KNOWN or NOT_INCOME.search(name):
            continue
        nearest = closest(name, STANDARD_TERMS)
        yield ctx.finding(
            Place(table=table.describe(), column=header, source=table.location),
            f"表2表头“{header}”不是标准收入项目名称，最接近的标准名称为“{nearest}”",
            expected=nearest,
            found=header,
        )
