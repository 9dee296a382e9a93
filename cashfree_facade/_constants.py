"""Defaults and fixed values of the client. Nothing here is mutable."""

from __future__ import annotations

from typing import Final

import httpx

# The distribution's version: pyproject.toml reads it from here (hatch), the package and the
# user agent import it. No `Final` annotation, so hatch's version pattern matches the line.
VERSION = "0.1.0"

ENVIRONMENTS: Final = {
    "sandbox": "https://sandbox.cashfree.com/pg",
    "production": "https://api.cashfree.com/pg",
}

# Environment variables read when an argument is left out.
ENV_CLIENT_ID: Final = "CASHFREE_CLIENT_ID"
ENV_CLIENT_SECRET: Final = "CASHFREE_CLIENT_SECRET"  # noqa: S105 - a variable name, not a secret
ENV_ENVIRONMENT: Final = "CASHFREE_ENVIRONMENT"
ENV_BASE_URL: Final = "CASHFREE_BASE_URL"

# A connect timeout and a read (write, pool) timeout, on by default: they bound each attempt.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
# The deadline of a whole call, every attempt and wait included: room for one attempt that uses the whole
# read timeout and a quick retry, or for one full wait of a per-minute rate limit (at most 60 s) and the
# retry after it, never two.
DEFAULT_TOTAL_TIMEOUT: Final = 90.0
DEFAULT_MAX_RETRIES: Final = 2

# Exponential backoff: 0.5 s, 1 s, 2 s ... capped at 8 s, each less up to 25 % jitter.
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
# A server-sent wait (Retry-After, x-ratelimit-retry) is honoured up to this many seconds.
MAX_RETRY_AFTER: Final = 60.0

# Answers to retry (see _retry.RetryPolicy and the table in docs/client.md): refused before the request
# ran, and server failures (a POST's only when Cashfree did not store them for its idempotency key).
REFUSED_STATUSES: Final = frozenset({408, 429})
SERVER_FAILURE_STATUSES: Final = frozenset({500, 502, 503, 504})
IDEMPOTENCY_REPLAYED_HEADER: Final = "x-idempotency-replayed"

LOGGER_NAME: Final = "cashfree_facade"
