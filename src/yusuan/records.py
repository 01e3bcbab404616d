"""Immutable records that are cheap to build and to read.

The model's small records (a source location, a read paragraph) are built hundreds of times
per document and read thousands of times. A frozen dataclass enforces immutability at run
time through ``object.__setattr__`` in ``__init__``, which makes each instance several times
dearer to build; a pydantic model makes every attribute read dearer (its ``__getattr__``
turns off CPython's attribute specialisation). :func:`immutable_record` makes a plain
slotted dataclass (hashable, compared by value) that the type checker treats as frozen:
``mypy --strict`` rejects any assignment to a field (PEP 681 ``frozen_default``), while at run
time fields are written by the fast slot stores of the generated ``__init__``.

Pydantic validates and serialises these records as fields of its models like any dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar, dataclass_transform

_T = TypeVar("_T")


@dataclass_transform(frozen_default=True)
def immutable_record(cls: type[_T]) -> type[_T]:
    """``@dataclass(slots=True, unsafe_hash=True)``, type-checked as ``frozen=True``: the
    hash is safe because no code may assign a field (the type check enforces it)."""
    return dataclass(slots=True, unsafe_hash=True)(cls)
