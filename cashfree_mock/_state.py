"""The simulator's state: orders, payments, refunds, saved cards, and the one state machine they move by.

Every status change goes through a `Lifecycle` table and a `Store` method (`settle`, `capture`,
`void`, `terminate`, `settle_refund`, and `tick`, which processes the refunds that are due),
whichever caller asks (an operation, the OTP path, a control endpoint). The store only records that
something happened (a `PaymentEvent` or `RefundEvent` to its listener); `_webhooks` builds what a
merchant is sent. Nothing here locks: the app holds one lock around every request that touches it.
"""

from __future__ import annotations

import base64
import copy
import functools
import hashlib
import heapq
import hmac
import itertools
import secrets
import sys
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, Final, TypeVar, overload

from ._errors import ApiError, bad_request
from ._frozen import FrozenObject, field, freeze, thaw
from ._ids import random_hex
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
_FIRST_ORDER_NUMBER = 2_149_460_581
_FIRST_PAYMENT_NUMBER = 5_114_910_000_001
_MAX_SHARED_AMOUNTS = 1024


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


# Stored moments are integers (microseconds since the epoch): exact, and smaller than a datetime.
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def to_micros(moment: datetime) -> int:
    return (moment - _EPOCH) // _MICROSECOND


def from_micros(micros: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micros)


def ist_micros(micros: int) -> str:
    """`ist` of a stored moment (the seconds are what it shows)."""
    return _ist_seconds(micros // 1_000_000)


@functools.lru_cache(maxsize=256)  # orders made in the same second share their created_at and expiry texts
def _ist_seconds(seconds: int) -> str:
    try:
        return datetime.fromtimestamp(seconds, IST).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):  # beyond what the platform's time functions take
        return ist(from_micros(seconds * 1_000_000))


def _digits(count: int) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(count))


class Derived:
    """What a store computes from an order's number instead of keeping: its session id and customer_uid.

    A session id is the order's number and a keyed hash of it (unguessable without the store's key,
    which a reset replaces), so a session is found by checking the hash, not by an index of sessions.
    """

    __slots__ = ("_customer_uids", "_sessions")
    _SESSION_PREFIX: Final = "session_"
    _SESSION_BYTES: Final = 48  # as long as the random session ids the simulator handed out before

    def __init__(self) -> None:
        key = secrets.token_bytes(32)
        # Keyed (and fed the purpose) once: copying a keyed hash costs half of keying a new one.
        self._sessions = hashlib.blake2b(b"session", key=key, digest_size=self._SESSION_BYTES - 8)
        self._customer_uids = hashlib.blake2b(b"customer_uid", key=key, digest_size=16)

    @staticmethod
    def _hash(keyed: Any, number: int) -> bytes:
        hashed = keyed.copy()
        hashed.update(number.to_bytes(8, "big"))
        digest: bytes = hashed.digest()
        return digest

    def session_id(self, cf_order_id: int) -> str:
        token = cf_order_id.to_bytes(8, "big") + self._hash(self._sessions, cf_order_id)
        return self._SESSION_PREFIX + base64.urlsafe_b64encode(token).decode("ascii")

    def session_order(self, session_id: str) -> int | None:
        """The number of the order `session_id` was handed out for, or None when it is not one of ours."""
        encoded = session_id.removeprefix(self._SESSION_PREFIX)
        if len(encoded) != self._SESSION_BYTES * 4 // 3 or encoded == session_id or not encoded.isascii():
            return None
        try:
            token = base64.urlsafe_b64decode(encoded)
        except ValueError:
            return None
        number = int.from_bytes(token[:8], "big")
        if not hmac.compare_digest(token[8:], self._hash(self._sessions, number)):
            return None
        return number

    def customer_uid(self, cf_order_id: int) -> str:
        digits = bytearray(self._hash(self._customer_uids, cf_order_id))
        digits[6] = digits[6] & 0x0F | 0x40  # a version 4 UUID, as Cashfree's look
        digits[8] = digits[8] & 0x3F | 0x80
        hexa = digits.hex()
        return f"{hexa[:8]}-{hexa[8:12]}-{hexa[12:16]}-{hexa[16:20]}-{hexa[20:]}"


T = TypeVar("T")
D = TypeVar("D")


