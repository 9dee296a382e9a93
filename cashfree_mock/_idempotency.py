"""Stored first responses per idempotency key, replayed for 24 hours."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

RETENTION = timedelta(hours=24)


def fingerprint(method: str, path: str, body: bytes) -> str:
    return hashlib.sha256(b"\0".join((method.encode(), path.encode(), body))).hexdigest()


@dataclass(frozen=True)
class StoredResponse:
    fingerprint: str
    status: int
    body: Any
    stored_at: datetime


class IdempotencyStore:
    """Not locked itself: the app looks up, executes and stores under its one state lock."""

    def __init__(self) -> None:
        self._entries: dict[str, StoredResponse] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str, now: datetime) -> StoredResponse | None:
        entry = self._entries.get(key)
        if entry is not None and now - entry.stored_at > RETENTION:
            del self._entries[key]
            return None
        return entry

    def put(self, key: str, entry: StoredResponse) -> None:
        self._entries[key] = entry

    def clear(self) -> None:
        self._entries.clear()
