"""Builders of the ``payment_method`` object of Order Pay, one per variant of the spec.

Each builder checks its arguments before any request and raises a ``ValueError`` naming the field
(card number digits and Luhn check, expiry, CVV, VPA, phone, bank code, provider, tenure); the
message never repeats a card number or a CVV. The result's ``repr`` shows at most the last four
digits of a card and never its CVV; ``to_dict()`` gives the JSON to send.

>>> from cashfree_facade import payment_methods as pm
>>> pm.upi_collect("testsuccess@gocash")
PaymentMethod(upi={'channel': 'collect', 'upi_id': 'testsuccess@gocash'})
>>> pm.card("4111 1111 1111 1111", "03", "28", "123", channel="post")
PaymentMethod(card={'channel': 'post', 'card_number': '************1111', 'card_expiry_mm': '03', \
'card_expiry_yy': '28', 'card_cvv': '***'})
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final, Literal, final

from ._redact import mask_card, raised_clean

__all__ = [
    "PaymentMethod",
    "banktransfer",
    "card",
    "card_emi",
    "card_token",
    "cardless_emi",
    "netbanking",
    "paylater",
    "saved_card",
    "upi_collect",
    "upi_intent",
    "upi_qrcode",
    "wallet",
]

_VPA: Final = re.compile(r"^[A-Za-z0-9._-]{2,256}@[A-Za-z][A-Za-z0-9]{1,63}$")
_BANK_NAME: Final = re.compile(r"^[A-Z]{5}$")
_HIDDEN: Final = frozenset({"card_cvv", "cryptogram"})


@final
class PaymentMethod:
    """One payment method, ready for ``cf.orders.pay``. Immutable; ``to_dict()`` is the JSON of the request."""

    __slots__ = ("_fields", "_kind")

    def __init__(self, kind: str, fields: Mapping[str, Any]) -> None:
        self._kind = kind
        self._fields = dict(fields)

    @property
    def kind(self) -> str:
        """The variant: ``card``, ``emi``, ``netbanking``, ``upi``, ``app``, ``cardless_emi``, ``paylater`` ..."""
        return self._kind

    @property
    def channel(self) -> str:
        return str(self._fields["channel"])

    def to_dict(self) -> dict[str, dict[str, Any]]:
        return {self._kind: dict(self._fields)}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PaymentMethod) and other.to_dict() == self.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = {
            key: "***" if key in _HIDDEN else mask_card(value) if key == "card_number" else value
            for key, value in self._fields.items()
        }
        return f"PaymentMethod({self._kind}={shown!r})"

    __str__ = __repr__

    def __reduce__(self) -> str:
        raise TypeError("PaymentMethod holds card data and cannot be pickled")


# ---------------------------------------------------------------- checks (messages name the field, never the value)
def _digits(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{field}: expected a string of digits")
    return re.sub(r"[ -]", "", value)


def _luhn_ok(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _card_number(value: object, field: str = "card_number", *, luhn: bool = True) -> str:
    number = _digits(value, field)
    if not number.isascii() or not number.isdigit() or not 12 <= len(number) <= 19:
        raise ValueError(f"{field}: must be 12 to 19 digits")
    if luhn and not _luhn_ok(number):
        raise ValueError(f"{field}: fails the Luhn check (a mistyped number?)")
    return number


def _month(value: object, field: str = "card_expiry_mm") -> str:
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(text, str) or not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 12:
        raise ValueError(f"{field}: must be a month, 01 to 12")
    return f"{int(text):02d}"


def _year(value: object, field: str = "card_expiry_yy") -> str:
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(text, str) or not text.isascii() or not text.isdigit() or len(text) not in (1, 2, 4):
        raise ValueError(f"{field}: must be a two-digit (or four-digit) year")
    if len(text) == 4 and not text.startswith("20"):
        raise ValueError(f"{field}: must be a year of this century")
    return f"{int(text) % 100:02d}"


def _cvv(value: object, field: str = "card_cvv") -> str:
    if not isinstance(value, str) or not value.isascii() or not value.isdigit() or len(value) not in (3, 4):
        raise ValueError(f"{field}: must be 3 or 4 digits (as a string)")
    return value


def _text(value: object, field: str, low: int = 1, high: int = 100) -> str:
    if not isinstance(value, str) or not low <= len(value.strip()) <= high:
        raise ValueError(f"{field}: must be {low} to {high} characters")
    return value.strip()


def _phone(value: object, field: str = "phone") -> str:
    number = _digits(value, field)
    if not number.isascii() or not number.isdigit() or len(number) != 10:
        raise ValueError(f"{field}: must be a 10-digit phone number")
    return number


def _choice(value: object, field: str, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(f"{field}: must be one of {', '.join(allowed)}")
    return value


def _integer(value: object, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{field}: must be an integer from {low} to {high}")
    return value


def _enum_values(name: str) -> tuple[str, ...]:
    """The values of a spec enum, from the generated client (one source of truth)."""
    from cashfree_openapi import models

    enum = getattr(models, name)
    return tuple(member.value for member in enum)


def _optional(**fields: Any) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


def _plain_card(number: object, expiry_mm: object, expiry_yy: object, cvv: object) -> dict[str, Any]:
    return {
        "card_number": _card_number(number),
        "card_expiry_mm": _month(expiry_mm),
        "card_expiry_yy": _year(expiry_yy),
        "card_cvv": _cvv(cvv),
    }


# ---------------------------------------------------------------- cards
@raised_clean  # a refused card must not leave its number in a frame of the error
def card(
    card_number: str,
    expiry_mm: str | int,
    expiry_yy: str | int,
    cvv: str,
    *,
    holder_name: str | None = None,
    channel: Literal["link", "post"] = "link",
    card_alias: str | None = None,
) -> PaymentMethod:
    """A plain card. ``channel="link"`` sends the customer to the bank page; ``"post"`` asks for the native OTP."""
    fields: dict[str, Any] = {"channel": _choice(channel, "channel", ("link", "post"))}
    fields |= _plain_card(card_number, expiry_mm, expiry_yy, cvv)
    fields |= _optional(
        card_holder_name=None if holder_name is None else _text(holder_name, "card_holder_name"),
        card_alias=card_alias,
    )
    return PaymentMethod("card", fields)


@raised_clean  # a refused card must not leave its number in a frame of the error
def saved_card(instrument_id: str, cvv: str, *, channel: Literal["link", "post"] = "link") -> PaymentMethod:
    """A card saved earlier (``save_instrument=True``): its ``instrument_id`` and the CVV."""
    return PaymentMethod(
        "card",
        {
            "channel": _choice(channel, "channel", ("link", "post")),
            "instrument_id": _text(instrument_id, "instrument_id", 1, 200),
            "card_cvv": _cvv(cvv),
        },
    )


@raised_clean  # a refused card must not leave its number in a frame of the error
def card_token(
    token_number: str,
    *,
    cryptogram: str,
    token_requestor_id: str,
    expiry_mm: str | int | None = None,
    expiry_yy: str | int | None = None,
    token_type: Literal["NETWORK_GC_TOKEN", "ISSUER_TOKEN", "ISSUER_GC_TOKEN"] = "NETWORK_GC_TOKEN",  # noqa: S107
    token_reference_id: str | None = None,
    card_display: str | None = None,
    par: str | None = None,
    cvv: str | None = None,
    holder_name: str | None = None,
    channel: Literal["link", "post"] = "link",
) -> PaymentMethod:
    """A network token with its cryptogram (the token number is not Luhn-checked)."""
    fields: dict[str, Any] = {
        "channel": _choice(channel, "channel", ("link", "post")),
        "card_number": _card_number(token_number, "card_number", luhn=False),
        "cryptogram": _text(cryptogram, "cryptogram", 1, 500),
        "token_requestor_id": _text(token_requestor_id, "token_requestor_id", 1, 100),
        "token_type": _choice(token_type, "token_type", _enum_values("CardTokenType")),
    }
    fields |= _optional(
        card_expiry_mm=None if expiry_mm is None else _month(expiry_mm),
        card_expiry_yy=None if expiry_yy is None else _year(expiry_yy),
        card_cvv=None if cvv is None else _cvv(cvv),
        card_holder_name=None if holder_name is None else _text(holder_name, "card_holder_name"),
        token_reference_id=token_reference_id,
        card_display=card_display,
        par=par,
    )
    return PaymentMethod("card", fields)


@raised_clean  # a refused card must not leave its number in a frame of the error
def card_emi(
    card_number: str,
    expiry_mm: str | int,
    expiry_yy: str | int,
    cvv: str,
    *,
    bank: str,
    tenure: int,
    holder_name: str | None = None,
    channel: Literal["link", "post"] = "link",
) -> PaymentMethod:
    """An EMI on a card: ``bank`` in lower case as the spec names it (``hdfc``, ``icici`` ...), ``tenure`` in months."""
    fields: dict[str, Any] = {"channel": _choice(channel, "channel", ("link", "post"))}
    fields |= _plain_card(card_number, expiry_mm, expiry_yy, cvv)
    fields["card_bank_name"] = _choice(bank, "card_bank_name", _enum_values("CardEMIBank"))
    fields["emi_tenure"] = _integer(tenure, "emi_tenure", 1, 60)
    fields |= _optional(card_holder_name=None if holder_name is None else _text(holder_name, "card_holder_name"))
    return PaymentMethod("emi", fields)


# ---------------------------------------------------------------- bank and UPI
def netbanking(
    bank_code: int | str, *, bank_name: str | None = None, channel: Literal["link", "post"] = "link"
) -> PaymentMethod:
    """Netbanking with the bank's four-digit code (3333 is the sandbox TEST bank)."""
    code = bank_code
    if isinstance(code, str) and code.isascii() and code.isdigit() and len(code) == 4:
        code = int(code)
    fields: dict[str, Any] = {
        "channel": _choice(channel, "channel", ("link", "post")),
        "netbanking_bank_code": _integer(code, "netbanking_bank_code", 1000, 9999),
    }
    if bank_name is not None:
        if not isinstance(bank_name, str) or not _BANK_NAME.match(bank_name):
            raise ValueError("netbanking_bank_name: must be five capital letters, e.g. HDFCR")
        fields["netbanking_bank_name"] = bank_name
    return PaymentMethod("netbanking", fields)


