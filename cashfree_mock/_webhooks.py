"""Webhooks: what Cashfree would send a merchant for each state event, built and signed here.

The store reports events (`_state.PaymentEvent`, `_state.RefundEvent`); `WebhookOutbox.record` is
its listener. Nothing is delivered over the network yet: the outbox keeps every webhook, in order,
for `GET /__mock/webhooks`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid
from dataclasses import dataclass
from typing import Any

from . import _json
from ._state import PaymentEvent, RefundEvent, StoreEvent, ist

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


@dataclass(frozen=True)
class Webhook:
    url: str | None  # the order's notify_url
    headers: dict[str, str]
    body: str  # the exact bytes signed, as text

    def as_json(self) -> dict[str, Any]:
        return {"url": self.url, "headers": self.headers, "body": self.body}


def payment_body(event: PaymentEvent) -> str | None:
    """The JSON body Cashfree sends for a payment event, or None when it sends nothing."""
    kind = PAYMENT_WEBHOOK_TYPES.get(event.status)
    if kind is None:
        return None
    order, entity = event.order, event.payment
    customer = order.request.get("customer_details") or {}
    data: dict[str, Any] = {
        "order": {
            "order_id": order.order_id,
            "order_amount": order.amount,
            "order_currency": order.currency,
            "order_tags": order.request.get("order_tags"),
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
    return _json.dumps({"data": data, "event_time": ist(event.at), "type": "REFUND_STATUS_WEBHOOK"})


def signature(secret: str, timestamp: str, body: str) -> str:
    """base64(HMAC-SHA256(key = client secret, message = timestamp + raw body)), as Cashfree signs."""
    digest = hmac.new(secret.encode(), (timestamp + body).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


class WebhookOutbox:
    """Every webhook the simulator has produced, in order. Not locked: the app's lock covers it."""

    def __init__(self, *, client_secret: str, api_version: str) -> None:
        self._client_secret = client_secret
        self._api_version = api_version
        self._webhooks: list[Webhook] = []

    def __len__(self) -> int:
        return len(self._webhooks)

    def record(self, event: StoreEvent) -> None:
        body = payment_body(event) if isinstance(event, PaymentEvent) else refund_body(event)
        if body is None:
            return
        timestamp = str(int(event.at.timestamp() * 1000))
        headers = {
            "content-type": "application/json",
            "x-webhook-signature": signature(self._client_secret, timestamp, body),
            "x-webhook-timestamp": timestamp,
            "x-webhook-version": self._api_version,
            "x-webhook-attempt": "1",
            # One key per event, so that a merchant can drop a redelivered duplicate.
            "x-idempotency-key": str(uuid.uuid4()),
        }
        meta = event.order.request.get("order_meta") or {}
        self._webhooks.append(Webhook(meta.get("notify_url"), headers, body))

    def listing(self) -> list[dict[str, Any]]:
        return [webhook.as_json() for webhook in self._webhooks]

    def clear(self) -> None:
        self._webhooks.clear()
