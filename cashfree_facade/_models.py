"""Typed results: the generated models, plus the response's request id and exact amounts.

Imported lazily (on the first call that needs it): the generated models cost more to import than
httpx itself. Parsing turns whatever the generated code can throw into ``APIResponseValidationError``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, Final

import attrs

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
    RefundSplit,
    VendorSplit,
)
from cashfree_openapi.types import UNSET, Unset

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
    "order_splits": VendorSplit,
    "payment_offers": PaymentEntityPaymentOffersType0Item,
    "refund_splits": RefundSplit,
}

# What the generated parsing raises on data it does not expect.
PARSE_ERRORS: Final = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def _show(value: Any) -> str:
    """A repr that leaves out unset fields and empty extras, and shows enum members as their value."""
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, list):
        return "[" + ", ".join(_show(item) for item in value) + "]"
    if attrs.has(type(value)):
        parts = []
        for attribute in attrs.fields(type(value)):
            item = getattr(value, attribute.name)
            if isinstance(item, Unset) or (attribute.name == "additional_properties" and not item):
                continue
            parts.append(f"{attribute.name}={_show(item)}")
        return f"{type(value).__name__}({', '.join(parts)})"
    return repr(value)


def _decimal(value: float | Unset | None) -> Decimal | None:
    return None if isinstance(value, Unset) else from_json_number(value)


@attrs.define
class Order(OrderEntity):
    """An order. ``request_id`` is the ``x-request-id`` of the response; ``amount`` is ``order_amount`` exactly."""

    request_id: str | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        return _show(self)

    @property
    def amount(self) -> Decimal | None:
        return from_json_number(self.order_amount)


@attrs.define
class Payment(PaymentEntity):
    """A payment. ``payment_method`` is the variant its one key names; an unknown variant is kept raw.

    ``payment_method_name`` is that key (``"upi"``, ``"card"`` ... or a name this client does not know yet);
    the raw object of an unknown variant stays in ``additional_properties["payment_method"]``.
    """

    request_id: str | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        return _show(self)

    payment_method_name: str | None = attrs.field(default=None, kw_only=True)

    @property
    def amount(self) -> Decimal | None:
        return _decimal(self.payment_amount)

    @property
    def order_amount_decimal(self) -> Decimal | None:
        return _decimal(self.order_amount)


@attrs.define
class OrderPayResult(PayOrderEntity):
    """A started payment: ``action`` and ``data`` say what happens next (``post``: submit the OTP)."""

    request_id: str | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        return _show(self)

    @property
    def amount(self) -> Decimal | None:
        return _decimal(self.payment_amount)


@attrs.define
class OtpResult(AuthenticatePaymentEntity):
    """What the bank said of a submitted or resent OTP (``authenticate_status``: SUCCESS or FAILED)."""

    request_id: str | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        return _show(self)


class PaymentList(list[Payment]):
    """The payments of an order, oldest first; a list with the response's ``request_id``."""

    __slots__ = ("request_id",)

    def __init__(self, payments: Iterable[Payment] = (), *, request_id: str | None = None) -> None:
        super().__init__(payments)
        self.request_id = request_id


@attrs.define
class Refund(RefundEntity):
    """A refund. ``amount`` is ``refund_amount`` exactly; ``refund_status`` is PENDING until the bank processes it.

    Only SUCCESS (and FAILED, CANCELLED) are final: poll ``cf.refunds.get`` or wait for the
    REFUND_STATUS_WEBHOOK. A status this version does not know comes through as a plain string.
    """

    request_id: str | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        return _show(self)

    @property
    def amount(self) -> Decimal | None:
        return from_json_number(self.refund_amount)

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

    The same as an unknown payment method: the attribute keeps its type (``UNSET``), ``to_dict()`` works
    and gives the JSON back.
    """
    for name, item_model in _MODEL_LISTS.items():
        value = getattr(result, name, UNSET)
        if isinstance(value, list) and not all(isinstance(item, item_model) for item in value):
            setattr(result, name, UNSET)
            result.additional_properties[name] = value


def parse_order(data: Any, request_id: str | None) -> Order:
    order = Order.from_dict(_object(data))
    _keep_raw_lists(order)
    order.request_id = request_id
    return order


def parse_payment(data: Any, request_id: str | None) -> Payment:
    fields = _object(data)
    raw_method = fields.pop("payment_method", UNSET)
    payment = Payment.from_dict(fields)
    _keep_raw_lists(payment)
    payment.request_id = request_id
    if raw_method is None or isinstance(raw_method, Unset):
        payment.payment_method = raw_method
        return payment
    name, details = _payment_method(raw_method)
    payment.payment_method_name = name
    if details is None:
        payment.payment_method = UNSET
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
    result.request_id = request_id
    return result


def parse_otp_result(data: Any, request_id: str | None) -> OtpResult:
    result = OtpResult.from_dict(_object(data))
    result.request_id = request_id
    return result


def parse_refund(data: Any, request_id: str | None) -> Refund:
    refund = Refund.from_dict(_object(data))
    _keep_raw_lists(refund)
    refund.request_id = request_id
    return refund


def parse_refunds(data: Any, request_id: str | None) -> RefundList:
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array, got {type(data).__name__}")
    return RefundList((parse_refund(item, request_id) for item in data), request_id=request_id)