class IdTable(Mapping[str, T]):
    """Entities by the numeric string id the store hands out in sequence: a list, not a dict.

    An id the table never handed out (another number, leading zeros, not digits) is simply absent.
    """

    __slots__ = ("_count", "_first", "_items")

    def __init__(self, first: int) -> None:
        self._first = first
        self._items: list[T | None] = []
        self._count = 0

    def add(self, number: int, item: T) -> None:
        index = number - self._first
        items = self._items
        if index < len(items):
            raise ValueError(f"id {number} is taken or out of sequence")  # a bug, not bad input
        if index > len(items):
            items.extend([None] * (index - len(items)))  # ids the sequence gave to something else
        items.append(item)
        self._count += 1

    def by_number(self, number: int) -> T | None:
        index = number - self._first
        return self._items[index] if 0 <= index < len(self._items) else None

    @overload
    def get(self, key: str, /) -> T | None: ...

    @overload
    def get(self, key: str, /, default: T | D) -> T | D: ...

    def get(self, key: str, /, default: Any = None) -> Any:
        # Only the canonical spelling of a number is an id: "007" or "+7" is not "7".
        if not (0 < len(key) <= 20 and key.isascii() and key.isdigit()) or (key[0] == "0" and key != "0"):
            return default
        item = self.by_number(int(key))
        return default if item is None else item

    def __getitem__(self, key: str) -> T:
        item: T | None = self.get(key)
        if item is None:
            raise KeyError(key)
        return item

    def __iter__(self) -> Iterator[str]:
        return (str(self._first + index) for index, item in enumerate(self._items) if item is not None)

    def __len__(self) -> int:
        return self._count


