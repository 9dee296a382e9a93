"""Typed results: the generated models, plus the response's request id and exact amounts.

Imported lazily (on the first call that needs it): the generated models cost more to import than
httpx itself. Parsing turns whatever the generated code can throw into ``APIResponseValidationError``.
The response models type a field ``T`` when Cashfree always sends it and ``T | None`` otherwise (a field
left out reads as ``None``, as a ``null`` does: spec/README.md, "Required and absent fields").
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, Final

import attrs

import cashfree_openapi.models
from cashfree_openapi.models import (
    AuthenticatePaymentEntity,
    OrderEntity,
    PaymentEntity,
    PaymentEntityPaymentOffersType0Item,
    PaymentMethodAppInPaymentsEntity,
    PaymentMethodBanktransferInPaymentsEntity,
    PaymentMethodCardEMIInPaymentsEntity,
    PaymentMethodCardInPaymentsEntity,
    PaymentMethodCardlessEMIInPaymentsEntity,
    PaymentMethodNetbankingInPaymentsEntity,
    PaymentMethodPaylaterInPaymentsEntity,
    PaymentMethodUPIInPaymentsEntity,
    PayOrderEntity,
    RefundEntity,
    RefundSplitEntity,
    VendorSplitEntity,
)

from ._amount import from_json_number

__all__ = [
    "Order",
    "OrderPayResult",
    "OtpResult",
    "Payment",
    "PaymentList",
    "PaymentMethodDetails",
    "Refund",
    "RefundList",
]

PaymentMethodDetails = (
    PaymentMethodCardInPaymentsEntity
    | PaymentMethodCardEMIInPaymentsEntity
    | PaymentMethodNetbankingInPaymentsEntity
    | PaymentMethodUPIInPaymentsEntity
    | PaymentMethodAppInPaymentsEntity
    | PaymentMethodCardlessEMIInPaymentsEntity
    | PaymentMethodPaylaterInPaymentsEntity
    | PaymentMethodBanktransferInPaymentsEntity
)

# The key of a payment's `payment_method` object names its variant: dispatch on it, never by trial.
_PAYMENT_METHOD_VARIANTS: Final[Mapping[str, Callable[[Mapping[str, Any]], PaymentMethodDetails]]] = {
    "card": PaymentMethodCardInPaymentsEntity.from_dict,
    "emi": PaymentMethodCardEMIInPaymentsEntity.from_dict,
    "netbanking": PaymentMethodNetbankingInPaymentsEntity.from_dict,
    "upi": PaymentMethodUPIInPaymentsEntity.from_dict,
    "app": PaymentMethodAppInPaymentsEntity.from_dict,
    "cardless_emi": PaymentMethodCardlessEMIInPaymentsEntity.from_dict,
    "paylater": PaymentMethodPaylaterInPaymentsEntity.from_dict,
    "banktransfer": PaymentMethodBanktransferInPaymentsEntity.from_dict,
}

# Ids that older API versions (and some proxies) send as integers; this version says strings.
_STRING_IDS: Final = ("cf_order_id", "cf_payment_id", "cf_refund_id")

# Lists of objects in results. When an item does not fit its model, the generated parser keeps the whole
# list raw, and the generated to_dict() then fails on it (AttributeError on the first plain item).
_MODEL_LISTS: Final[Mapping[str, type]] = {
    "order_splits": VendorSplitEntity,
    "payment_offers": PaymentEntityPaymentOffersType0Item,
    "refund_splits": RefundSplitEntity,
}

# The fields ``to_dict()`` gives back raw when the client could not read them (``additional_properties``).
_RAW_FIELDS: Final = frozenset({*_MODEL_LISTS, "payment_method"})

# What the generated parsing raises on data it does not expect.
PARSE_ERRORS: Final = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def _show(value: Any) -> str:
    """A repr that leaves out null fields and empty extras, and shows enum members as their value."""
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, list):
        return "[" + ", ".join(_show(item) for item in value) + "]"
    if attrs.has(type(value)):
        parts = []
        for attribute in attrs.fields(type(value)):
            item = getattr(value, attribute.name)
            if item is None or (attribute.name == "additional_properties" and not item):
                continue
            parts.append(f"{attribute.name}={_show(item)}")
        return f"{type(value).__name__}({', '.join(parts)})"
    return repr(value)


def _decimal(value: float | None) -> Decimal | None:
    return from_json_number(value)


def _exact(value: object, name: str) -> Decimal:
    """An amount the spec requires, as an exact ``Decimal``; a result whose amount is not a number is refused."""
    amount = from_json_number(value)
    if amount is None:
        raise TypeError(f"{name}: not a number")
    return amount


def _with_raw(data: dict[str, Any], extras: Mapping[str, Any]) -> dict[str, Any]:
    """``to_dict()`` of a result: a field kept raw (see ``_keep_raw_lists``) comes back as it was sent."""
    for name in _RAW_FIELDS.intersection(extras):
        if data.get(name) is None:
            data[name] = extras[name]
    return data


class _Result:
    """What every result adds to its generated model: a repr that leaves out what was not sent."""

    __slots__ = ()

    def __repr__(self) -> str:
        return _show(self)


class _ResultKeepingRaw(_Result):
    """A result whose ``to_dict()`` gives back a field kept raw (see ``_keep_raw_lists``) as it was sent."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return _with_raw(super().to_dict(), self.additional_properties)  # type: ignore[misc]


