"""Reading a response model's field in a test: the generated models type most fields optional."""

from __future__ import annotations

from typing import TypeVar

from cashfree_openapi.types import Unset

T = TypeVar("T")


def present(value: T | Unset | None) -> T:
    """``value``, asserted to have come in the answer (neither left out nor null)."""
    assert value is not None, "the answer has null here"
    assert not isinstance(value, Unset), "the answer left this field out"
    return value
