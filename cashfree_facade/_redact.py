"""Keeping secrets out of reprs, logs, exception messages, exception chains and the locals crash reporters read.

Crash reporters (Sentry, ``traceback.TracebackException(..., capture_locals=True)``) show the ``repr`` of
every local of every frame an exception passed through, and follow ``__cause__`` and ``__context__``. So
the client secret and request bodies travel inside ``Secret``, and errors raised while sensitive values are
in scope are raised afresh from a frame that holds none (``raised_clean``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any, Final, Generic, ParamSpec, TypeVar, final

from ._errors import WebhookVerificationError

T = TypeVar("T")
P = ParamSpec("P")

# 12 to 19 digits, optionally split by spaces or dashes: what a card (or token) number looks like.
_CARD_LIKE: Final = re.compile(r"(?<!\d)(?:\d[ -]?){11,18}\d(?!\d)")
# Request fields whose values never leave the request: scrubbed from anything built from the answer.
SENSITIVE_FIELDS: Final = frozenset(
    {
        "card_number",
        "card_cvv",
        "cryptogram",
        "token_cryptogram",
        "token_number",
        "authentication_token",
        "card_token",
    }
)
MASK: Final = "**********"


@final
class Secret(Generic[T]):
    """A value that never shows itself: ``repr``/``str`` print ``'**********'``; ``.reveal()`` gives the value."""

    __slots__ = ("_value",)

    def __init__(self, value: T) -> None:
        self._value = value

    def reveal(self) -> T:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:  # never pickled into a log, a cache or another process by accident
        raise TypeError("Secret cannot be pickled")


def mask_card(number: str) -> str:
    """``4111111111111111`` -> ``'************1111'``: at most the last four digits stay."""
    digits = re.sub(r"\D", "", number)
    if len(digits) <= 4:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]


def scrub(text: str, *secrets: str | None) -> str:
    """Remove every given secret and every card-like digit run from ``text``.

    An all-digit secret (a CVV) is removed only where it stands alone, not inside a longer number.
    """
    for secret in secrets:
        if not secret:
            continue
        text = re.sub(rf"(?<!\d){secret}(?!\d)", MASK, text) if secret.isdigit() else text.replace(secret, MASK)
    return _CARD_LIKE.sub(lambda match: mask_card(match.group(0)), text)


def sensitive_values(body: Any) -> tuple[str, ...]:
    """The values of the ``SENSITIVE_FIELDS`` anywhere in a JSON body (to scrub them from what comes back)."""
    return tuple(sorted(set(_sensitive(body)), key=len, reverse=True))


def _sensitive(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in SENSITIVE_FIELDS and isinstance(item, str | int) and not isinstance(item, bool) and str(item):
                yield str(item)
            else:
                yield from _sensitive(item)
    elif isinstance(value, list):
        for item in value:
            yield from _sensitive(item)


# The errors local checks raise, each re-raised as its own class (a subclass such as UnicodeEncodeError,
# whose arguments hold the value, becomes a plain ValueError).
_CLEAN_CLASSES: Final = (WebhookVerificationError, TypeError, ValueError)


def raised_clean(function: Callable[P, T]) -> Callable[P, T]:
    """Re-raise a ``ValueError``, ``TypeError`` or ``WebhookVerificationError`` of ``function`` afresh, from here.

    The fresh error has no ``__context__`` and no traceback below this wrapper, so the frames that held a
    card number, a CVV or the secret (a builder's arguments, the body being checked, a constructor's
    arguments) are not reachable from it. The message is kept (the library's messages name fields, never
    values) and scrubbed of card-like numbers.
    """

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return function(*args, **kwargs)
        except _CLEAN_CLASSES as exc:
            error_class = next(klass for klass in _CLEAN_CLASSES if isinstance(exc, klass))
            error = error_class(scrub(str(exc)))
        del args, kwargs  # this frame's locals are in the traceback too
        raise error

    return wrapper
