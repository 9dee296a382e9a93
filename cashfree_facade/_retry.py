"""When to retry and how long to wait: pure functions, shared by the sync and async clients.

Retries follow Cashfree's idempotency contract. Every POST carries an idempotency key, the same on every
attempt, and Cashfree stores the first answer it gives for a key (errors and 500s included) and replays it
for 24 hours, marked ``x-idempotency-replayed: true``. So a POST is retried when its answer says nothing
ran or nothing was stored (no answer at all, 408, 429, a 5xx from in front of Cashfree's store), and not
when the answer is the stored one (it carries ``x-idempotency-replayed``): asking again would replay it.
GETs change nothing and are retried on every transient failure. docs/client.md has the table.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ._constants import (
    IDEMPOTENCY_REPLAYED_HEADER,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    REFUSED_STATUSES,
    SERVER_FAILURE_STATUSES,
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with jitter; a server-sent wait wins, capped at ``max_retry_after``."""

    max_retries: int
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    random: Callable[[], float] = field(default=random.random, repr=False)

    def should_retry_status(self, method: str, status_code: int, headers: Mapping[str, str]) -> bool:
        """Whether an error answer is worth asking again (transport failures always are: see the module doc)."""
        stored = idempotency_replayed(headers)
        if stored is True:  # the stored first answer to this key: asking again replays it again
            return False
        if status_code in REFUSED_STATUSES:  # refused before it ran: nothing stored under the key
            return True
        if status_code in SERVER_FAILURE_STATUSES:
            # A POST's failure marked by the idempotency layer is stored for its key; without the mark it
            # came from in front of the store (a gateway), and the same key replays what ran, if anything.
            return method != "POST" or stored is None
        return False

    def delay(self, retries_done: int, headers: Mapping[str, str] | None = None) -> float:
        """Seconds to wait before retry number ``retries_done + 1``."""
        wait = retry_after(headers) if headers is not None else None
        if wait is not None:
            return min(max(wait, 0.0), self.max_retry_after)
        backoff = min(self.initial_delay * (2.0**retries_done), self.max_delay)
        return backoff * (1.0 - 0.25 * self.random())


def idempotency_replayed(headers: Mapping[str, str]) -> bool | None:
    """``x-idempotency-replayed``: True (a replay of the stored answer), False (the answer just stored), or None."""
    value = headers.get(IDEMPOTENCY_REPLAYED_HEADER)
    if value is None:
        return None
    return value.strip().lower() == "true"


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