@attrs.define(repr=False)
class Order(_ResultKeepingRaw, OrderEntity):
    """An order. ``request_id`` is the ``x-request-id`` of the response; ``amount`` is ``order_amount`` exactly."""

    request_id: str | None = attrs.field(default=None, kw_only=True)

    @property
    def amount(self) -> Decimal:
        return _exact(self.order_amount, "order_amount")


@attrs.define(repr=False)
class Payment(_ResultKeepingRaw, PaymentEntity):
    """A payment. ``payment_method`` is the variant its one key names; an unknown variant is kept raw.

    ``payment_method_name`` is that key (``"upi"``, ``"card"`` ... or a name this client does not know yet);
    the raw object of an unknown variant stays in ``additional_properties["payment_method"]`` (and
    ``payment_method`` is ``None``).
    """

    request_id: str | None = attrs.field(default=None, kw_only=True)
    payment_method_name: str | None = attrs.field(default=None, kw_only=True)

    @property
    def amount(self) -> Decimal | None:
        return _decimal(self.payment_amount)

    @property
    def order_amount_decimal(self) -> Decimal | None:
        return _decimal(self.order_amount)


@attrs.define(repr=False)
class OrderPayResult(_Result, PayOrderEntity):
    """A started payment: ``action`` and ``data`` say what happens next (``post``: submit the OTP)."""

    request_id: str | None = attrs.field(default=None, kw_only=True)

    @property
    def amount(self) -> Decimal:
        return _exact(self.payment_amount, "payment_amount")


@attrs.define(repr=False)
class OtpResult(_Result, AuthenticatePaymentEntity):
    """What the bank said of a submitted or resent OTP (``authenticate_status``: SUCCESS or FAILED)."""

    request_id: str | None = attrs.field(default=None, kw_only=True)


class PaymentList(list[Payment]):
    """The payments of an order, oldest first; a list with the response's ``request_id``."""

    __slots__ = ("request_id",)

    def __init__(self, payments: Iterable[Payment] = (), *, request_id: str | None = None) -> None:
        super().__init__(payments)
        self.request_id = request_id


@attrs.define(repr=False)
class Refund(_ResultKeepingRaw, RefundEntity):
    """A refund. ``amount`` is ``refund_amount`` exactly; ``refund_status`` is PENDING until the bank processes it.

    Only SUCCESS (and FAILED, CANCELLED) are final: poll ``cf.refunds.get`` or wait for the
    REFUND_STATUS_WEBHOOK. A status this version does not know comes through as a plain string.
    """

    request_id: str | None = attrs.field(default=None, kw_only=True)

    @property
    def amount(self) -> Decimal:
        return _exact(self.refund_amount, "refund_amount")

    @property
    def refund_charge_decimal(self) -> Decimal | None:
        return _decimal(self.refund_charge)


class RefundList(list[Refund]):
    """The refunds of an order, oldest first; a list with the response's ``request_id``."""

    __slots__ = ("request_id",)

    def __init__(self, refunds: Iterable[Refund] = (), *, request_id: str | None = None) -> None:
        super().__init__(refunds)
        self.request_id = request_id


def _object(data: Any) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    fixed = dict(data)
    for key in _STRING_IDS:
        value = fixed.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            fixed[key] = str(value)
    return fixed


def _keep_raw_lists(result: Order | Payment | Refund) -> None:
    """A list the generated parser could not read item by item moves, as sent, to ``additional_properties``.

    The same as an unknown payment method: the attribute keeps its type (it reads ``None``), ``to_dict()``
    works and gives the JSON back. Deeper in the result such a list cannot be given back: it is an error.
    """
    for name, item_model in _MODEL_LISTS.items():
        value = getattr(result, name, None)
        if isinstance(value, list) and not all(isinstance(item, item_model) for item in value):
            setattr(result, name, None)
            result.additional_properties[name] = value
    _check_lists(result)


_LIST_OF_MODELS: Final = re.compile(r"\blist\[(\w+)\]")
# Values that hold no model, so nothing to look into: most fields of a result.
_LEAVES: Final = frozenset({str, int, float, bool, type(None), datetime.datetime, datetime.date, Decimal})


