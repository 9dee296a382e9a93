"""Compact copies of JSON values for what the simulator keeps per order and payment, rebuilt on read.

A stored order keeps the optional fields of its request, a payment its method's details; as dicts
those cost a few hundred bytes each. Frozen, an object is one tuple (its key names, shared by every
object with the same keys, then its values in order), a list is a tuple, and short strings are
interned, so what many orders repeat (a currency, a channel, a customer id, a VPA) is stored once.
`thaw` gives back the same JSON value, key order included, as new dicts and lists.
"""

from __future__ import annotations

import sys
from typing import Any, Final

# Key tuples shared between frozen objects; bounded, since free-form maps (order_tags) choose their keys.
_MAX_SHARED_KEYS: Final = 4096
_shared_keys: dict[tuple[str, ...], tuple[str, ...]] = {}
# Ids, codes, phones, VPAs repeat across orders; longer strings (free text, URLs) are less likely to,
# and a string that never repeats costs a slot in the interned table (measured: 32 beats 16 and 256).
_MAX_INTERNED_CHARS: Final = 32


class FrozenObject(tuple[Any, ...]):
    """A JSON object: ``(keys, value, value, ...)``; the same size as a plain tuple."""

    __slots__ = ()


def freeze(value: Any) -> Any:
    """`value` (parsed JSON: dicts, lists, strings, numbers, booleans, None) as immutable tuples."""
    kind = type(value)
    if kind is dict:
        keys = tuple(value)
        shared = _shared_keys.get(keys)
        if shared is None:
            shared = tuple(map(sys.intern, keys))
            if len(_shared_keys) < _MAX_SHARED_KEYS:
                _shared_keys[shared] = shared
        return FrozenObject((shared, *map(freeze, value.values())))
    if kind is list:
        return tuple(map(freeze, value))
    if kind is str and len(value) <= _MAX_INTERNED_CHARS:
        return sys.intern(value)
    return value


def thaw(value: Any) -> Any:
    """The JSON value `freeze` was given, as new dicts and lists."""
    if isinstance(value, FrozenObject):
        return dict(zip(value[0], map(thaw, value[1:]), strict=True))
    if isinstance(value, tuple):
        return [thaw(item) for item in value]
    return value


def field(frozen: FrozenObject | None, name: str, default: Any = None) -> Any:
    """One field of a frozen object, thawed (`default` when it is absent)."""
    if frozen is None:
        return default
    keys: tuple[str, ...] = frozen[0]
    try:
        return thaw(frozen[keys.index(name) + 1])
    except ValueError:
        return default
