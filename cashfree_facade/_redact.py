"""Keeping secrets out of reprs, logs and exception messages."""

from __future__ import annotations

import re
from typing import Final, final

# 12 to 19 digits, optionally split by spaces or dashes: what a card (or token) number looks like.
_CARD_LIKE: Final = re.compile(r"(?<!\d)(?:\d[ -]?){11,18}\d(?!\d)")


@final
class Secret:
    """A string that never shows itself: ``repr``/``str`` print ``'**********'``; ``.reveal()`` gives the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
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
    """Remove every given secret and every card-like digit run from ``text``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "**********")
    return _CARD_LIKE.sub(lambda match: mask_card(match.group(0)), text)
