"""Validate budget data against the catalog of its fiscal year before anything is written.

Checks: every function 项 code and economic 款 code, and their 类/款 parents, has a name for
the fiscal year (from the input's 科目名称 sheet or the catalog's agreed name); a code the
catalog knows at another level is reported as a wrong level; every performance-target
project is a project of the line items. Problems are located at the line item's row.
"""

from __future__ import annotations

from collections.abc import Callable

from yusuan.budget.data import BudgetData
from yusuan.budget.problems import InputProblem
from yusuan.catalog.catalog import Catalog, Classification


def name_resolver(
    data: BudgetData, catalog: Catalog
) -> Callable[[str, Classification], str | None]:
    """``name(code, classification)``: the input's own name, else the catalog's agreed name
    for the fiscal year, else the latest agreed name of an earlier year; ``None`` if unknown."""
    year = data.info.fiscal_year

    def name(code: str, classification: Classification) -> str | None:
        if code in data.names:
            return data.names[code]
        entry = catalog.get(classification, code)
        if entry is None:
            return None
        agreed = entry.agreed_name(year)
        if agreed is not None:
            return agreed.name
        earlier = sorted(
            (n for n in entry.names if n.fiscal_year <= year and entry.agreed_name(n.fiscal_year)),
            key=lambda n: n.fiscal_year,
        )
        return earlier[-1].name if earlier else None

    return name


def _cell(origin: str | None, column: str) -> str:
    """``支出明细!2`` (a row) → ``支出明细!A2`` (the cell of ``column``)."""
    if origin and "!" in origin:
        sheet, row = origin.rsplit("!", 1)
        if row.isdigit():
            return f"{sheet}!{column}{row}"
    return origin or "支出明细"


def validate(data: BudgetData, catalog: Catalog) -> list[InputProblem]:
    """Every problem of ``data`` for its fiscal year (empty list when it can be rendered)."""
    problems: list[InputProblem] = []
    name = name_resolver(data, catalog)
    reported: set[str] = set()
    for item in data.items:
        for code, classification, lengths, column in (
            (item.function_code, "function", (3, 5, 7), "A"),
            (item.economic_code, "economic", (3, 5), "B"),
        ):
            if code in reported:
                continue
            unknown = [code[:n] for n in lengths if name(code[:n], classification) is None]  # type: ignore[arg-type]
            if not unknown:
                continue
            reported.add(code)
            kind = "功能分类" if classification == "function" else "经济分类"
            parents = [u for u in unknown if u != code]
            detail = (
                f"（所属的 {'、'.join(parents)} 也未知）" if parents and code in unknown else ""
            )
            subject = code if code in unknown else f"{code} 所属的 {'、'.join(unknown)}"
            problems.append(
                InputProblem(
                    _cell(item.origin, column),
                    f"{kind}科目 {subject} 在 {data.info.fiscal_year} 年科目表中未知{detail}；"
                    f"请核对编码，或在“科目名称”工作表中给出该年度的名称",
                )
            )
    projects = set(data.projects())
    for target in data.targets:
        if target.project and target.project not in projects:
            problems.append(
                InputProblem(
                    target.origin or "绩效目标",
                    f"绩效目标的项目“{target.project}”不在支出明细的项目中",
                )
            )
    return problems
