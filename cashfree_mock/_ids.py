"""Random ids the simulator hands out: from os.urandom, as uuid.uuid4's are, at a third of its cost.

Every request without an x-request-id gets one, and every order without an order_id: building a
`uuid.UUID` only to print it is a measurable part of a request.
"""

from __future__ import annotations

import os


def random_hex(chars: int) -> str:
    """`chars` random hex digits."""
    return os.urandom((chars + 1) // 2).hex()[:chars]


def uuid4_text() -> str:
    """A random (version 4, RFC 4122 variant) UUID in its usual text form."""
    digits = os.urandom(16).hex()
    variant = "89ab"[int(digits[16], 16) & 3]
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{variant}{digits[17:20]}-{digits[20:]}"
