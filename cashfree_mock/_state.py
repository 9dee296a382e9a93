"""The simulator's state: orders, payments, saved cards and the webhook events they produce.

Nothing here locks: the app holds one lock around every operation, so each runs as a whole.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from . import _json
from ._sandbox import OUTCOME_MESSAGES, PREAUTH_ORDER_NOTE, Failure

IST = timezone(timedelta(hours=5, minutes=30), "IST")
DEFAULT_ORDER_EXPIRY = timedelta(days=30)
TERMINAL_STATUSES = {"SUCCESS", "FAILED", "USER_DROPPED", "CANCELLED"}
_WEBHOOK_TYPES = {
    "SUCCESS": "PAYMENT_SUCCESS_WEBHOOK",
    "FAILED": "PAYMENT_FAILED_WEBHOOK",
    "CANCELLED": "PAYMENT_FAILED_WEBHOOK",
    "USER_DROPPED": "PAYMENT_USER_DROPPED_WEBHOOK",
}


def ist(moment: datetime) -> str:
    return moment.astimezone(IST).isoformat(timespec="seconds")


def _digits(count: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(count))


@dataclass
class Order:
    cf_order_id: str
    order_id: str
    amount: Decimal
    currency: str
    payment_session_id: str
    created_at: datetime
    expires_at: datetime
    expiry_text: str
    request: dict[str, Any]
    customer_uid: str | None
    cart_id: str | None
    paid: bool = False
    payments: list[Payment] = field(default_factory=list)

    @property
    def is_preauth(self) -> bool:
        return self.request.get("order_note") == PREAUTH_ORDER_NOTE

    @property
    def customer_id(self) -> str | None:
        customer: dict[str, Any] | None = self.request.get("customer_details")
        return customer.get("customer_id") if customer else None

    def status(self, now: datetime) -> str:
        if self.paid:
            return "PAID"
        return "EXPIRED" if now >= self.expires_at else "ACTIVE"

    def entity(self, now: datetime) -> dict[str, Any]:
        req = self.request
        customer = req.get("customer_details")
        meta = req.get("order_meta")
        terminal = req.get("terminal")
        return {
            "cf_order_id": self.cf_order_id,
            "order_id": self.order_id,
            "entity": "order",
            "order_currency": self.currency,
            "order_amount": self.amount,
            "order_status": self.status(now),
            "payment_session_id": self.payment_session_id,
            "order_expiry_time": self.expiry_text,
            "order_note": req.get("order_note"),
            "created_at": ist(self.created_at),
            "order_splits": req.get("order_splits", []),
            "customer_details": {**customer, "customer_uid": self.customer_uid} if customer else None,
            "order_meta": {
                key: (meta or {}).get(key)
                for key in (
                    "return_url",
                    "notify_url",
                    "payment_methods",
                    "payment_methods_filters",
                    "offer_filters",
                    "upi_app_priority",
                )
            },
            "order_tags": req.get("order_tags"),
            "cart_details": {"cart_id": self.cart_id} if self.cart_id else None,
            "terminal_data": {
                "agent_mobile_number": terminal.get("terminal_phone_no"),
                "cf_terminal_id": terminal.get("cf_terminal_id"),
                "merchant_terminal_id": terminal.get("terminal_id"),
                "terminal_type": terminal["terminal_type"],
            }
            if terminal
            else None,
            "products": req.get("products"),
        }


@dataclass
class OtpState:
    failures: int = 0
    resends: int = 0


@dataclass
class SavedCard:
    instrument_id: str
    customer_id: str | None
    details: dict[str, Any]  # the card's payment_method entity fields, already masked


@dataclass
class Payment:
    cf_payment_id: str
    order: Order
    method: str  # the variant key: card, upi, ...
    details: dict[str, Any]  # payment_method.<variant> of the entity, without secrets
    group: str
    created_at: datetime
    status: str = "PENDING"
    message: str = "Payment is pending"
    completed_at: datetime | None = None
    failure: Failure | None = None
    bank_reference: str | None = None
    auth_id: str | None = None
    otp: OtpState | None = None
    preauth: bool = False
    authorization: dict[str, Any] | None = None
    is_captured: bool | None = None
    card_to_save: SavedCard | None = None
    offers: list[dict[str, Any]] = field(default_factory=list)

    def entity(self) -> dict[str, Any]:
        order = self.order
        return {
            "cf_payment_id": self.cf_payment_id,
            "order_id": order.order_id,
            "entity": "payment",
            "payment_status": self.status,
            "payment_message": self.message,
            "payment_group": self.group,
            "is_captured": self.is_captured,
            "order_amount": order.amount,
            "order_currency": order.currency,
            "payment_amount": order.amount,
            "payment_currency": order.currency,
            "payment_time": ist(self.created_at),
            "payment_completion_time": ist(self.completed_at) if self.completed_at else None,
            "bank_reference": self.bank_reference,
            "auth_id": self.auth_id,
            "error_details": self.failure.details() if self.failure else None,
            "authorization": self.authorization,
            "payment_method": {self.method: self.details},
            "international_payment": {"international": False},
            "payment_gateway_details": {
                "gateway_name": "CASHFREE",
                "gateway_order_id": order.cf_order_id,
                "gateway_payment_id": self.cf_payment_id,
                "gateway_order_reference_id": None,
                "gateway_status_code": self.status,
                "gateway_settlement": "cashfree",
                "gateway_reference_name": None,
            },
            "payment_surcharge": {"payment_surcharge_service_charge": 0, "payment_surcharge_service_tax": 0},
            "payment_offers": self.offers,
        }


@dataclass(frozen=True)
class WebhookEvent:
    url: str | None
    headers: dict[str, str]
    body: str

    def as_json(self) -> dict[str, Any]:
        return {"url": self.url, "headers": self.headers, "body": self.body}


class Store:
    def __init__(self, *, client_secret: str, api_version: str) -> None:
        self._client_secret = client_secret
        self._api_version = api_version
        self.reset()

    def reset(self) -> None:
        self.orders: dict[str, Order] = {}
        self.sessions: dict[str, Order] = {}
        self.payments: dict[str, Payment] = {}
        self.saved_cards: dict[str, SavedCard] = {}
        self.webhooks: list[WebhookEvent] = []
        # Numeric string ids, as this API version returns them; distinct ranges keep them apart.
        self._order_ids = itertools.count(2_149_460_581)
        self._payment_ids = itertools.count(5_114_910_000_001)

    def add_order(self, *, request: dict[str, Any], amount: Decimal, expires_at: datetime, now: datetime) -> Order:
        order_id = request.get("order_id") or f"order_{uuid.uuid4().hex[:24]}"
        customer = request.get("customer_details")
        order = Order(
            cf_order_id=str(next(self._order_ids)),
            order_id=order_id,
            amount=amount,
            currency=request["order_currency"],
            payment_session_id="session_" + secrets.token_urlsafe(48),
            created_at=now,
            expires_at=expires_at,
            expiry_text=request.get("order_expiry_time") or ist(expires_at),
            request=request,
            customer_uid=str(uuid.uuid4()) if customer else None,
            cart_id=str(next(self._order_ids)) if "cart_details" in request else None,
        )
        self.orders[order_id] = order
        self.sessions[order.payment_session_id] = order
        return order

    def add_payment(self, order: Order, *, method: str, details: dict[str, Any], group: str, now: datetime) -> Payment:
        payment = Payment(
            cf_payment_id=str(next(self._payment_ids)),
            order=order,
            method=method,
            details=details,
            group=group,
            created_at=now,
        )
        self.payments[payment.cf_payment_id] = payment
        order.payments.append(payment)
        return payment

    def settle(
        self,
        payment: Payment,
        status: str,
        now: datetime,
        *,
        message: str | None = None,
        failure: Failure | None = None,
    ) -> None:
        """Move a payment to its outcome and apply what follows: order PAID, card saved, webhook."""
        payment.status = status
        payment.message = message or OUTCOME_MESSAGES.get(status, status.title())
        payment.failure = failure
        payment.completed_at = now
        if status == "SUCCESS":
            payment.bank_reference = _digits(12)
            if payment.method in {"card", "emi"}:
                payment.auth_id = _digits(6)
            payment.order.paid = True
            if payment.preauth:
                payment.is_captured = False
                payment.message = "PRE_AUTH|" + payment.message
                payment.authorization = {
                    "action": None,
                    "status": "PENDING",
                    "captured_amount": 0,
                    "start_time": ist(now),
                    "end_time": ist(now + timedelta(days=7)),
                    "approve_by": ist(now + timedelta(days=7)),
                    "action_reference": None,
                    "action_time": None,
                }
            else:
                payment.is_captured = True
            if payment.card_to_save:
                self.saved_cards[payment.card_to_save.instrument_id] = payment.card_to_save
        if status in TERMINAL_STATUSES:
            self._record_webhook(payment, now)

    def _record_webhook(self, payment: Payment, now: datetime) -> None:
        order = payment.order
        entity = payment.entity()
        payment_data = {
            key: entity[key]
            for key in (
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
        }
        customer = order.request.get("customer_details") or {}
        data: dict[str, Any] = {
            "order": {
                "order_id": order.order_id,
                "order_amount": order.amount,
                "order_currency": order.currency,
                "order_tags": order.request.get("order_tags"),
            },
            "payment": payment_data,
            "customer_details": {
                key: customer.get(key) for key in ("customer_name", "customer_id", "customer_email", "customer_phone")
            },
            "payment_gateway_details": entity["payment_gateway_details"],
        }
        if payment.failure:
            data["error_details"] = entity["error_details"]
        body = _json.dumps({"data": data, "event_time": ist(now), "type": _WEBHOOK_TYPES[payment.status]})
        timestamp = str(int(now.timestamp() * 1000))
        digest = hmac.new(self._client_secret.encode(), (timestamp + body).encode(), hashlib.sha256).digest()
        headers = {
            "content-type": "application/json",
            "x-webhook-signature": base64.b64encode(digest).decode(),
            "x-webhook-timestamp": timestamp,
            "x-webhook-version": self._api_version,
            "x-webhook-attempt": "1",
            "x-idempotency-key": str(uuid.uuid4()),
        }
        meta = order.request.get("order_meta") or {}
        self.webhooks.append(WebhookEvent(meta.get("notify_url"), headers, body))


def utc_now() -> datetime:
    return datetime.now(UTC)
