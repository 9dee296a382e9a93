"""Typed webhook events: what ``webhooks.verify`` returns once the signature checks out.

The event's ``type`` picks the class: a payment event carries the client's ``Payment`` (the same parsing
as ``cf.payments.get``), a refund event a ``Refund``; a type this client does not know yet is a plain
``WebhookEvent`` with the data as sent, never an error, because Cashfree adds event types without notice.
The models are the ones generated from the spec's ``webhooks`` section. Like the client's results, this
module loads on first use (``cashfree_facade.webhooks`` imports it), not on ``import cashfree_facade``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, Final

import attrs

from cashfree_openapi.models import (
    ErrorDetails,
    PaymentGatewayDetails,
    PaymentWebhookCustomerDetails,
    PaymentWebhookOrder,
)

from ._errors import WebhookVerificationError
from ._models import PARSE_ERRORS, Payment, Refund, _decimal, _show, parse_payment, parse_refund

__all__ = [
    "PAYMENT_EVENT_TYPES",
    "REFUND_EVENT_TYPES",
    "PaymentWebhookEvent",
    "RefundWebhookEvent",
    "WebhookEvent",
    "WebhookOrder",
    "parse_event",
]

PAYMENT_EVENT_TYPES: Final = frozenset(
    {"PAYMENT_SUCCESS_WEBHOOK", "PAYMENT_FAILED_WEBHOOK", "PAYMENT_USER_DROPPED_WEBHOOK"}
)
REFUND_EVENT_TYPES: Final = frozenset({"REFUND_STATUS_WEBHOOK"})


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class WebhookEvent:
    """A verified webhook. Typed events subclass it; an unknown ``type`` comes as this class itself.

    ``idempotency_key`` (``x-idempotency-key``) is the same on every delivery of one event: a handler that
    has seen it already can answer 200 and do nothing. ``attempt`` (``x-webhook-attempt``) counts deliveries
    from 1. Both are ``None`` when the headers did not carry them (webhook version 2023-08-01 sends no key).
    """

    type: str
    event_time: str | None
    data: dict[str, Any] = field(repr=False)
    timestamp: int
    idempotency_key: str | None = None
    attempt: int | None = None
    version: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        # Models as the client's results show them (no unset fields); the data, and the customer's contact
        # details, stay out of logs.
        shown = (f"{item.name}={_show(getattr(self, item.name))}" for item in fields(self) if item.repr)
        return f"{type(self).__name__}({', '.join(shown)})"


@attrs.define
class WebhookOrder(PaymentWebhookOrder):
    """The ``data.order`` of a payment webhook; ``amount`` is ``order_amount`` exactly."""

    def __repr__(self) -> str:
        return _show(self)

    @property
    def amount(self) -> Decimal | None:
        return _decimal(self.order_amount)


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class PaymentWebhookEvent(WebhookEvent):
    """PAYMENT_SUCCESS_WEBHOOK, PAYMENT_FAILED_WEBHOOK or PAYMENT_USER_DROPPED_WEBHOOK.

    ``payment`` is a ``Payment`` as ``cf.payments.get`` returns it (``payment.amount`` a ``Decimal``,
    ``payment.payment_method`` the variant its key names); only SUCCESS is final, so a handler should
    fulfil an order on ``payment.payment_status == "SUCCESS"`` alone.
    """

    order: WebhookOrder
    payment: Payment
    customer_details: PaymentWebhookCustomerDetails | None = field(repr=False)
    error_details: ErrorDetails | None
    payment_gateway_details: PaymentGatewayDetails | None
    payment_offers: list[dict[str, Any]] | None


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class RefundWebhookEvent(WebhookEvent):
    """REFUND_STATUS_WEBHOOK: a refund reached SUCCESS, FAILED, CANCELLED ... (``refund.refund_status``).

    ``refund`` is the client's ``Refund``, as ``cf.refunds.get`` answers it; ``refund.amount`` is exact.
    """

    refund: Refund

    @property
    def amount(self) -> Decimal:
        """``refund.refund_amount`` exactly."""
        return self.refund.amount


def _object(data: Mapping[str, Any], name: str, *, required: bool) -> dict[str, Any] | None:
    value = data.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, dict):
        raise WebhookVerificationError(f"webhook data.{name} is not a JSON object")
    return value


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _model(data: Mapping[str, Any], name: str, parse: Callable[[dict[str, Any]], Any], *, required: bool) -> Any:
    """``data[name]`` read by ``parse``; None when it is null and may be; a clear error when it cannot be read."""
    value = _object(data, name, required=required)
    if value is None:
        return None
    try:
        return parse(value)
    except PARSE_ERRORS:
        raise WebhookVerificationError(f"webhook data.{name} cannot be read") from None


def _payment_event(common: dict[str, Any], data: Mapping[str, Any]) -> PaymentWebhookEvent:
    order: WebhookOrder = _model(data, "order", WebhookOrder.from_dict, required=True)
    # The webhook's payment leaves out the order_id that the payment entity requires: it is data.order's.
    payment = _model(
        data, "payment", lambda value: parse_payment({"order_id": order.order_id, **value}, None), required=True
    )
    offers = data.get("payment_offers")
    return PaymentWebhookEvent(
        **common,
        order=order,
        payment=payment,
        customer_details=_model(data, "customer_details", PaymentWebhookCustomerDetails.from_dict, required=False),
        error_details=_model(data, "error_details", ErrorDetails.from_dict, required=False),
        payment_gateway_details=_model(
            data, "payment_gateway_details", PaymentGatewayDetails.from_dict, required=False
        ),
        payment_offers=[item for item in offers if isinstance(item, dict)] if isinstance(offers, list) else None,
    )


def _refund_event(common: dict[str, Any], data: Mapping[str, Any]) -> RefundWebhookEvent:
    return RefundWebhookEvent(
        **common, refund=_model(data, "refund", lambda value: parse_refund(value, None), required=True)
    )


# Event type -> how to build its typed event from the common fields and ``data``.
_PARSERS: Final[Mapping[str, Callable[[dict[str, Any], Mapping[str, Any]], WebhookEvent]]] = {
    **dict.fromkeys(PAYMENT_EVENT_TYPES, _payment_event),
    **dict.fromkeys(REFUND_EVENT_TYPES, _refund_event),
}


def _attempt(value: str | None) -> int | None:
    try:
        return None if value is None else int(value.strip())
    except ValueError:
        return None


def parse_event(event: dict[str, Any], headers: Mapping[str, str], timestamp: int) -> WebhookEvent:
    """The typed event of a verified body (``event``) and its lower-cased ``headers``."""
    data = event.get("data")
    event_time = event.get("event_time")
    common: dict[str, Any] = {
        "type": str(event.get("type", "")),
        "event_time": _text(event_time),
        "data": data if isinstance(data, dict) else {},
        "timestamp": timestamp,
        "idempotency_key": headers.get("x-idempotency-key"),
        "attempt": _attempt(headers.get("x-webhook-attempt")),
        "version": headers.get("x-webhook-version"),
        "raw": event,
    }
    parser = _PARSERS.get(common["type"])
    if parser is None:
        return WebhookEvent(**common)
    if not isinstance(data, dict):
        raise WebhookVerificationError(f"webhook data of a {common['type']} is not a JSON object")
    return parser(common, data)
