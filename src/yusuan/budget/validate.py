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


def validate(data: BudgetData, catalog: Catalog) -> list[InputProblem]:
    """Every problem of ``data`` for its fiscal year (empty list when it can be rendered)."""
    problems: list[InputProblem] = []
    name = name_resolver(data, catalog)
    reported: set[str] = set()
    for item in data.items:
        place = item.origin or "支出明细"
        for code, classification, lengths in (
            (item.function_code, "function", (3, 5, 7)),
            (item.economic_code, "economic", (3, 5)),
        ):
            for length in lengths:
                part = code[:length]
                if part in reported or name(part, classification) is not None:  # type: ignore[arg-type]
                    continue
                reported.add(part)
                kind = "功能分类" if classification == "function" else "经济分类"
                problems.append(
                    InputProblem(
                        place,
                        f"{kind}科目 {part} 在 {data.info.fiscal_year} 年科目表中未知；"
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
