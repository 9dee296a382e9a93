"""Injected faults: the next matching requests fail, are dropped or are slowed down."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass
from typing import Any

from ._errors import ApiError
from ._validation import invalid_field

# Faults wait in a list until they fire; a test needs a handful, a runaway loop must not grow it forever.
MAX_FAULTS = 100
_INTEGER_FIELDS = ("status", "count", "delay_ms")
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

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)

    def add(self, fault: Fault) -> None:
        with self._lock:
            if len(self._faults) >= MAX_FAULTS:
                message = f"at most {MAX_FAULTS} faults may wait at once; DELETE /__mock/faults clears them"
                raise ApiError(400, "request_invalid", message)
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
    """A fault from a body its schema accepted."""
    # JSON Schema counts 500.0 as an integer (and the parser keeps it a Decimal): a status or a
    # delay must be a JSON integer, or it reaches the HTTP server or the sleep as a Decimal.
    for name in _INTEGER_FIELDS:
        if name in body and (type(body[name]) is not int):
            raise invalid_field([name], "must be an integer, written without a fraction or an exponent")
    fault = Fault(**body)
    fault.method = fault.method.upper()
    return fault
