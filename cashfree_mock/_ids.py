"""Random ids the simulator hands out: request ids, order ids, saved instruments, webhook idempotency keys.

They must not repeat, but knowing one authorises nothing (a payment session is a keyed hash, see
`_state.Derived`), so they come from `random`, seeded from os.urandom and reseeded in a forked child,
rather than from a system call per id as uuid.uuid4's do: every request without an x-request-id and
every order without an order_id would pay for that call, and a UUID object built only to be printed.
"""

from __future__ import annotations

import random


def random_hex(chars: int) -> str:
    """`chars` random hex digits."""
    return random.randbytes((chars + 1) // 2).hex()[:chars]  # noqa: S311 - unique, not secret (see above)


def uuid4_text() -> str:
    """A random (version 4, RFC 4122 variant) UUID in its usual text form."""
    digits = random.randbytes(16).hex()  # noqa: S311 - unique, not secret (see above)
    variant = "89ab"[int(digits[16], 16) & 3]
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{variant}{digits[17:20]}-{digits[20:]}"
