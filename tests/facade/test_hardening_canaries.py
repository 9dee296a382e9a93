"""No card number, CVV or client secret is reachable from an error: its chain, its attributes, the locals of
its frames (what crash reporters such as Sentry capture), or the log records at DEBUG. The sweep is
``tests.support.canaries.Canaries``; the last test here shows it finds each canary where a leak would put it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
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
from tests.support.canaries import (
    CARD,
    CARD_METHOD,
    CVV,
    RAW_CARD,
    SECRET,
    TOKEN_DATA,
    Canaries,
    closed_port,
)
from tests.support.fake_time import Sleeps
from tests.support.mock_transport import Recorder, make_client, ok, run


def caught(
    call: Callable[[], Any], expected: type[BaseException] | tuple[type[BaseException], ...] = Exception
) -> BaseException:
    with pytest.raises(expected) as info:
        run(call())
    return info.value


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
