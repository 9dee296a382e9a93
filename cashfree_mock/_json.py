"""JSON in and out with exact money: numbers parse to Decimal and Decimals print as written.

Every number in a request must be one a double holds (Cashfree's JSON numbers are doubles): at
most MAX_NUMBER_CHARS characters, finite, and not so small that it reads as zero. The parser's
number hooks check that before a Decimal or int is built, so `1e1000000` or a megabyte of digits
costs nothing, and `loads` names the first field that breaks the rule.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import orjson

# Enough for any double in any notation (the shortest form of one is at most 24 characters) with
# trailing zeros, and for any 128-bit integer with its sign.
MAX_NUMBER_CHARS = 40


class NumberError(ValueError):
    """A number in the request that is not a double; `path` leads to it (keys and list indexes)."""

    def __init__(self, path: list[str | int]) -> None:
        super().__init__("a number in the request is not a finite double")
        self.path = path


class _NotADouble:
    """Left in the parsed value where a number was refused, then found with its path."""

    __slots__ = ()


_NOT_A_DOUBLE = _NotADouble()


def _reject_constant(name: str) -> Any:
    # Python's json accepts NaN and Infinity; JSON does not, and neither does Cashfree.
    raise ValueError(f"{name} is not valid JSON")


def _parse_float(text: str) -> Decimal | _NotADouble:
    if len(text) > MAX_NUMBER_CHARS:
        return _NOT_A_DOUBLE
    if "e" not in text and "E" not in text:
        # No exponent, at most 40 characters: finite, and at least 1e-39 unless a zero (kept as written).
        return Decimal(text)
    mantissa = text.lower().partition("e")[0]
    if not mantissa.strip("-0."):
        # A zero, however large its exponent: keep 0.00 as written, drop an exponent that would
        # print as a million zeros (or that Decimal cannot even hold).
        return Decimal(mantissa)
    as_double = float(text)
    if math.isinf(as_double) or as_double == 0:  # too large, or so small that a double reads it as 0
        return _NOT_A_DOUBLE
    return Decimal(text)


def _parse_int(text: str) -> int | _NotADouble:
    # Within the cap an integer is a finite double; past it, int() would cost time quadratic in digits.
    return int(text) if len(text) <= MAX_NUMBER_CHARS else _NOT_A_DOUBLE


class _Refused(Exception):
    """A number that is not a double: the body is parsed again, marking them, to name the first."""


def _refusing(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    def hook(text: str) -> Any:
        value = parse(text)
        if value is _NOT_A_DOUBLE:
            raise _Refused
        return value

    return hook


# Built once: json.loads with hooks builds a decoder (and its C scanner) on every call.
_DECODER = json.JSONDecoder(
    parse_float=_refusing(_parse_float), parse_int=_refusing(_parse_int), parse_constant=_reject_constant
)
_MARKING_DECODER = json.JSONDecoder(parse_float=_parse_float, parse_int=_parse_int, parse_constant=_reject_constant)


def loads(raw: bytes) -> Any:
    """Parse a request body.

    Raises NumberError for a number that is not a double, ValueError (or RecursionError) for
    anything that is not JSON.
    """
    text = raw.decode("utf-8")
    try:
        return _DECODER.decode(text)
    except _Refused:
        pass
    # Only now is the body parsed with refused numbers left in place, and walked to name the field;
    # a body that is not JSON past its refused number raises ValueError here, as it always did.
    raise NumberError(_find_refused(_MARKING_DECODER.decode(text)) or [])


def _find_refused(value: Any) -> list[str | int] | None:
    """The path to the first refused number, walked without recursion (deep input must not overflow)."""
    stack: list[tuple[Any, list[str | int]]] = [(value, [])]
    while stack:
        node, path = stack.pop()
        if node is _NOT_A_DOUBLE:
            return path
        if isinstance(node, dict):
            stack.extend((child, [*path, key]) for key, child in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((child, [*path, index]) for index, child in reversed(list(enumerate(node))))
    return None


# Types orjson would write but the simulator's values never hold: sent to _fragment, which refuses them.
_ORJSON_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def dumps(value: Any) -> str:
    """Serialise plain JSON values and Decimals, the latter without float drift.

    orjson writes the common case, each Decimal as the text `_number` gives it; what orjson
    refuses (an integer past 64 bits, a lone surrogate from an escaped request string, a key that
    is not a string) goes through the encoder below, which writes every JSON value.
    """
    try:
        return orjson.dumps(value, default=_fragment, option=_ORJSON_OPTIONS).decode()
    except orjson.JSONEncodeError:
        out: list[str] = []
        _encode(value, out)
        return "".join(out)


def _fragment(value: Any) -> orjson.Fragment:
    if isinstance(value, Decimal):
        return orjson.Fragment(_number(value))
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def _number(value: Decimal) -> str:
    text = str(value)
    if "E" not in text and value.is_finite():  # plain already (an amount, nearly always), as "f" gives it
        return text
    # A double as large as 1e308 (or as small as 5e-324) is hundreds of digits in plain notation:
    # past the longest number a request may carry, scientific notation (valid JSON) keeps a
    # response no larger than the request that made it. Measured, not formatted, to decide.
    exponent = int(value.as_tuple().exponent)
    plain_digits = max(value.adjusted() + 1, 1) + max(-exponent, 0)
    return format(value, "f") if plain_digits < MAX_NUMBER_CHARS else str(value)


def _encode(value: Any, out: list[str]) -> None:
    if isinstance(value, Decimal):
        out.append(_number(value))
    elif isinstance(value, dict):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(",")
            out.append(json.dumps(str(key)))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        out.append(json.dumps(value))
