"""The simulator's state: orders, payments, refunds, saved cards, and the one state machine they move by.

Every status change goes through a `Lifecycle` table and a `Store` method (`settle`, `capture`,
`void`, `terminate`, `settle_refund`, and `tick`, which processes the refunds that are due),
whichever caller asks (an operation, the OTP path, a control endpoint). The store only records that
something happened (a `PaymentEvent` or `RefundEvent` to its listener); `_webhooks` builds what a
merchant is sent. Nothing here locks: the app holds one lock around every request that touches it.
"""

from __future__ import annotations

import copy
import heapq
import itertools
import secrets
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from ._errors import ApiError, bad_request
from ._sandbox import (
    OUTCOME_MESSAGES,
    PREAUTH_ORDER_NOTE,
    REFUND_DESCRIPTIONS,
    REFUND_NOTE_OUTCOMES,
    REFUND_PROCESSING_DELAY,
    Failure,
)

IST = timezone(timedelta(hours=5, minutes=30), "IST")
DEFAULT_ORDER_EXPIRY = timedelta(days=30)


@dataclass(frozen=True)
class Lifecycle:
    """The statuses one kind of entity may move between; a move the table lacks is a 400."""

    kind: str
    moves: Mapping[str, frozenset[str]]

    def check(self, ident: str, current: str, target: str) -> None:
        if target in self.moves.get(current, frozenset()):
            return
        sources = sorted(source for source, targets in self.moves.items() if target in targets)
        if not sources:
            raise ValueError(f"{self.kind} status {target!r} is not in the lifecycle")  # a bug, not bad input
        raise bad_request("request_invalid", f"{self.kind} {ident} is {current}, not {' or '.join(sources)}")


PAYMENT_LIFECYCLE = Lifecycle(
    "payment",
    {
        # The customer's or the test instrument's outcome. FLAGGED is a risk hold the mock never lifts.
        "PENDING": frozenset({"SUCCESS", "FAILED", "USER_DROPPED", "CANCELLED", "FLAGGED"}),
        "SUCCESS": frozenset({"VOID"}),  # a pre-authorisation released
    },
)
# A pre-authorisation's `authorization.status`: it closes once, by capture or void.
AUTHORIZATION_LIFECYCLE = Lifecycle("authorization", {"PENDING": frozenset({"SUCCESS"})})
# The stored order status. EXPIRED is never stored: the clock decides it (see Order.status), so an
# injected clock expires orders without a sweep. Terminating an order with a payment in flight is a
# request (TERMINATION_REQUESTED): the payment's outcome decides, PAID if it succeeds, else TERMINATED.
ORDER_LIFECYCLE = Lifecycle(
    "order",
    {
        "ACTIVE": frozenset({"PAID", "TERMINATED", "TERMINATION_REQUESTED"}),
        "PAID": frozenset({"ACTIVE"}),  # a pre-authorisation voided
        "TERMINATION_REQUESTED": frozenset({"PAID", "TERMINATED"}),
    },
)
# A refund is processed once (SUCCESS, FAILED) or stopped (CANCELLED); ONHOLD and ACTIVE (the sandbox
# rule's status) wait for the outcome endpoint.
_REFUND_OUTCOMES = frozenset({"SUCCESS", "FAILED", "CANCELLED", "ONHOLD"})
REFUND_LIFECYCLE = Lifecycle(
    "refund",
    {
        "PENDING": _REFUND_OUTCOMES | {"ACTIVE"},
        "ACTIVE": _REFUND_OUTCOMES,
        "ONHOLD": _REFUND_OUTCOMES - {"ONHOLD"},
    },
)
# What a refund still holds of the amount paid: every refund but a failed or cancelled one.
RELEASED_REFUND_STATUSES = frozenset({"FAILED", "CANCELLED"})


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
    state: str = "ACTIVE"  # see ORDER_LIFECYCLE
    # Per order, so that listing them costs what the order holds, not what the store holds.
    payments: list[Payment] = field(default_factory=list)
    refunds: dict[str, Refund] = field(default_factory=dict)  # by refund_id, oldest first

    @property
    def is_preauth(self) -> bool:
        return self.request.get("order_note") == PREAUTH_ORDER_NOTE

    @property
    def customer_id(self) -> str | None:
        customer: dict[str, Any] | None = self.request.get("customer_details")
        return customer.get("customer_id") if customer else None

    def status(self, now: datetime) -> str:
        return "EXPIRED" if self.state == "ACTIVE" and now >= self.expires_at else self.state

    def refundable_payment(self) -> Payment | None:
        """The payment refunds draw on: the first one that succeeded and was captured."""
        return next((p for p in self.payments if p.status == "SUCCESS" and p.captured_amount() > 0), None)

    def refunded_amount(self) -> Decimal:
        """What the order's refunds hold: pending, processed or on hold (not failed or cancelled)."""
        held = (r.amount for r in self.refunds.values() if r.status not in RELEASED_REFUND_STATUSES)
        return sum(held, Decimal(0))

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

    def captured_amount(self) -> Decimal:
        """What the merchant was paid: the whole amount, or what a pre-authorisation captured."""
        if self.status != "SUCCESS" or not self.is_captured:
            return Decimal(0)
        if self.authorization is not None:
            return Decimal(self.authorization["captured_amount"])
        return self.order.amount

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


