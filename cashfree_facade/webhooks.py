"""Verifying Cashfree webhooks.

Cashfree signs each webhook: ``x-webhook-signature`` is
``base64(HMAC-SHA256(key=client secret, message=x-webhook-timestamp + raw body))``. Verify on the raw
bytes of the body, before any JSON parsing, then use the event returned::

    event = cf.webhooks.verify(request.body(), request.headers)         # with the client's secret
    event = webhooks.verify(raw_body, headers, secret="...")           # or without a client

The comparison runs in constant time; a timestamp more than ``tolerance`` seconds (300 by default)
from now is refused, so a captured webhook cannot be replayed later.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from ._errors import WebhookVerificationError
from ._redact import raised_clean

__all__ = ["DEFAULT_TOLERANCE", "WebhookEvent", "WebhookVerificationError", "Webhooks", "compute_signature", "verify"]

DEFAULT_TOLERANCE: Final = 300.0
SIGNATURE_HEADER: Final = "x-webhook-signature"
TIMESTAMP_HEADER: Final = "x-webhook-timestamp"


@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """A verified webhook. ``data`` holds ``order``, ``payment``, ``customer_details`` ... as sent."""

    type: str
    event_time: str | None
    data: dict[str, Any]
    timestamp: int
    raw: dict[str, Any] = field(repr=False)

    @property
    def order(self) -> dict[str, Any]:
        value = self.data.get("order")
        return value if isinstance(value, dict) else {}

    @property
    def payment(self) -> dict[str, Any]:
        value = self.data.get("payment")
        return value if isinstance(value, dict) else {}


def compute_signature(payload: bytes, timestamp: str, secret: str) -> str:
    """The signature Cashfree sends for ``payload`` at ``timestamp`` (useful in tests and mocks)."""
    digest = hmac.new(secret.encode(), timestamp.encode() + payload, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


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
    """Check a webhook's signature and age; return its event or raise ``WebhookVerificationError``.

    ``headers`` (any case) give the signature and timestamp, or pass ``signature=`` and ``timestamp=``.
    ``now`` returns the current epoch seconds (inject a clock in tests).
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
    data = event.get("data")
    event_time = event.get("event_time")
    return WebhookEvent(
        type=str(event.get("type", "")),
        event_time=None if event_time is None else str(event_time),
        data=data if isinstance(data, dict) else {},
        timestamp=stamp,
        raw=event,
    )


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