class Order:
    """One order, compact: what varies per order, with the rest computed when it is read.

    Of the request it keeps only the optional fields the merchant sent (frozen, see `_frozen`); the
    session id and a customer_uid the merchant did not send are derived from the order's number.
    """

    __slots__ = (
        "_derived",
        "amount",
        "cart_id",
        "created_us",
        "currency",
        "expires_us",
        "expiry_text",
        "extras",
        "number",
        "order_id",
        "payments",
        "refunds",
        "state",
    )

    def __init__(
        self,
        *,
        number: int,
        order_id: str,
        amount: Decimal,
        currency: str,
        created_at: datetime,
        expires_at: datetime | None,
        expiry_text: str | None,
        extras: dict[str, Any],
        cart_id: int | None,
        derived: Derived,
    ) -> None:
        self.number = number
        self.order_id = order_id
        self.amount = amount
        self.currency = sys.intern(currency)
        self.created_us = to_micros(created_at)
        # None: the default expiry, DEFAULT_ORDER_EXPIRY after creation, and its text is computed.
        self.expires_us = None if expires_at is None else to_micros(expires_at)
        self.expiry_text = expiry_text  # the merchant's own order_expiry_time, as sent
        self.extras: FrozenObject | None = freeze(extras) if extras else None
        self.cart_id = cart_id
        self.state = "ACTIVE"  # see ORDER_LIFECYCLE
        # Per order, so that listing them costs what the order holds, not what the store holds.
        self.payments: tuple[Payment, ...] = ()
        self.refunds: dict[str, Refund] | None = None  # by refund_id, oldest first; None until the first
        self._derived = derived

    @property
    def cf_order_id(self) -> str:
        return str(self.number)

    @property
    def payment_session_id(self) -> str:
        return self._derived.session_id(self.number)

    @property
    def request(self) -> dict[str, Any]:
        """The optional fields of the order's request, as the merchant sent them."""
        request: dict[str, Any] = thaw(self.extras) if self.extras is not None else {}
        return request

    def field(self, name: str) -> Any:
        """One optional field of the order's request, or None."""
        return field(self.extras, name)

    @property
    def expires_at(self) -> datetime:
        return from_micros(self._expires_micros())

    def _expires_micros(self) -> int:
        return self.created_us + _DEFAULT_EXPIRY_US if self.expires_us is None else self.expires_us

    @property
    def is_preauth(self) -> bool:
        return bool(self.field("order_note") == PREAUTH_ORDER_NOTE)

    @property
    def customer_id(self) -> str | None:
        customer: dict[str, Any] | None = self.field("customer_details")
        return customer.get("customer_id") if customer else None

    def status(self, now: datetime) -> str:
        if self.state != "ACTIVE":
            return self.state
        return "EXPIRED" if to_micros(now) >= self._expires_micros() else self.state

    def add_payment(self, payment: Payment) -> None:
        self.payments = (*self.payments, payment)

    def refund(self, refund_id: str) -> Refund | None:
        return self.refunds.get(refund_id) if self.refunds else None

    def all_refunds(self) -> list[Refund]:
        return list(self.refunds.values()) if self.refunds else []

    def refundable_payment(self) -> Payment | None:
        """The payment refunds draw on: the first one that succeeded and was captured."""
        return next((p for p in self.payments if p.status == "SUCCESS" and p.captured_amount() > 0), None)

    def refunded_amount(self) -> Decimal:
        """What the order's refunds hold: pending, processed or on hold (not failed or cancelled)."""
        held = (r.amount for r in self.all_refunds() if r.status not in RELEASED_REFUND_STATUSES)
        return sum(held, Decimal(0))

    def entity(self, now: datetime, request: dict[str, Any] | None = None) -> dict[str, Any]:
        """The order as the API answers it; `request`, when the caller still holds it, saves thawing it."""
        req = self.request if request is None else request
        customer = req.get("customer_details")
        meta = req.get("order_meta")
        terminal = req.get("terminal")
        if customer:
            # A customer_uid the merchant sends (from Cashfree's customer APIs) is kept, not replaced.
            uid = customer.get("customer_uid") or self._derived.customer_uid(self.number)
            customer = {**customer, "customer_uid": uid}
        return {
            "cf_order_id": self.cf_order_id,
            "order_id": self.order_id,
            "entity": "order",
            "order_currency": self.currency,
            "order_amount": self.amount,
            "order_status": self.status(now),
            "payment_session_id": self.payment_session_id,
            "order_expiry_time": self.expiry_text or ist_micros(self._expires_micros()),
            "order_note": req.get("order_note"),
            "created_at": ist_micros(self.created_us),
            "order_splits": req.get("order_splits", []),
            "customer_details": customer or None,
            "order_meta": {key: meta.get(key) for key in _ORDER_META_KEYS} if meta else dict.fromkeys(_ORDER_META_KEYS),
            "order_tags": req.get("order_tags"),
            "cart_details": {"cart_id": str(self.cart_id)} if self.cart_id is not None else None,
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


_DEFAULT_EXPIRY_US = DEFAULT_ORDER_EXPIRY // _MICROSECOND
_ORDER_META_KEYS = (
    "return_url",
    "notify_url",
    "payment_methods",
    "payment_methods_filters",
    "offer_filters",
    "upi_app_priority",
)
# The request fields an Order keeps in their own slots (or decides from), not among its extras.
_ORDER_OWN_FIELDS = frozenset({"order_id", "order_amount", "order_currency", "order_expiry_time", "cart_details"})


@dataclass
class OtpState:
    failures: int = 0
    resends: int = 0


@dataclass
class SavedCard:
    instrument_id: str
    customer_id: str | None
    details: dict[str, Any]  # the card's payment_method entity fields, already masked


class Payment:
    """One payment, compact: its method's details frozen, its moments and bank reference as integers."""

    __slots__ = (
        "_bank_reference",
        "_details",
        "auth_id",
        "authorization",
        "card_to_save",
        "completed_us",
        "created_us",
        "failure",
        "group",
        "is_captured",
        "message",
        "method",
        "number",
        "offers",
        "order",
        "otp",
        "preauth",
        "status",
    )

    def __init__(
        self, *, number: int, order: Order, method: str, details: dict[str, Any], group: str, created_at: datetime
    ) -> None:
        self.number = number
        self.order = order
        self.method = sys.intern(method)  # the variant key: card, upi, ...
        self._details: FrozenObject = freeze(details)  # payment_method.<variant> of the entity, without secrets
        self.group = sys.intern(group)
        self.created_us = to_micros(created_at)
        self.status = "PENDING"
        self.message = "Payment is pending"
        self.completed_us: int | None = None
        self.failure: Failure | None = None
        self._bank_reference: int | None = None  # 12 digits, leading zeros included when rendered
        self.auth_id: str | None = None
        self.otp: OtpState | None = None
        self.preauth = False
        self.authorization: dict[str, Any] | None = None
        self.is_captured: bool | None = None
        self.card_to_save: SavedCard | None = None
        self.offers: list[dict[str, Any]] | None = None

    @property
    def cf_payment_id(self) -> str:
        return str(self.number)

    @property
    def details(self) -> dict[str, Any]:
        details: dict[str, Any] = thaw(self._details)
        return details

    @details.setter
    def details(self, details: dict[str, Any]) -> None:
        self._details = freeze(details)

    @property
    def bank_reference(self) -> str | None:
        return None if self._bank_reference is None else f"{self._bank_reference:012d}"

    def complete(self, now: datetime) -> None:
        completed = to_micros(now)
        # The same int object when it completed as it started: one less number to keep.
        self.completed_us = self.created_us if completed == self.created_us else completed

    def settle_reference(self) -> None:
        self._bank_reference = secrets.randbelow(10**12)

    def captured_amount(self) -> Decimal:
        """What the merchant was paid: the whole amount, or what a pre-authorisation captured."""
        if self.status != "SUCCESS" or not self.is_captured:
            return Decimal(0)
        if self.authorization is not None:
            return Decimal(self.authorization["captured_amount"])
        return self.order.amount

    def entity(self) -> dict[str, Any]:
        """The payment as the API answers it: new dicts and lists throughout, safe to keep or change."""
        order = self.order
        cf_payment_id = self.cf_payment_id
        return {
            "cf_payment_id": cf_payment_id,
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
            "payment_time": ist_micros(self.created_us),
            "payment_completion_time": ist_micros(self.completed_us) if self.completed_us is not None else None,
            "bank_reference": self.bank_reference,
            "auth_id": self.auth_id,
            "error_details": self.failure.details() if self.failure else None,
            "authorization": dict(self.authorization) if self.authorization is not None else None,
            "payment_method": {self.method: thaw(self._details)},
            "international_payment": {"international": False},
            "payment_gateway_details": {
                "gateway_name": "CASHFREE",
                "gateway_order_id": order.cf_order_id,
                "gateway_payment_id": cf_payment_id,
                "gateway_order_reference_id": None,
                "gateway_status_code": self.status,
                "gateway_settlement": "cashfree",
                "gateway_reference_name": None,
            },
            "payment_surcharge": {"payment_surcharge_service_charge": 0, "payment_surcharge_service_tax": 0},
            "payment_offers": [dict(offer) for offer in self.offers] if self.offers else [],
        }


@dataclass(slots=True)
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
    payment: dict[str, Any]  # the entity at that moment (Payment.entity builds it new): later changes do not leak
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
        # Numeric string ids, as this API version returns them; distinct ranges keep them apart.
        self._by_number: IdTable[Order] = IdTable(_FIRST_ORDER_NUMBER)  # how a session finds its order
        self.payments: IdTable[Payment] = IdTable(_FIRST_PAYMENT_NUMBER)
        self._derived = Derived()  # a new key: the sessions handed out before a reset are void
        self.saved_cards: dict[str, SavedCard] = {}
        self.refund_count = 0
        # Refunds waiting to be processed, by due time (the counter breaks ties in creation order).
        self._due_refunds: list[tuple[datetime, int, Refund]] = []
        self._order_ids = itertools.count(_FIRST_ORDER_NUMBER)
        self._payment_ids = itertools.count(_FIRST_PAYMENT_NUMBER)
        # Amounts as stored, one object per distinct amount (and exponent): orders repeat amounts.
        self._amounts: dict[str, Decimal] = {}
        self._refund_ids = itertools.count(1_553_338_001)

    def add_order(
        self, *, request: dict[str, Any], amount: Decimal, expires_at: datetime | None, now: datetime
    ) -> Order:
        """A new ACTIVE order; `expires_at` None is the default expiry (DEFAULT_ORDER_EXPIRY from now)."""
        order_id = request.get("order_id") or f"order_{random_hex(24)}"
        number = next(self._order_ids)
        order = Order(
            number=number,
            order_id=order_id,
            amount=self._shared_amount(amount),
            currency=request["order_currency"],
            created_at=now,
            expires_at=expires_at,
            expiry_text=request.get("order_expiry_time") or None,
            extras={key: value for key, value in request.items() if key not in _ORDER_OWN_FIELDS},
            cart_id=next(self._order_ids) if "cart_details" in request else None,
            derived=self._derived,
        )
        self.orders[order_id] = order
        self._by_number.add(number, order)
        return order

    def session_order(self, session_id: str) -> Order | None:
        number = self._derived.session_order(session_id)
        return None if number is None else self._by_number.by_number(number)

    def _shared_amount(self, amount: Decimal) -> Decimal:
        text = str(amount)  # 10.3 and 10.30 are equal, and print differently: the key tells them apart
        shared = self._amounts.get(text)
        if shared is None:
            shared = amount
            if len(self._amounts) < _MAX_SHARED_AMOUNTS:
                self._amounts[text] = amount
        return shared

    def add_payment(self, order: Order, *, method: str, details: dict[str, Any], group: str, now: datetime) -> Payment:
        payment = Payment(
            number=next(self._payment_ids), order=order, method=method, details=details, group=group, created_at=now
        )
        self.payments.add(payment.number, payment)
        order.add_payment(payment)
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
        if order.refund(refund_id) is not None:
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
        if order.refunds is None:
            order.refunds = {}
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
        payment.complete(now)
        if status == "SUCCESS":
            payment.settle_reference()
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
            self._on_event(PaymentEvent(payment.status, now, payment.entity(), payment.order))


def _in_flight(order: Order) -> bool:
    return any(payment.status == "PENDING" for payment in order.payments)


def utc_now() -> datetime:
    return datetime.now(UTC)
