"""The fiscal year of a disclosure when its narrative does not state it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_YEAR = re.compile(r"(20\d{2})\s*年")
_YEAR_IN_NAME = re.compile(r"(?<!\d)(20\d{2})(?!\d)")


def infer_fiscal_year(
    stated: int | None, table_titles: Iterable[str], title: str | None, file_name: str
) -> int | None:
    """``stated`` (the narrative's year) when there is one, else the year most table titles
    print (``2020 年部门收支预算总表``), else the document title's, else a year in the file
    name; ``None`` when nothing says."""
    if stated is not None:
        return stated
    years = Counter(int(m.group(1)) for t in table_titles if (m := _YEAR.search(t)))
    if years:
        return years.most_common(1)[0][0]
    if title and (match := _YEAR.search(title)):
        return int(match.group(1))
    if match := _YEAR_IN_NAME.search(file_name):
        return int(match.group(1))
    return None
