"""Money amounts: Decimal, int or float in; an exact JSON number out."""

from __future__ import annotations

import decimal
from decimal import Decimal, InvalidOperation

# Every operation on an amount runs in this context, not the caller's: inside a user's
# ``decimal.localcontext(prec=6)`` (or one that traps Inexact) 12345.67 is still 12345.67.
_CONTEXT = decimal.Context(prec=34, rounding=decimal.ROUND_HALF_EVEN, traps=[InvalidOperation])
_CENT = Decimal("0.01")
# 15 significant digits survive a trip through a double exactly, so the JSON text is the amount itself.
_MAX = Decimal("9999999999999.99")
_ONE = Decimal(1)  # the least order or capture amount


def to_decimal(value: object, field: str, minimum: Decimal = _ONE) -> Decimal:
    """Check an amount (at least ``minimum``, 1 unless said, at most two decimals) and return it as a Decimal.

    Raises ``ValueError`` naming ``field`` for anything else (bool, str, NaN, 0.5, 10.001 ...).
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float):
        raise ValueError(f"{field}: expected a Decimal, int or float, got {type(value).__name__}")
    with decimal.localcontext(_CONTEXT):
        return _checked(value, field, minimum)


def _checked(value: Decimal | int | float, field: str, minimum: Decimal) -> Decimal:
    try:
        # str() of a float is its shortest round-trip form: 10.34 -> Decimal("10.34"), not 10.339999...
        amount = value if isinstance(value, Decimal) else Decimal(str(value))
        if not amount.is_finite():
            raise ValueError(f"{field}: must be a finite number")
        if amount != amount.quantize(_CENT):
            raise ValueError(f"{field}: at most two decimal places are allowed")
    except InvalidOperation as exc:
        raise ValueError(f"{field}: not a valid amount") from exc
    if amount < minimum:
        raise ValueError(f"{field}: must be at least {minimum}")
    if amount > _MAX:
        raise ValueError(f"{field}: must be at most {_MAX}")
    return amount


def to_json_number(value: object, field: str, minimum: Decimal = _ONE) -> int | float:
    """The amount as the JSON number to send: an int when whole, else a float whose text is exact."""
    amount = to_decimal(value, field, minimum)
    if amount == amount.to_integral_value(context=_CONTEXT):
        return int(amount)
    number = float(amount)
    if Decimal(repr(number)) != amount:  # pragma: no cover - guarded by _MAX
        raise ValueError(f"{field}: cannot be sent exactly")
    return number


def from_json_number(value: object) -> Decimal | None:
    """A response amount as a Decimal (``None`` when absent or not a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        return None
    try:
        with decimal.localcontext(_CONTEXT):  # exact either way; the context only decides that junk raises
            return Decimal(str(value))
    except InvalidOperation:
        return None
