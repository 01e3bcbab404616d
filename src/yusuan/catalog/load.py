"""Load the packaged catalog: the official partial lists and the harvested names.

Everything is read from the package (``yusuan/catalog/data``), never from outside it:

* ``official.json`` lists the official lists with their provenance; each list is a CSV
  ``code,name,level`` beside it (``dept_economic_classification_2020.csv`` …);
* ``harvested.json`` holds the names harvested from published disclosures (written by
  ``yusuan catalog build``).
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from pydantic import ValidationError

from yusuan.catalog.catalog import Catalog, CatalogName, NameSource, SourceInfo
from yusuan.catalog.harvest import HarvestFile
from yusuan.read.errors import ReadError

OFFICIAL_MANIFEST = "official.json"
HARVESTED_FILE = "harvested.json"
_LEVELS = {"类": 3, "款": 5, "项": 7}
_HARVEST_EXPECTED = "yusuan catalog build 生成的 JSON"


def data_dir() -> Traversable:
    """The packaged data folder."""
    return resources.files("yusuan.catalog").joinpath("data")


def packaged_harvest_path() -> Path:
    """The file ``yusuan catalog build`` rebuilds by default (inside the package)."""
    return Path(str(data_dir().joinpath(HARVESTED_FILE)))


def parse_list_csv(text: str, info: SourceInfo, where: str) -> Catalog:
    """One official list (CSV ``code,name,level``) as catalog names of ``info``'s year.

    Raises ``ReadError`` for a missing column, a non-numeric code or a level that does not
    match the code's digits.
    """
    if info.classification is None or info.fiscal_year is None:
        raise ReadError(where, "官方科目表缺少分类或年度说明", expected="official.json 中的条目")
    catalog = Catalog()
    catalog.sources[info.id] = info
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or not {"code", "name", "level"} <= set(reader.fieldnames):
        raise ReadError(where, "科目表缺少 code、name、level 列", expected="CSV：code,name,level")
    for number, record in enumerate(reader, start=2):
        code, name, level = record["code"].strip(), record["name"].strip(), record["level"].strip()
        if not code.isdigit() or _LEVELS.get(level) != len(code) or not name:
            raise ReadError(
                where,
                f"科目行无效：{code},{name},{level}",
                where=f"第{number}行",
                expected="3/5/7 位编码与类/款/项一致",
            )
        catalog.add(
            info.classification,
            code,
            CatalogName(
                name=name,
                fiscal_year=info.fiscal_year,
                sources=[NameSource(kind="official", reference=info.id, location=f"第{number}行")],
            ),
        )
    return catalog


def load_official() -> Catalog:
    """The official partial lists named in ``official.json``, with their provenance."""
    folder = data_dir()
    manifest = json.loads(folder.joinpath(OFFICIAL_MANIFEST).read_text(encoding="utf-8"))
    catalog = Catalog()
    for item in manifest["lists"]:
        info = SourceInfo.model_validate({k: v for k, v in item.items() if k != "file"})
        text = folder.joinpath(item["file"]).read_text(encoding="utf-8")
        catalog.merge(parse_list_csv(text, info, item["file"]))
    return catalog


def read_harvest(path: Path | Traversable) -> HarvestFile:
    """A harvested file; raises ``ReadError`` when it is missing or not a harvest file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReadError(
            str(path), "文件不存在", expected="yusuan catalog build 生成的 JSON"
        ) from None
    try:
        return HarvestFile.model_validate_json(text)
    except ValidationError as error:
        raise ReadError(
            str(path),
            f"不是有效的科目采集文件（{error.error_count()}处错误）",
            expected=_HARVEST_EXPECTED,
        ) from None


def load_harvested(path: Path | None = None) -> Catalog:
    """The harvested names (the packaged ``harvested.json`` unless ``path`` is given); an
    empty catalog when the packaged file is absent."""
    if path is not None:
        return read_harvest(path).to_catalog()
    packaged = data_dir().joinpath(HARVESTED_FILE)
    if not packaged.is_file():
        return Catalog()
    return read_harvest(packaged).to_catalog()


def load_packaged(harvested: Path | None = None) -> Catalog:
    """The official lists plus the harvested names (``harvested`` replaces the packaged
    harvest file when given)."""
    catalog = load_official()
    catalog.merge(load_harvested(harvested))
    return catalog