@dataclass
class Refund:
    cf_refund_id: str
    refund_id: str
    order: Order
    payment: Payment
    amount: Decimal
    request: dict[str, Any]
    created_at: datetime
    outcome: str | None  # what processing does to it (SUCCESS unless the sandbox rule says otherwise)
    status: str = "PENDING"
    processed_at: datetime | None = None
    arn: str | None = None

    @property
    def speed(self) -> str:
        speed: str = self.request.get("refund_speed", "STANDARD")
        return speed

    def entity(self) -> dict[str, Any]:
        processed = self.processed_at is not None
        return {
            "cf_payment_id": self.payment.cf_payment_id,
            "cf_refund_id": self.cf_refund_id,
            "order_id": self.order.order_id,
            "refund_id": self.refund_id,
            "entity": "refund",
            "refund_amount": self.amount,
            "refund_currency": self.order.currency,
            "refund_note": self.request.get("refund_note"),
            "refund_status": self.status,
            "refund_arn": self.arn,
            "refund_charge": 0 if processed else None,
            "status_description": REFUND_DESCRIPTIONS.get(self.status, self.status.title()),
            "metadata": None,
            "refund_splits": self.request.get("refund_splits", []),
            "refund_type": "MERCHANT_INITIATED",
            "refund_mode": self.speed if processed else None,
            "created_at": ist(self.created_at),
            "processed_at": ist(self.processed_at) if self.processed_at else None,
            "refund_speed": {
                "requested": self.speed,
                "accepted": self.speed if processed else None,
                "processed": self.speed if processed else None,
                "message": None,
            },
            "forex_conversion_handling_charge": None,
            "forex_conversion_handling_tax": None,
            "forex_conversion_rate": None,
            "charges_currency": self.order.currency if processed else None,
        }


@dataclass(frozen=True)
class PaymentEvent:
    """A payment changed status; `_webhooks` decides what, if anything, the merchant is sent."""

    status: str
    at: datetime
    payment: dict[str, Any]  # the entity at that moment: later changes must not leak into it
    order: Order


@dataclass(frozen=True)
class RefundEvent:
    """A refund changed status (after it was created); `_webhooks` decides what the merchant is sent."""

    status: str
    at: datetime
    refund: dict[str, Any]  # the entity at that moment
    order: Order


StoreEvent = PaymentEvent | RefundEvent
EventListener = Callable[[StoreEvent], None]