@functools.cache
def _model_lists(model: type) -> tuple[tuple[str, type], ...]:
    """The fields of a generated model typed ``list[SomeModel]`` (their annotations are strings): name, item model."""
    found = []
    for field in attrs.fields(model):
        match = _LIST_OF_MODELS.search(str(field.type))
        item = _model_named(match[1]) if match else None
        if item is not None:
            found.append((field.name, item))
    return tuple(found)


def _model_named(name: str) -> type | None:
    """The generated model called `name`, or None when there is none."""
    item = getattr(cashfree_openapi.models, name, None)
    return item if isinstance(item, type) and attrs.has(item) else None


@functools.cache
def model_field_names(model: type) -> tuple[str, ...] | None:
    """The fields of an attrs model but ``additional_properties``; ``None`` for anything else."""
    if not attrs.has(model):
        return None
    return tuple(field.name for field in attrs.fields(model) if field.name != "additional_properties")


_NAME: Final = re.compile(r"\w+")


def _models_named(annotation: str) -> list[type]:
    """The generated models an annotation (a string) names."""
    return [item for item in map(_model_named, _NAME.findall(annotation)) if item is not None]


@functools.cache
def _holds_model_lists(model: type) -> bool:
    """Whether a value of `model` can hold a list of models at any depth (models may refer to each other)."""
    seen, stack = {model}, [model]
    while stack:
        current = stack.pop()
        if _model_lists(current):
            return True
        for field in attrs.fields(current):
            for named in _models_named(str(field.type)):
                if named not in seen:
                    seen.add(named)
                    stack.append(named)
    return False


@functools.cache
def _fields_to_walk(model: type) -> tuple[str, ...]:
    """The fields of `model` whose annotation names a model that can hold a list of models: the only ones
    `_check_lists` need look into (a result has dozens of fields; a few can hold such a list)."""
    return tuple(
        field.name
        for field in attrs.fields(model)
        if field.name != "additional_properties" and any(map(_holds_model_lists, _models_named(str(field.type))))
    )


def _check_lists(value: object) -> None:
    """Raise ``TypeError`` for a list of models, anywhere in ``value``, that holds an item that is not one."""
    if isinstance(value, list):
        for item in value:
            _check_lists(item)
        return
    model: Any = type(value)
    if model in _LEAVES or model_field_names(model) is None:
        return
    for name, item_model in _model_lists(model):
        items = getattr(value, name)
        if isinstance(items, list) and not all(isinstance(item, item_model) for item in items):
            raise TypeError(f"{name}: a list item is not an object of the documented shape")
    for name in _fields_to_walk(model):
        _check_lists(getattr(value, name))


def parse_order(data: Any, request_id: str | None) -> Order:
    order = Order.from_dict(_object(data))
    _exact(order.order_amount, "order_amount")
    _keep_raw_lists(order)
    order.request_id = request_id
    return order


def parse_payment(data: Any, request_id: str | None) -> Payment:
    fields = _object(data)
    raw_method = fields.pop("payment_method", None)
    payment = Payment.from_dict(fields)  # payment_method reads None until the variant is known
    _keep_raw_lists(payment)
    payment.request_id = request_id
    if raw_method is None:
        return payment
    name, details = _payment_method(raw_method)
    payment.payment_method_name = name
    if details is None:
        payment.additional_properties["payment_method"] = raw_method
    else:
        payment.payment_method = details
    return payment


def _payment_method(raw: Any) -> tuple[str | None, PaymentMethodDetails | None]:
    if not isinstance(raw, Mapping) or len(raw) != 1:
        return None, None
    ((name, value),) = raw.items()
    variant = _PAYMENT_METHOD_VARIANTS.get(name)
    if variant is None or not isinstance(value, Mapping):
        return str(name), None
    try:
        return name, variant({name: value})
    except PARSE_ERRORS:
        return name, None


def parse_payments(data: Any, request_id: str | None) -> PaymentList:
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array, got {type(data).__name__}")
    return PaymentList((parse_payment(item, request_id) for item in data), request_id=request_id)


def parse_pay_result(data: Any, request_id: str | None) -> OrderPayResult:
    result = OrderPayResult.from_dict(_object(data))
    _exact(result.payment_amount, "payment_amount")
    result.request_id = request_id
    return result


def parse_otp_result(data: Any, request_id: str | None) -> OtpResult:
    result = OtpResult.from_dict(_object(data))
    result.request_id = request_id
    return result


def parse_refund(data: Any, request_id: str | None) -> Refund:
    refund = Refund.from_dict(_object(data))
    _exact(refund.refund_amount, "refund_amount")
    _keep_raw_lists(refund)
    refund.request_id = request_id
    return refund


def parse_refunds(data: Any, request_id: str | None) -> RefundList:
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array, got {type(data).__name__}")
    return RefundList((parse_refund(item, request_id) for item in data), request_id=request_id)
