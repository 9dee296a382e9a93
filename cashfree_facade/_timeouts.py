"""Timeouts: checking the ones users pass, and fitting each attempt into the call's deadline.

``timeout`` bounds each network step of one attempt (connect, read, write, wait for a pooled connection);
``total_timeout`` bounds the whole call: every attempt and every wait between them.
"""

from __future__ import annotations

import math
from typing import TypeGuard

import httpx

_PHASES = ("connect", "read", "write", "pool")


def check_timeout(value: object, field: str = "timeout") -> httpx.Timeout | None:
    """A positive finite number of seconds, an ``httpx.Timeout`` of such numbers (or ``None`` phases), or ``None``."""
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        for phase in _PHASES:
            seconds = getattr(value, phase)
            if seconds is not None and not _positive_seconds(seconds):
                raise ValueError(f"{field}: {phase} must be a positive, finite number of seconds or None")
        return value
    if not _positive_seconds(value):
        raise ValueError(f"{field}: expected a positive, finite number of seconds, an httpx.Timeout or None")
    return httpx.Timeout(float(value))


def check_total_timeout(value: object, field: str = "total_timeout") -> float | None:
    """A positive finite number of seconds, or ``None`` for no deadline."""
    if value is None:
        return None
    if not _positive_seconds(value):
        raise ValueError(f"{field}: expected a positive, finite number of seconds or None")
    return float(value)


def within(timeout: httpx.Timeout | None, left: float | None) -> httpx.Timeout | None:
    """``timeout`` with no phase longer than ``left`` seconds (the time the deadline leaves)."""
    if left is None:
        return timeout
    left = max(left, 0.0)
    if timeout is None:
        return httpx.Timeout(left)
    capped = {phase: _shorter(getattr(timeout, phase), left) for phase in _PHASES}
    return httpx.Timeout(**capped)


def _shorter(seconds: float | None, left: float) -> float:
    return left if seconds is None else min(seconds, left)


def _positive_seconds(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value > 0
