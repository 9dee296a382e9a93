"""Injected faults: the next matching requests fail, are dropped or are slowed down."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass
from typing import Any

# The control endpoint's body, validated with the same schema library as the API's requests.
FAULT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["path"],
    "additionalProperties": False,
    "properties": {
        "method": {"type": "string", "minLength": 1, "maxLength": 10},
        "path": {"type": "string", "minLength": 1, "maxLength": 500},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "count": {"type": "integer", "minimum": 1, "maximum": 10_000},
        "after_commit": {"type": "boolean"},
        "drop": {"type": "boolean"},
        "delay_ms": {"type": "integer", "minimum": 0, "maximum": 60_000},
    },
}


@dataclass
class Fault:
    path: str  # an exact path or a glob such as /pg/orders/*/payments
    method: str = "*"
    status: int | None = None
    count: int = 1
    after_commit: bool = False
    drop: bool = False
    delay_ms: int = 0

    def matches(self, method: str, path: str) -> bool:
        return self.method in {"*", method} and fnmatch.fnmatchcase(path, self.path)

    def as_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "count": self.count,
            "after_commit": self.after_commit,
            "drop": self.drop,
            "delay_ms": self.delay_ms,
        }


class FaultBook:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def listing(self) -> list[dict[str, Any]]:
        with self._lock:
            return [fault.as_json() for fault in self._faults]

    def take(self, method: str, path: str) -> Fault | None:
        """The first fault matching the request, used up by one."""
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    return fault
            return None


def parse_fault(body: dict[str, Any]) -> Fault:
    fault = Fault(**body)
    fault.method = fault.method.upper()
    return fault