def _vpa(value: object) -> str:
    if not isinstance(value, str) or not _VPA.match(value):
        raise ValueError("upi_id: must be a UPI address such as name@bank")
    return value


def upi_collect(vpa: str, *, expiry_minutes: int | None = None, redirect_url: bool | None = None) -> PaymentMethod:
    """A UPI collect request sent to ``vpa`` (sandbox: ``testsuccess@gocash``, ``testfailure@gocash``)."""
    fields: dict[str, Any] = {"channel": "collect", "upi_id": _vpa(vpa)}
    if expiry_minutes is not None:
        fields["upi_expiry_minutes"] = _integer(expiry_minutes, "upi_expiry_minutes", 5, 15)
    if redirect_url is not None:
        fields["upi_redirect_url"] = bool(redirect_url)
    return PaymentMethod("upi", fields)


def upi_intent() -> PaymentMethod:
    """UPI intent: the response's ``data.payload`` holds links that open the customer's UPI apps."""
    return PaymentMethod("upi", {"channel": "link"})


def upi_qrcode(vpa: str | None = None) -> PaymentMethod:
    """UPI QR code: the response's ``data.payload.qrcode`` is the image to show."""
    return PaymentMethod("upi", {"channel": "qrcode"} | _optional(upi_id=None if vpa is None else _vpa(vpa)))


