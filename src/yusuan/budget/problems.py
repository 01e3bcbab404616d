"""Problems found in budget input, each located at a sheet and cell (``支出明细!D14``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputProblem:
    """One problem: ``place`` is ``Sheet!A1`` (or a sheet name, or a JSON path)."""

    place: str
    message: str

    def __str__(self) -> str:
        return f"{self.place}：{self.message}"


class BudgetInputError(Exception):
    """The budget input cannot be used; ``problems`` lists every located problem found.

    Nothing is written when this is raised. ``str(error)`` is the whole Chinese report.
    """

    def __init__(self, source: str, problems: list[InputProblem]) -> None:
        self.source = source
        self.problems = problems
        lines = [f"{source}：输入数据有 {len(problems)} 处问题，未生成任何文件"]
        lines += [f"  {problem}" for problem in problems]
        super().__init__("\n".join(lines))
