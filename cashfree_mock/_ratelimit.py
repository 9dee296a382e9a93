"""Per-minute rate limits with the sandbox's numbers (off unless the app is created with rate_limits=True)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

WINDOW_SECONDS = 60

# Sandbox limits per minute and per IP; operations without a documented figure share the
# payments bucket, whose figure they match.
_BUCKETS = {
    "createOrder": ("order_create", 30),
    "payOrder": ("order_pay", 30),
    "authorizeSession": ("order_pay", 30),
    "authenticatePayment": ("order_pay", 30),
    "getPayment": ("payments", 30),
    "getPaymentsForOrder": ("payments", 30),
    "preauthorizeOrder": ("payments", 30),
    "getOrder": ("payments", 30),
    "terminateOrder": ("payments", 30),
    "createRefund": ("payments", 30),
    "getRefund": ("payments", 30),
    "getRefundsForOrder": ("payments", 30),
}


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
        bucket, limit = _BUCKETS[operation_id]
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
