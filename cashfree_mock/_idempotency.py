"""Stored first responses per idempotency key, replayed for 24 hours, then forgotten."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

RETENTION = timedelta(hours=24)
# Cashfree keeps every key for a day; a simulator under a long load test must not grow without
# bound, so past this many keys the oldest is forgotten first (docs/mock.md says so).
MAX_KEYS = 10_000


def fingerprint(method: str, path: str, body: bytes) -> str:
    return hashlib.sha256(b"\0".join((method.encode(), path.encode(), body))).hexdigest()


@dataclass(frozen=True)
class StoredResponse:
    fingerprint: str
    status: int
    body: Any
    stored_at: datetime


class IdempotencyStore:
    """Not locked itself: the app looks up, executes and stores under its one state lock.

    Keys are kept in the order they were stored, which is the order they expire in: each lookup
    and store first drops the expired ones from the front, so eviction costs O(1) per key.
    """

    def __init__(self, *, retention: timedelta = RETENTION, max_keys: int = MAX_KEYS) -> None:
        if max_keys < 1:
            raise ValueError("max_keys must be at least 1")
        self.retention = retention
        self.max_keys = max_keys
        self._entries: OrderedDict[str, StoredResponse] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str, now: datetime) -> StoredResponse | None:
        self._expire(now)
        entry = self._entries.get(key)
        # A clock moved back can leave an expired entry behind a fresh one: check it too.
        if entry is not None and self._expired(entry, now):
            del self._entries[key]
            return None
        return entry

    def put(self, key: str, entry: StoredResponse) -> None:
        self._expire(entry.stored_at)
        self._entries.pop(key, None)
        self._entries[key] = entry
        while len(self._entries) > self.max_keys:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()

    def _expired(self, entry: StoredResponse, now: datetime) -> bool:
        return now - entry.stored_at > self.retention

    def _expire(self, now: datetime) -> None:
        while self._entries:
            oldest = next(iter(self._entries.values()))
            if not self._expired(oldest, now):
                return
            self._entries.popitem(last=False)
