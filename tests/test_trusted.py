"""``yusuan.trusted``: instances built without validation equal their validated twins."""

from __future__ import annotations

from yusuan.audit.finding import Place
from yusuan.read.location import SourceLocation
from yusuan.trusted import all_given, trusted


def test_trusted_equals_validated_json_and_fields_set() -> None:
    where = SourceLocation(file="seed.txt", line=371)
    fields = {"table": "表6", "row": "30101 基本工资", "column": "人员经费", "sentence": None}
    built = all_given(Place, {**fields, "source": where})
    validated = Place(**fields, source=where)
    assert built == validated
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_fields_set == validated.model_fields_set


def test_fields_set_names_only_the_fields_given() -> None:
    fields = {"table": "表6", "row": "合计", "column": None, "sentence": None, "source": None}
    built = trusted(Place, fields, {"table", "row"})
    validated = Place(table="表6", row="合计")
    assert built == validated
    assert built.model_fields_set == validated.model_fields_set == {"table", "row"}
    assert built.model_dump(exclude_unset=True) == {"table": "表6", "row": "合计"}


def test_a_fields_set_naming_every_field_may_be_shared() -> None:
    shared = set(Place.model_fields)
    fields = {"table": "表6", "row": None, "column": None, "sentence": None, "source": None}
    first = trusted(Place, dict(fields), shared)
    second = trusted(Place, dict(fields), shared)
    first.row = "合计"  # pydantic adds the name to the set in place: already there
    assert shared == set(Place.model_fields)
    assert second.model_fields_set == shared
