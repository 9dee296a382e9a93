"""The simulator's clock: a base clock (the system's, or one a test passes) plus an offset.

`POST /__mock/clock` moves the offset forward, so a test against a served simulator can expire orders,
age idempotency keys and bring webhook retries due without waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta

Clock = Callable[[], datetime]


class SimulatorClock:
    """Callable like any clock; ``advance`` moves it forward, ``reset`` back to its base."""

    def __init__(self, base: Clock) -> None:
        self._base = base
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        # Reading the offset is one atomic attribute read: only `advance`'s update needs the lock.
        return self._base() + self._offset

    @property
    def offset_seconds(self) -> float:
        return self._offset.total_seconds()

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._offset += timedelta(seconds=seconds)

    def reset(self) -> None:
        with self._lock:
            self._offset = timedelta(0)
