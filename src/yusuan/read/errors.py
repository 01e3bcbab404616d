"""The one error every reader raises for input it cannot use."""

from __future__ import annotations

from pathlib import Path


class ReadError(Exception):
    """The input file could not be read as a disclosure.

    ``path`` names the file, ``where`` the page/line when known, ``problem`` what was wrong
    and ``expected`` what yusuan needed instead. ``str(error)`` is a complete Chinese message
    for the user; the CLI prints it and exits with code 2.
    """

    def __init__(
        self,
        path: str | Path,
        problem: str,
        *,
        where: str | None = None,
        expected: str | None = None,
    ) -> None:
        self.path = str(path)
        self.problem = problem
        self.where = where
        self.expected = expected
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.path}"
        if self.where:
            text += f"（{self.where}）"
        text += f"：{self.problem}"
        if self.expected:
            text += f"；需要：{self.expected}"
        return text
