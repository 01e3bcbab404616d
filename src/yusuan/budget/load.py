"""Load budget data from an XLSX workbook, YAML or JSON, validated, or raise located errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from yusuan.budget.data import BudgetData
from yusuan.budget.problems import BudgetInputError, InputProblem
from yusuan.budget.validate import validate
from yusuan.catalog.catalog import Catalog, default_catalog
from yusuan.read.errors import ReadError


def load_budget(path: str | Path, catalog: Catalog | None = None) -> BudgetData:
    """Read ``path`` (``.xlsx``, ``.yaml``/``.yml`` or ``.json``) and validate it.

    Raises ``ReadError`` when the file cannot be read at all, ``BudgetInputError`` with every
    located problem when its content is wrong.
    """
    file = Path(path)
    suffix = file.suffix.lower()
    raw: dict[str, Any]
    if suffix == ".xlsx":
        from yusuan.budget.workbook import read_budget_workbook

        raw = read_budget_workbook(file)
    elif suffix in {".yaml", ".yml", ".json"}:
        raw = _structured(file)
    else:
        raise ReadError(
            file, f"不支持的预算数据格式“{suffix or '无扩展名'}”", expected="XLSX、YAML 或 JSON"
        )
    try:
        data = BudgetData.model_validate(raw)
    except ValidationError as error:
        raise BudgetInputError(
            str(file),
            [
                InputProblem(".".join(str(p) for p in e["loc"]) or file.name, e["msg"])
                for e in error.errors()
            ],
        ) from None
    problems = validate(data, catalog or default_catalog())
    if problems:
        raise BudgetInputError(str(file), problems)
    return data


def _structured(file: Path) -> dict[str, Any]:
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReadError(file, "文件不存在") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ReadError(
            file, f"无法读取（{error}）", expected="UTF-8 编码的 YAML 或 JSON"
        ) from None
    import yaml

    try:
        loaded = json.loads(text) if file.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        raise ReadError(file, f"格式错误：{error}", expected="有效的 YAML 或 JSON") from None
    if not isinstance(loaded, dict):
        raise ReadError(file, "顶层应为对象（字段 info、items …）")
    return loaded
