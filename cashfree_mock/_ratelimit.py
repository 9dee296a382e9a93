"""Per-minute rate limits with the sandbox's numbers (off unless the app is created with rate_limits=True)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

WINDOW_SECONDS = 60


class Bucket(NamedTuple):
    """Operations that share a bucket share one count per client and window."""

    name: str
    limit: int  # requests per window


# Sandbox limits per minute and per IP, keyed by the spec's operationId (a test keeps the two in
# step). The documented figures are 30 for Create Order, Order Pay and the payment reads; the
# operations without one get 30 in a bucket of their kind. An operationId missing here still gets
# DEFAULT_BUCKET: a forgotten row must never turn into a 500.
BUCKETS: dict[str, Bucket] = {
    "createOrder": Bucket("order_create", 30),
    "payOrder": Bucket("order_pay", 30),
    "authorizeSession": Bucket("order_pay", 30),
    "authenticatePayment": Bucket("order_pay", 30),
    "getPayment": Bucket("payments", 30),
    "getPaymentsForOrder": Bucket("payments", 30),
    "preauthorizeOrder": Bucket("payments", 30),
    "getOrder": Bucket("orders", 30),
    "terminateOrder": Bucket("orders", 30),
    "createRefund": Bucket("refunds", 30),
    "getRefund": Bucket("refunds", 30),
    "getRefundsForOrder": Bucket("refunds", 30),
}
DEFAULT_BUCKET = Bucket("other", 30)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    headers: dict[str, str]


class RateLimiter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[tuple[str, str, int], int] = {}

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()

    def check(self, operation_id: str, client: str, now: datetime) -> Verdict:
        bucket, limit = BUCKETS.get(operation_id, DEFAULT_BUCKET)
        epoch = now.timestamp()
        window = int(epoch // WINDOW_SECONDS)
        with self._lock:
            # Only the current window matters; older counters are dropped as windows pass.
            self._counts = {k: v for k, v in self._counts.items() if k[2] == window}
            key = (bucket, client, window)
            used = self._counts.get(key, 0) + 1
            allowed = used <= limit
            if allowed:
                self._counts[key] = used
        retry = max(1, int((window + 1) * WINDOW_SECONDS - epoch))
        headers = {
            "x-ratelimit-limit": str(limit),
            "x-ratelimit-remaining": str(max(0, limit - min(used, limit))),
            "x-ratelimit-retry": str(retry if not allowed else 0),
            "x-ratelimit-type": "ip",
        }
        return Verdict(allowed, headers)
