"""Webhooks: what Cashfree would send a merchant for each state event, built and signed here.

The store reports events (`_state.PaymentEvent`, `_state.RefundEvent`); `WebhookOutbox.record` is its
listener. The outbox is a `_delivery.WebhookDispatcher`: it sends each event to the order's notify_url (or
the forward URL) off the API's response path, retries it, and keeps the record `GET /__mock/webhooks` lists.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable
from typing import Any, Final

from . import _json
from ._delivery import DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CAPACITY, DEFAULT_RETRY_DELAYS, Clock, WebhookDispatcher
from ._state import Order, PaymentEvent, RefundEvent, StoreEvent, ist

# The webhook payload version Cashfree sends by default: the one that carries x-idempotency-key.
WEBHOOK_VERSION: Final = "2025-01-01"
REFUND_WEBHOOK_TYPE: Final = "REFUND_STATUS_WEBHOOK"

# The payment statuses a merchant is told about (FLAGGED, VOID and PENDING send nothing).
PAYMENT_WEBHOOK_TYPES = {
    "SUCCESS": "PAYMENT_SUCCESS_WEBHOOK",
    "FAILED": "PAYMENT_FAILED_WEBHOOK",
    "CANCELLED": "PAYMENT_FAILED_WEBHOOK",
    "USER_DROPPED": "PAYMENT_USER_DROPPED_WEBHOOK",
}
_PAYMENT_FIELDS = (
    "cf_payment_id",
    "payment_status",
    "payment_amount",
    "payment_currency",
    "payment_message",
    "payment_time",
    "bank_reference",
    "auth_id",
    "payment_method",
    "payment_group",
)
_CUSTOMER_FIELDS = ("customer_name", "customer_id", "customer_email", "customer_phone")
# The refund statuses a merchant is told about: the settled ones (ONHOLD and ACTIVE are not).
REFUND_WEBHOOK_STATUSES = frozenset({"SUCCESS", "FAILED", "CANCELLED"})


def payment_body(event: PaymentEvent) -> str | None:
    """The JSON body Cashfree sends for a payment event, or None when it sends nothing."""
    kind = PAYMENT_WEBHOOK_TYPES.get(event.status)
    if kind is None:
        return None
    order, entity = event.order, event.payment
    customer = order.field("customer_details") or {}
    data: dict[str, Any] = {
        "order": {
            "order_id": order.order_id,
            "order_amount": order.amount,
            "order_currency": order.currency,
            "order_tags": order.field("order_tags"),
        },
        "payment": {key: entity[key] for key in _PAYMENT_FIELDS},
        "customer_details": {key: customer.get(key) for key in _CUSTOMER_FIELDS},
        "payment_gateway_details": entity["payment_gateway_details"],
    }
    if entity["error_details"] is not None:
        data["error_details"] = entity["error_details"]
    return _json.dumps({"data": data, "event_time": ist(event.at), "type": kind})


def refund_body(event: RefundEvent) -> str | None:
    """The JSON body of a REFUND_STATUS_WEBHOOK for a settled refund, or None when nothing is sent."""
    if event.status not in REFUND_WEBHOOK_STATUSES:
        return None
    data = {"refund": event.refund}
    return _json.dumps({"data": data, "event_time": ist(event.at), "type": REFUND_WEBHOOK_TYPE})


def signature(secret: str, timestamp: str, body: str) -> str:
    """base64(HMAC-SHA256(key = client secret, message = timestamp + raw body)), as Cashfree signs."""
    digest = hmac.new(secret.encode(), (timestamp + body).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


class WebhookOutbox(WebhookDispatcher):
    """The simulator's webhooks: built from the store's events, signed on every attempt, delivered."""

    def __init__(
        self,
        *,
        client_secret: str,
        clock: Clock,
        signing_clock: Clock | None = None,
        forward_url: str | None = None,
        allowed_hosts: Iterable[str] = (),
        retry_delays: Iterable[float] = DEFAULT_RETRY_DELAYS,
        attempt_timeout: float = DEFAULT_ATTEMPT_TIMEOUT,
        capacity: int = DEFAULT_CAPACITY,
    ) -> None:
        self._client_secret = client_secret
        super().__init__(
            clock=clock,
            signing_clock=signing_clock,
            headers=self._headers,
            retry_delays=retry_delays,
            attempt_timeout=attempt_timeout,
            capacity=capacity,
            forward_url=forward_url,
            allowed_hosts=allowed_hosts,
        )

    def _headers(self, body: str, timestamp: str, attempt: int, idempotency_key: str) -> dict[str, str]:
        return {
            "content-type": "application/json",
            "x-webhook-signature": signature(self._client_secret, timestamp, body),
            "x-webhook-timestamp": timestamp,
            "x-webhook-version": WEBHOOK_VERSION,
            "x-webhook-attempt": str(attempt),
            # One key per event, the same on every attempt: a merchant drops a redelivered duplicate.
            "x-idempotency-key": idempotency_key,
        }

    def record(self, event: StoreEvent) -> None:
        """The store's listener: an event becomes the webhook Cashfree would send, if any, and goes out."""
        if isinstance(event, PaymentEvent):
            body, kind = payment_body(event), PAYMENT_WEBHOOK_TYPES.get(event.status, "")
        else:
            body, kind = refund_body(event), REFUND_WEBHOOK_TYPE
        if body is not None:
            self.enqueue(kind, body, notify_url=_notify_url(event.order), at=event.at)


def _notify_url(order: Order) -> str | None:
    meta = order.field("order_meta") or {}
    url = meta.get("notify_url")
    return url if isinstance(url, str) and url else None
