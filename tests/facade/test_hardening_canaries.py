"""No card number, CVV or client secret is reachable from an error: its chain, its attributes, the locals of
its frames (what crash reporters such as Sentry capture), or the log records at DEBUG.

``Canaries.sweep`` gathers every text a crash reporter or a curious user could read from an exception:
``repr``/``str`` of the exception and of everything in its chain (``__cause__``, ``__context__``), of their
attributes and of what those hold (an httpx request's headers and body, a response's request ...), the
formatted ``traceback.TracebackException(..., capture_locals=True)``, and every local of every frame, walked
into dicts, lists and tuples the way Sentry's serializer does. The e2e tests import it too.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import traceback
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any

import httpx
import pytest

from cashfree_facade import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncCashfree,
    AuthenticationError,
    BadRequestError,
    Cashfree,
    InternalServerError,
    RateLimitError,
    WebhookVerificationError,
    webhooks,
)
from cashfree_facade import payment_methods as pm

from .conftest import Recorder, Sleeps, make_client, ok, run

SECRET = "cfsk_CANARY_7d1e5b_SECRET"
CARD = "4012888888881881"  # Luhn-valid, and in no response of the tests
CVV = "8642"
CARD_FORMS = (CARD, "4012 8888 8888 1881", "4012-8888-8888-1881")
# A CVV is four digits: look for it where a leak would put it (quoted, or after a cvv-like key).
CVV_PATTERN = re.compile(rf"""(['"]){CVV}\1|cvv\W{{0,8}}{CVV}(?!\d)""", re.IGNORECASE)
TOKEN_DATA = {
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


def caught(
    call: Callable[[], Any], expected: type[BaseException] | tuple[type[BaseException], ...] = Exception
) -> BaseException:
    with pytest.raises(expected) as info:
        run(call())
    return info.value


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
BAD_CHANNEL = {"card": {**RAW_CARD["card"], "channel": "carrier-pigeon"}}
CUSTOMER = {"customer_id": "cust_canary", "customer_phone": "9898989898"}


def _calls(cf: Any) -> dict[str, Callable[[], Any]]:
    """Calls that carry a canary: the card and CVV in the body (session calls) or the secret in a header."""
    return {
        "pay with a builder": lambda: cf.orders.pay("session_canary", CARD_METHOD),
        "pay with a raw mapping": lambda: cf.orders.pay("session_canary", RAW_CARD),
        "authorize with token data": lambda: cf.orders.authorize("session_canary", authorization_data=TOKEN_DATA),
        "create an order (secret)": lambda: cf.orders.create(
            order_amount=10, order_currency="INR", customer_details=CUSTOMER
        ),
        "list payments (secret)": lambda: cf.payments.list("order_canary"),
    }


def _carries_a_cvv(name: str) -> bool:
    return name.startswith("pay")


# Each answer is made afresh per call (an httpx exception keeps the first request it was raised with).
ERROR_ANSWERS: dict[str, tuple[Callable[[], Any], type[BaseException]]] = {
    "timeout": (lambda: httpx.ReadTimeout(f"timed out sending {SECRET} {CARD}"), APITimeoutError),
    "400": (
        lambda: ok({"message": f"card {CARD} cvv {CVV} refused", "code": "card_number_invalid"}, status=400),
        BadRequestError,
    ),
    "401": (
        lambda: ok({"message": f"wrong secret {SECRET}", "code": "authentication_failed"}, status=401),
        AuthenticationError,
    ),
    "429": (lambda: ok({"message": "slow down"}, status=429, **{"x-ratelimit-retry": "30"}), RateLimitError),
    "500": (lambda: ok({"message": f"failed for {CARD}"}, status=500), InternalServerError),
    "unreadable JSON": (lambda: ok([f"{CARD} {SECRET}", {"card_cvv": CVV}]), APIResponseValidationError),
    "not JSON": (
        lambda: httpx.Response(200, text=f"<html>{CARD} {SECRET} cvv {CVV}</html>"),
        APIResponseValidationError,
    ),
}


@pytest.mark.parametrize("answer", sorted(ERROR_ANSWERS))
def test_no_canary_reachable_from_errors_of_answers(mode: str, answer: str, caplog: pytest.LogCaptureFixture) -> None:
    """Each answer echoes every canary: the client scrubs what it knows (its secret, what the call sent)."""
    caplog.set_level(logging.DEBUG)
    make_answer, expected = ERROR_ANSWERS[answer]
    for name in _calls(None):
        canaries = Canaries(cvv=_carries_a_cvv(name))
        recorder = Recorder(lambda _request: _raise_or_return(make_answer()))
        cf = make_client(mode, recorder, client_secret=SECRET)
        canaries.error(caught(_calls(cf)[name], expected))
        canaries.records(caplog.records)
        canaries.assert_clean()
        caplog.clear()


def _raise_or_return(answer: Any) -> httpx.Response:
    if isinstance(answer, Exception):
        raise answer
    response: httpx.Response = answer
    return response


def test_no_canary_reachable_from_a_connection_error_on_a_closed_port(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    base_url = f"http://127.0.0.1:{closed_port()}/pg"
    client_class = Cashfree if mode == "sync" else AsyncCashfree
    canaries = Canaries()
    cf = client_class("canary_id", SECRET, base_url=base_url, max_retries=1)
    cf._sleep = Sleeps().sync if mode == "sync" else Sleeps().async_
    for call in _calls(cf).values():
        error = caught(call, APIConnectionError)  # each async call on a fresh event loop
        assert type(error) is APIConnectionError
        canaries.error(error)
    canaries.records(caplog.records)
    canaries.assert_clean()


def test_local_validation_errors_show_no_canary(mode: str) -> None:
    """Refused before sending: a bad option, a bad variant, a bad builder argument; nothing in the frames either."""
    cf = make_client(mode, Recorder(ok({})), client_secret=SECRET)
    canaries = Canaries()
    attempts: list[Callable[[], Any]] = [
        lambda: cf.orders.pay("session_canary", CARD_METHOD, idempotency_key="k\u00e9y"),
        lambda: cf.orders.pay("session_canary", CARD_METHOD, request_id="r" * 101),
        lambda: cf.orders.pay("session_canary", BAD_CHANNEL),
        lambda: cf.orders.pay("session_canary", {"card": RAW_CARD["card"], "upi": {}}),
        lambda: cf.orders.pay("session_canary", RAW_CARD, timeout=float("nan")),
        lambda: cf.orders.authorize("session_canary", authorization_data={**TOKEN_DATA, "eci": 2}, unknown=1),
        lambda: pm.card(CARD, "13", "28", CVV),
        lambda: pm.card(CARD, "03", "28", CVV + "9"),
        lambda: pm.card_emi(CARD, "03", "28", CVV, bank="nobank", tenure=3),
    ]
    for attempt in attempts:
        canaries.error(caught(attempt, (ValueError, TypeError)))
    canaries.assert_clean()


def test_the_sweep_finds_each_canary_where_a_leak_would_put_it() -> None:
    """The search works: a canary in a chained exception's request, in a local, in a log record, is found."""
    request = httpx.Request("POST", "http://x/pg/orders", headers={"x-client-secret": SECRET}, json={"n": CARD})
    try:
        try:
            raise httpx.ConnectError("refused", request=request)
        except httpx.ConnectError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        canaries = Canaries()
        canaries.error(outer)
        assert any("secret in" in leak for leak in canaries.leaks())
        assert any("card number in" in leak for leak in canaries.leaks())

    def holds_a_cvv(body: dict[str, str]) -> None:
        raise ValueError(f"no value in the message ({len(body)} fields)")

    try:
        holds_a_cvv({"card_cvv": CVV})
    except ValueError as error:
        canaries = Canaries()
        canaries.error(error)
        assert [leak for leak in canaries.leaks() if leak.startswith("cvv in")]
    record = logging.LogRecord("x", logging.DEBUG, __file__, 1, "sent %s", (CARD,), None)
    canaries = Canaries()
    canaries.records([record])
    assert canaries.leaks()


def test_webhook_verification_errors_show_no_secret() -> None:
    """The verifying frame holds the secret and the expected signature: a refused webhook shows neither."""
    body = b'{"type": "PAYMENT_SUCCESS_WEBHOOK", "data": {}}'
    cf = Cashfree("canary_id", SECRET)
    canaries = Canaries()
    with pytest.raises(WebhookVerificationError) as forged:
        cf.webhooks.verify(body, {"x-webhook-signature": "forged", "x-webhook-timestamp": "1760000000000"})
    canaries.error(forged.value)
    expected = webhooks.compute_signature(body, "1760000000000", SECRET)
    assert not [where for where, text in canaries.texts if expected in text]
    stale = {"x-webhook-signature": webhooks.compute_signature(body, "1000", SECRET), "x-webhook-timestamp": "1000"}
    for headers in (stale, {"x-webhook-timestamp": "1000"}):
        with pytest.raises(WebhookVerificationError) as caught:
            cf.webhooks.verify(body, headers)
        canaries.error(caught.value)
    canaries.assert_clean()