class Store:
    def __init__(self, *, on_event: EventListener | None = None) -> None:
        self._on_event = on_event
        self.reset()

    def reset(self) -> None:
        self.orders: dict[str, Order] = {}
        self.sessions: dict[str, Order] = {}
        self.payments: dict[str, Payment] = {}
        self.saved_cards: dict[str, SavedCard] = {}
        self.refund_count = 0
        # Refunds waiting to be processed, by due time (the counter breaks ties in creation order).
        self._due_refunds: list[tuple[datetime, int, Refund]] = []
        # Numeric string ids, as this API version returns them; distinct ranges keep them apart.
        self._order_ids = itertools.count(2_149_460_581)
        self._payment_ids = itertools.count(5_114_910_000_001)
        self._refund_ids = itertools.count(1_553_338_001)

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
            # A customer_uid the merchant sends (from Cashfree's customer APIs) is kept, not replaced.
            customer_uid=(customer.get("customer_uid") or str(uuid.uuid4())) if customer else None,
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

    def add_refund(
        self, order: Order, *, refund_id: str, amount: Decimal, request: dict[str, Any], now: datetime
    ) -> Refund:
        """A PENDING refund of a paid order, due for processing after the delay.

        The refunds an order holds (all but failed and cancelled ones) never exceed what was paid;
        the sandbox rule's PENDING note leaves the refund out of processing.
        """
        status = order.status(now)
        if status != "PAID":
            raise bad_request("order_not_paid", f"order {order.order_id} is {status}; only a paid order is refunded")
        payment = order.refundable_payment()
        if payment is None:
            raise bad_request("order_not_paid", f"order {order.order_id} has no captured payment to refund")
        if refund_id in order.refunds:
            raise ApiError(409, "refund_already_exists", f"refund_id {refund_id} already exists for this order")
        available = payment.captured_amount() - order.refunded_amount()
        if amount > available:
            message = f"refund_amount exceeds what is left to refund of the order ({available})"
            raise bad_request("refund_amount_invalid", message)
        note: str = request.get("refund_note", "")
        outcome = REFUND_NOTE_OUTCOMES.get(note, "SUCCESS")
        refund = Refund(
            cf_refund_id=str(next(self._refund_ids)),
            refund_id=refund_id,
            order=order,
            payment=payment,
            amount=amount,
            request=request,
            created_at=now,
            outcome=outcome,
        )
        order.refunds[refund_id] = refund
        self.refund_count += 1
        if outcome is not None:
            heapq.heappush(self._due_refunds, (now + REFUND_PROCESSING_DELAY, self.refund_count, refund))
        return refund

    # ------------------------------------------------------------------ transitions

    def settle(
        self,
        payment: Payment,
        status: str,
        now: datetime,
        *,
        message: str | None = None,
        failure: Failure | None = None,
    ) -> None:
        """Move a PENDING payment to its outcome, with what follows: order PAID, card saved, an event."""
        self._move_payment(payment, status)
        payment.message = message or OUTCOME_MESSAGES.get(status, status.title())
        payment.failure = failure
        payment.completed_at = now
        if status == "SUCCESS":
            payment.bank_reference = _digits(12)
            if payment.method in {"card", "emi"}:
                payment.auth_id = _digits(6)
            if payment.order.state != "PAID":  # another pending payment of the order may succeed too
                self._move_order(payment.order, "PAID")  # a requested termination loses to the payment
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
        elif payment.order.state == "TERMINATION_REQUESTED" and not _in_flight(payment.order):
            self._move_order(payment.order, "TERMINATED")  # the last payment in flight ended unpaid
        self._record(payment, now)

    def terminate(self, order: Order, now: datetime) -> None:
        """Stop an unpaid order taking payments: TERMINATED, or TERMINATION_REQUESTED while one is in flight.

        Asking again is harmless (the order is answered as it is); a paid or expired order is a 400.
        """
        status = order.status(now)
        if status in {"TERMINATED", "TERMINATION_REQUESTED"}:
            return
        if status == "PAID":
            raise bad_request("order_already_paid", f"order {order.order_id} is paid and cannot be terminated")
        if status == "EXPIRED":
            raise bad_request("order_expired", f"order {order.order_id} has expired")
        self._move_order(order, "TERMINATION_REQUESTED" if _in_flight(order) else "TERMINATED")

    def capture(self, payment: Payment, amount: Decimal, now: datetime) -> None:
        """Capture a pre-authorisation (all or part of it); the payment stays SUCCESS."""
        self._close_authorization(payment, "CAPTURE", amount, now)
        payment.is_captured = True

    def void(self, payment: Payment, now: datetime) -> None:
        """Release a pre-authorisation: the payment is VOID and its order can be paid again."""
        self._close_authorization(payment, "VOID", 0, now)
        self._move_payment(payment, "VOID")
        payment.message = "Authorisation voided"
        if payment.order.state != "ACTIVE":
            self._move_order(payment.order, "ACTIVE")
        self._record(payment, now)

    def _close_authorization(self, payment: Payment, action: str, captured: Decimal | int, now: datetime) -> None:
        authorization = payment.authorization
        if authorization is None:
            raise bad_request("request_invalid", f"payment {payment.cf_payment_id} is not a pre-authorisation")
        AUTHORIZATION_LIFECYCLE.check(payment.cf_payment_id, authorization["status"], "SUCCESS")
        authorization.update(
            action=action,
            status="SUCCESS",
            captured_amount=captured,
            action_reference=str(uuid.uuid4().int)[:22],
            action_time=ist(now),
        )

    def settle_refund(self, refund: Refund, status: str, now: datetime) -> None:
        """Move a refund on (processing, or the outcome endpoint); SUCCESS gets its bank reference."""
        REFUND_LIFECYCLE.check(refund.refund_id, refund.status, status)
        refund.status = status
        if status == "SUCCESS":
            refund.processed_at = now
            refund.arn = "RF" + _digits(10)
        if self._on_event is not None:
            self._on_event(RefundEvent(status, now, copy.deepcopy(refund.entity()), refund.order))

    def tick(self, now: datetime) -> None:
        """Process the refunds due by `now`; one comparison when none is (called on every request)."""
        due = self._due_refunds
        while due and due[0][0] <= now:
            due_at, _, refund = heapq.heappop(due)
            # The outcome endpoint may have moved it already; then processing has nothing to do.
            if refund.status == "PENDING" and refund.outcome is not None:
                self.settle_refund(refund, refund.outcome, due_at)  # processed when it fell due

    def _move_payment(self, payment: Payment, status: str) -> None:
        PAYMENT_LIFECYCLE.check(payment.cf_payment_id, payment.status, status)
        payment.status = status

    def _move_order(self, order: Order, state: str) -> None:
        ORDER_LIFECYCLE.check(order.order_id, order.state, state)
        order.state = state

    def _record(self, payment: Payment, now: datetime) -> None:
        if self._on_event is not None:
            self._on_event(PaymentEvent(payment.status, now, copy.deepcopy(payment.entity()), payment.order))


def _in_flight(order: Order) -> bool:
    return any(payment.status == "PENDING" for payment in order.payments)


def utc_now() -> datetime:
    return datetime.now(UTC)