# ---------------------------------------------------------------- wallets, EMI without a card, pay later, transfer
def _provider(kind: str, enum: str, provider: object, phone: object, **extra: Any) -> PaymentMethod:
    fields = {"channel": "link", "provider": _choice(provider, "provider", _enum_values(enum)), "phone": _phone(phone)}
    return PaymentMethod(kind, fields | _optional(**extra))


def wallet(provider: str, phone: str) -> PaymentMethod:
    """A wallet app (the ``app`` variant): ``provider`` from the spec (``phonepe``, ``paytm``, ``amazon`` ...)."""
    return _provider("app", "WalletProvider", provider, phone)


def cardless_emi(provider: str, phone: str, *, tenure: int | None = None) -> PaymentMethod:
    """EMI without a card (``flexmoney``, ``zestmoney`` ...); sandbox phone 8714268343."""
    emi_tenure = None if tenure is None else _integer(tenure, "emi_tenure", 1, 60)
    return _provider("cardless_emi", "CardlessEMIProvider", provider, phone, emi_tenure=emi_tenure)


def paylater(provider: str, phone: str) -> PaymentMethod:
    """Pay later (``lazypay``, ``simpl`` ...)."""
    return _provider("paylater", "PaylaterProvider", provider, phone)


def banktransfer() -> PaymentMethod:
    """A bank transfer: the response says where to send the money."""
    return PaymentMethod("banktransfer", {"channel": "link"})
