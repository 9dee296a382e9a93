"""Verifying Cashfree webhooks, and signing test ones.

Cashfree signs each webhook: ``x-webhook-signature`` is
``base64(HMAC-SHA256(key=client secret, message=x-webhook-timestamp + raw body))``. Verify on the raw
bytes of the body, before any JSON parsing, then use the typed event returned::

    event = cf.webhooks.verify(request.body(), request.headers)         # with the client's secret
    event = webhooks.verify(raw_body, headers, secret="...")           # or without a client
    if isinstance(event, webhooks.PaymentWebhookEvent) and event.payment.payment_status == "SUCCESS": ...

The comparison runs in constant time; a timestamp more than ``tolerance`` seconds (300 by default)
from now is refused, so a captured webhook cannot be replayed later. ``signed_headers`` builds the headers
Cashfree would send with a body, to test a handler without Cashfree.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Final

from ._errors import WebhookVerificationError
from ._events import (
    PAYMENT_EVENT_TYPES,
    REFUND_EVENT_TYPES,
    PaymentWebhookEvent,
    RefundWebhookEvent,
    WebhookEvent,
    WebhookOrder,
    parse_event,
)
from ._redact import raised_clean

__all__ = [
    "DEFAULT_TOLERANCE",
    "PAYMENT_EVENT_TYPES",
    "REFUND_EVENT_TYPES",
    "WEBHOOK_VERSION",
    "PaymentWebhookEvent",
    "RefundWebhookEvent",
    "WebhookEvent",
    "WebhookOrder",
    "WebhookVerificationError",
    "Webhooks",
    "compute_signature",
    "signed_headers",
    "verify",
]

DEFAULT_TOLERANCE: Final = 300.0
# The webhook payload version Cashfree sends by default (the one with x-idempotency-key).
WEBHOOK_VERSION: Final = "2025-01-01"
SIGNATURE_HEADER: Final = "x-webhook-signature"
TIMESTAMP_HEADER: Final = "x-webhook-timestamp"


def compute_signature(payload: bytes | str, timestamp: str, secret: str) -> str:
    """The ``x-webhook-signature`` Cashfree sends for ``payload`` (the raw body) at ``timestamp`` (epoch ms)."""
    body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


@raised_clean  # its frame holds the secret: a refused argument leaves from a clean one
def signed_headers(
    payload: bytes | str,
    *,
    secret: str,
    timestamp: int | None = None,
    attempt: int = 1,
    idempotency_key: str | None = None,
    version: str = WEBHOOK_VERSION,
) -> dict[str, str]:
    """The headers Cashfree sends with the webhook body ``payload``, signed with ``secret``.

    For tests of a webhook handler: post ``payload`` with these headers and the handler's ``verify``
    accepts it. ``timestamp`` is epoch milliseconds (default: now); ``idempotency_key`` defaults to a new
    UUID (pass the same one to simulate a redelivery of one event).
    """
    if not secret:
        raise ValueError("secret: the client secret to sign with is required")
    if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 1:
        raise ValueError("attempt: must be an integer >= 1")
    stamp = str(int(time.time() * 1000) if timestamp is None else timestamp)
    return {
        "content-type": "application/json",
        SIGNATURE_HEADER: compute_signature(payload, stamp, secret),
        TIMESTAMP_HEADER: stamp,
        "x-webhook-version": version,
        "x-webhook-attempt": str(attempt),
        "x-idempotency-key": idempotency_key or str(uuid.uuid4()),
    }


@raised_clean  # its frame holds the secret and the expected signature: errors leave from a clean one
def verify(
    payload: bytes | str,
    headers: Mapping[str, str] | None = None,
    *,
    secret: str,
    signature: str | None = None,
    timestamp: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Callable[[], float] = time.time,
) -> WebhookEvent:
    """Check a webhook's signature and age; return its typed event or raise ``WebhookVerificationError``.

    ``headers`` (any case) give the signature and timestamp, or pass ``signature=`` and ``timestamp=``;
    they also give the event's ``idempotency_key``, ``attempt`` and ``version``. ``now`` returns the current
    epoch seconds (inject a clock in tests). The event is a ``PaymentWebhookEvent`` for the payment types,
    a ``RefundWebhookEvent`` for REFUND_STATUS_WEBHOOK, and a plain ``WebhookEvent`` (``data`` as sent) for
    types this client has no model for.
    """
    if not secret:
        raise WebhookVerificationError("no client secret to verify the webhook with")
    # NaN or infinity would switch the age check off (nothing compares greater than them).
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or not math.isfinite(tolerance):
        raise ValueError("tolerance: must be a finite number of seconds >= 0")
    if tolerance < 0:
        raise ValueError("tolerance: must be a finite number of seconds >= 0")
    lowered = {key.lower(): value for key, value in (headers or {}).items()}
    signature = signature if signature is not None else lowered.get(SIGNATURE_HEADER)
    timestamp = timestamp if timestamp is not None else lowered.get(TIMESTAMP_HEADER)
    if not signature:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    if not timestamp:
        raise WebhookVerificationError(f"missing {TIMESTAMP_HEADER} header")
    body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)

    expected = compute_signature(body, timestamp, secret)
    if not hmac.compare_digest(expected.encode("ascii"), signature.strip().encode("utf-8", "replace")):
        raise WebhookVerificationError("webhook signature does not match")

    try:
        stamp = int(timestamp.strip())
    except ValueError:
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} is not an integer") from None
    seconds = stamp / 1000.0 if stamp > 10**11 else float(stamp)  # Cashfree sends milliseconds
    age = now() - seconds
    if abs(age) > tolerance:
        raise WebhookVerificationError(
            f"webhook timestamp is {abs(age):.0f} s {'old' if age > 0 else 'in the future'} "
            f"(tolerance {tolerance:.0f} s)"
        )

    try:
        event = json.loads(body)
    except ValueError:
        raise WebhookVerificationError("webhook body is not JSON") from None
    if not isinstance(event, dict):
        raise WebhookVerificationError("webhook body is not a JSON object")
    return parse_event(event, lowered, stamp)


class Webhooks:
    """``cf.webhooks``: ``verify`` with the client's secret."""

    __slots__ = ("_secret",)

    def __init__(self, secret: str | None) -> None:
        self._secret = secret

    def __repr__(self) -> str:
        return "Webhooks(secret='**********')" if self._secret else "Webhooks(secret=None)"

    def verify(
        self,
        payload: bytes | str,
        headers: Mapping[str, str] | None = None,
        *,
        signature: str | None = None,
        timestamp: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
        now: Callable[[], float] = time.time,
    ) -> WebhookEvent:
        """See ``cashfree_facade.webhooks.verify``."""
        return verify(
            payload,
            headers,
            secret=self._secret or "",
            signature=signature,
            timestamp=timestamp,
            tolerance=tolerance,
            now=now,
        )
