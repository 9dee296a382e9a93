"""Reading response models in tests: a nullable field asserted present, JSON compared with absent == null."""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    """``value``, asserted to have come in the answer (a field the response models type ``T | None``)."""
    assert value is not None, "the answer has null here, or left the field out"
    return value


def without_nulls(value: Any) -> Any:
    """JSON with every ``null`` member of an object left out, at any depth.

    A response model reads an absent field as ``None`` and ``to_dict()`` writes it as ``null``
    (spec/README.md, "Required and absent fields"): a round trip is compared modulo that.
    """
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value
