"""Canaries and the sweep that looks for them: nothing a crash reporter or a curious user can read from an
exception may show the client secret, a card number or a CVV.

``Canaries.error`` gathers every text reachable from an exception: ``repr``/``str`` of the exception and of
everything in its chain (``__cause__``, ``__context__``), of their attributes and of what those hold (an
httpx request's headers and body, a response's request ...), the formatted
``traceback.TracebackException(..., capture_locals=True)``, and every local of the library's frames, walked
into dicts, lists and tuples the way Sentry's serializer walks them. ``Canaries.records`` adds log records.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import traceback
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import httpx

from cashfree_facade import AuthorizationDataParam
from cashfree_facade import payment_methods as pm

SECRET = "cfsk_CANARY_7d1e5b_SECRET"
CARD = "4012888888881881"  # Luhn-valid, and in no response of the tests
CVV = "8642"
CARD_FORMS = (CARD, "4012 8888 8888 1881", "4012-8888-8888-1881")
# A CVV is four digits: look for it where a leak would put it (quoted, or after a cvv-like key).
CVV_PATTERN = re.compile(rf"""(['"]){CVV}\1|cvv\W{{0,8}}{CVV}(?!\d)""", re.IGNORECASE)
TOKEN_DATA: AuthorizationDataParam = {
    "authentication_token": "BwABBJQ1AgAAAAAgJDUCAAAAAAA=",
    "eci": "02",
    "token_number": CARD,
    "token_expiry_year": "2029",
    "token_expiry_month": "09",
    "token_cryptogram": "/wAAAAAAUSwFGXgAAAAAgPAAAA=",
    "transaction_type": "TOKEN",
}

_SKIPPED_ATTRIBUTES = frozenset({"with_traceback", "add_note", "args"})


class Canaries:
    """Collects readable texts and says where a canary shows up."""

    def __init__(self, *, cvv: bool = True) -> None:
        self.texts: list[tuple[str, str]] = []
        self._seen: set[int] = set()
        # A CVV can only leak from a call that carried one; a card-like number or the secret from any.
        self._cvv = cvv

    # ------------------------------------------------------------------ gathering
    def add(self, where: str, value: Any) -> None:
        for form in ("repr", "str"):
            try:
                text = repr(value) if form == "repr" else str(value)
            except Exception as exc:  # an object that cannot show itself shows nothing
                text = f"<{form} failed: {type(exc).__name__}>"
            self.texts.append((f"{form}({where})", text))

    def walk(self, where: str, value: Any, depth: int = 4) -> None:
        """``value`` and what a reporter would show of it: container items (as Sentry's serializer walks them),
        an httpx request's or response's headers and body, and an exception's attributes."""
        if id(value) in self._seen or depth < 0:
            return
        self._seen.add(id(value))
        self.add(where, value)
        if isinstance(value, bytes | bytearray):
            self.texts.append((f"decoded({where})", bytes(value).decode("utf-8", "replace")))
        elif isinstance(value, dict):
            for key, item in value.items():
                self.walk(f"{where}[{key!r}]", item, depth - 1)
        elif isinstance(value, list | tuple | set | frozenset):
            for index, item in enumerate(value):
                self.walk(f"{where}[{index}]", item, depth - 1)
        elif isinstance(value, httpx.Request):
            self.walk(f"{where}.headers", dict(value.headers), depth - 1)
            self.walk(f"{where}.content", _content(value), depth - 1)
        elif isinstance(value, httpx.Response):
            self.walk(f"{where}.headers", dict(value.headers), depth - 1)
            with contextlib.suppress(httpx.ResponseNotRead):  # a response still streaming in an httpx frame
                self.walk(f"{where}.content", value.content, depth - 1)
            with contextlib.suppress(RuntimeError):  # a response built by hand has no request
                self.walk(f"{where}.request", value.request, depth - 1)
        elif isinstance(value, BaseException):
            for name in _attribute_names(value):
                try:
                    item = getattr(value, name)
                except Exception:  # noqa: S112 - a property that refuses (httpx's .request when unset)
                    continue
                if not callable(item):
                    self.walk(f"{where}.{name}", item, depth - 1)

    def error(self, error: BaseException) -> None:
        """The exception, its chain, the attributes of each, the frames' locals and the formatted tracebacks."""
        formatted = traceback.TracebackException.from_exception(error, capture_locals=True)
        self.texts.append(("TracebackException(capture_locals=True)", "".join(formatted.format())))
        self.texts.append(("format_exception", "".join(traceback.format_exception(error))))
        for position, link in enumerate(_chain(error)):
            self.walk(f"chain[{position}]", link)
            self.add(f"chain[{position}].args", link.args)
            for frame_name, local, value in _library_frame_locals(link.__traceback__):
                self.walk(f"chain[{position}] frame {frame_name} local {local}", value)

    def records(self, records: list[logging.LogRecord]) -> None:
        for record in records:
            self.texts.append((f"log {record.name}", record.getMessage()))
            self.texts.append((f"log {record.name} __dict__", repr(record.__dict__)))

    # ------------------------------------------------------------------ checking
    def leaks(self) -> list[str]:
        """Where a canary was found: ``'<what it was> in <where>'`` for each."""
        found = []
        for where, text in self.texts:
            if SECRET in text:
                found.append(f"secret in {where}")
            if any(card in text for card in CARD_FORMS):
                found.append(f"card number in {where}")
            if self._cvv and CVV_PATTERN.search(text):
                found.append(f"cvv in {where}")
        return found

    def assert_clean(self) -> None:
        assert self.texts
        leaks = self.leaks()
        assert leaks == [], "\n".join(leaks[:20])


def _content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:
        return b""


def _attribute_names(value: Any) -> Iterator[str]:
    names = set(getattr(value, "__dict__", {}))
    for klass in type(value).__mro__:
        names.update(getattr(klass, "__slots__", ()))
        if isinstance(value, BaseException):
            names.update(name for name, item in vars(klass).items() if isinstance(item, property))
    for name in sorted(names):
        if not name.startswith("__") and name not in _SKIPPED_ATTRIBUTES:
            yield name


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException] = [error]
    while todo:
        link = todo.pop()
        if id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        for nxt in (link.__cause__, link.__context__):
            if nxt is not None:
                todo.append(nxt)


# The frames of the library and of what it drives; the test's own frames hold the canaries it passes in.
_LIBRARY_PARTS = ("/cashfree_facade/", "/cashfree_openapi/", "/httpx/", "/httpcore/", "/h11/", "/anyio/")


def _library_frame_locals(tb: TracebackType | None) -> Iterator[tuple[str, str, Any]]:
    while tb is not None:
        frame = tb.tb_frame
        if any(part in frame.f_code.co_filename for part in _LIBRARY_PARTS):
            for name, value in frame.f_locals.items():
                yield frame.f_code.co_qualname, name, value
        tb = tb.tb_next


def closed_port() -> int:
    """A port nothing listens on: bound, then closed."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


CARD_METHOD = pm.card(CARD, "03", "28", CVV, holder_name="Canary Holder")
RAW_CARD = {
    "card": {"channel": "link", "card_number": CARD, "card_expiry_mm": "03", "card_expiry_yy": "28", "card_cvv": CVV}
}
