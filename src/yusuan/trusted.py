"""Build pydantic model instances from values the code computed itself, without validation.

Hot paths (an indicator per target row, a place per finding, a result per rule)
build instances whose values are already of their field types, checked by mypy; pydantic's
validation would only check them again, and costs more than the rest of the work. These
helpers leave the state a validated construction leaves: ``__dict__`` holding every field
in declaration order, the set of fields given, no extra fields, no private attributes.

Sound only for models without validators that change values, private attributes or extra
fields, and only for values of exactly the field types (a ``bool`` for an ``int | str``
field, for one, would be converted by pydantic); each model built this way is tested equal,
JSON included, to its validated twin.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

_M = TypeVar("_M", bound=BaseModel)

_new_object = object.__new__
# pydantic's slots, written through their descriptors (cheaper than ``object.__setattr__``)
_set_dict = vars(BaseModel)["__dict__"].__set__
_set_fields_set = vars(BaseModel)["__pydantic_fields_set__"].__set__
_set_extra = vars(BaseModel)["__pydantic_extra__"].__set__
_set_private = vars(BaseModel)["__pydantic_private__"].__set__


def trusted(model: type[_M], fields: dict[str, Any], fields_set: set[str]) -> _M:
    """``model(**given)`` without validation. ``fields`` must hold every field of ``model`` in
    declaration order (it becomes the instance's ``__dict__``); ``fields_set`` names the
    fields given a value. Instances may share one ``fields_set`` only when it names every
    field or the model is frozen: pydantic adds a field's name to it in place when the field
    is assigned (``model_copy`` copies it first)."""
    instance: _M = _new_object(model)
    _set_dict(instance, fields)
    _set_fields_set(instance, fields_set)
    _set_extra(instance, None)
    _set_private(instance, None)
    return instance


def all_given(model: type[_M], fields: dict[str, Any]) -> _M:
    """:func:`trusted` with every field of ``model`` given (all counted as set)."""
    return trusted(model, fields, set(fields))
