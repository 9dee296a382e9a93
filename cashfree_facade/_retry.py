"""When to retry and how long to wait: pure functions, shared by the sync and async clients."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRYABLE_STATUSES


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with jitter; a server-sent wait wins, capped at ``max_retry_after``."""

    max_retries: int
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    random: Callable[[], float] = field(default=random.random, repr=False)

    def should_retry_status(self, status_code: int, headers: Mapping[str, str]) -> bool:
        # A replayed answer is the stored first answer to this idempotency key: asking again replays it again.
        if headers.get("x-idempotency-replayed", "").lower() == "true":
            return False
        return status_code in RETRYABLE_STATUSES

    def delay(self, retries_done: int, headers: Mapping[str, str] | None = None) -> float:
        """Seconds to wait before retry number ``retries_done + 1``."""
        wait = retry_after(headers) if headers is not None else None
        if wait is not None:
            return min(max(wait, 0.0), self.max_retry_after)
        backoff = min(self.initial_delay * (2.0**retries_done), self.max_delay)
        return backoff * (1.0 - 0.25 * self.random())


def retry_after(headers: Mapping[str, str] | None) -> float | None:
    """The wait a response asks for: ``retry-after-ms``, ``Retry-After`` (seconds or a date), ``x-ratelimit-retry``."""
    if not headers:
        return None
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        seconds = _number(raw_ms)
        if seconds is not None:
            return seconds / 1000.0
    for name in ("retry-after", "x-ratelimit-retry"):
        raw = headers.get(name)
        if raw is None:
            continue
        seconds = _number(raw)
        if seconds is None:
            parsed = email.utils.parsedate_tz(raw)
            if parsed is not None:
                seconds = float(email.utils.mktime_tz(parsed)) - time.time()
        if seconds is not None:
            return max(seconds, 0.0)
    return None


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None
