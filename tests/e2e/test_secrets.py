"""Secrets never surface: a canary client secret, card number and CVV are searched for everywhere a user looks.

Every log record (DEBUG and up, the ``cashfree_facade`` logger and the root logger, with their ``extra``
attributes), the ``repr``/``str`` of clients, builders and results, and every exception raised (message,
``repr``, body, headers, the chained cause and the formatted traceback) across successful calls, retried
calls, failures (a 400 for a bad card from the mock, a 401 for a wrong secret, local validation) and
timeouts.
"""

from __future__ import annotations

import asyncio
import logging
import re
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

from cashfree_facade import (
    APIConnectionError,
    APITimeoutError,
    AsyncCashfree,
    AuthenticationError,
    BadRequestError,
    Cashfree,
    InternalServerError,
)
from cashfree_facade import payment_methods as pm
from cashfree_mock import MockServer
from cashfree_openapi.models import PaymentMethodCardInPaymentsEntity
from tests.support.fake_time import no_sleep
from tests.support.fields import present
from tests.support.harness import control
from tests.support.sandbox_data import CUSTOMER, OTP_OK

SECRET = "cfsk_CANARY_SECRET_9x7"
WRONG_SECRET = "cfsk_CANARY_WRONG_SECRET_5q2"
CARD = "4111111111111111"
CVV = "987"
CLIENT_ID = "canary_client_id"

# A CVV is three digits, so search for it where it would sit: quoted, or after a cvv-like key.
CVV_PATTERN = re.compile(rf"""(['"]){CVV}\1|cvv\W{{0,8}}{CVV}(?!\d)""", re.IGNORECASE)
CARD_PATTERNS = (CARD, "4111 1111 1111 1111", "4111-1111-1111-1111")


@pytest.fixture(scope="module")
def canary_server() -> Iterator[MockServer]:
    with MockServer(client_id=CLIENT_ID, client_secret=SECRET, log_level="critical") as running:
        yield running


class Seen:
    """Everything a user (or their log pipeline) could read."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def add(self, *values: Any) -> None:
        for value in values:
            self.texts.append(repr(value))
            self.texts.append(str(value))

    def error(self, error: BaseException) -> None:
        self.add(error, error.args)
        self.texts.append("".join(traceback.format_exception(error)))
        for name in ("message", "body", "headers", "code", "help", "request_id"):
            if hasattr(error, name):
                self.add(getattr(error, name))
        if error.__cause__ is not None:
            self.add(error.__cause__)

    def records(self, records: list[logging.LogRecord]) -> None:
        for record in records:
            self.texts.append(record.getMessage())
            self.texts.append(repr(record.__dict__))

    def assert_clean(self) -> None:
        assert self.texts
        for text in self.texts:
            assert SECRET not in text
            assert WRONG_SECRET not in text
            for card in CARD_PATTERNS:
                assert card not in text
            assert not CVV_PATTERN.search(text), text


def _raised(seen: Seen, expected: type[BaseException], call: Any) -> BaseException:
    with pytest.raises(expected) as caught:
        call()
    seen.error(caught.value)
    return caught.value


def test_no_secret_in_logs_reprs_or_errors_sync(canary_server: MockServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: the facade's records and httpx's
    caplog.set_level(logging.DEBUG, logger="cashfree_facade")
    control(canary_server, "POST", "/reset")
    seen = Seen()
    card = pm.card(CARD, "03", "28", CVV, holder_name="Canary", channel="post")
    with Cashfree(CLIENT_ID, SECRET, base_url=canary_server.base_url, max_retries=2) as cf:
        no_sleep(cf)
        seen.add(cf, cf.with_options(timeout=3), card, card.to_dict().keys())

        # Success, with retries on the way (a 503 before, a drop after commit).
        control(canary_server, "POST", "/faults", {"path": "/pg/orders", "status": 503})
        order = cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
        control(canary_server, "POST", "/faults", {"path": "/pg/orders/sessions", "drop": True, "after_commit": True})
        pay = cf.orders.pay(order.payment_session_id, card, save_instrument=True)
        otp = cf.payments.submit_otp(pay.cf_payment_id, OTP_OK)
        payment = cf.payments.get(order.order_id, pay.cf_payment_id)
        payments = cf.payments.list(order.order_id)
        seen.add(order, pay, otp, payment, payments, payment.to_dict(), payment.payment_method)
        assert isinstance(payment.payment_method, PaymentMethodCardInPaymentsEntity)
        saved = pm.saved_card(present(present(payment.payment_method.card).instrument_id), CVV)
        seen.add(saved)

        # A card the mock refuses (no expiry: 400 card_expiry_invalid), after a retried 500.
        raw = {"card": {"channel": "link", "card_number": CARD, "card_cvv": CVV}}
        second = cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
        control(canary_server, "POST", "/faults", {"path": "/pg/orders/sessions", "status": 500})
        bad = _raised(seen, BadRequestError, lambda: cf.orders.pay(second.payment_session_id, raw))
        assert bad.code == "card_expiry_invalid"  # type: ignore[attr-defined]

        # Retries exhausted with the card in the request.
        control(canary_server, "POST", "/faults", {"path": "/pg/orders/sessions", "status": 502, "count": 3})
        _raised(seen, InternalServerError, lambda: cf.orders.pay(second.payment_session_id, card))

        # A wrong secret: 401.
        wrong = cf.with_options(client_secret=WRONG_SECRET)
        seen.add(wrong)
        _raised(seen, AuthenticationError, lambda: wrong.payments.list(order.order_id))

        # Timeouts, on a call that carries the secret and on one that carries the card.
        control(canary_server, "POST", "/faults", {"path": "/pg/orders/*/payments", "delay_ms": 300, "count": 3})
        _raised(seen, APITimeoutError, lambda: cf.payments.list(order.order_id, timeout=0.05))
        third = cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
        control(canary_server, "POST", "/faults", {"path": "/pg/orders/sessions", "delay_ms": 300, "count": 3})
        _raised(seen, APITimeoutError, lambda: cf.orders.pay(third.payment_session_id, card, timeout=0.05))
        control(canary_server, "DELETE", "/faults")

        # Local validation: the builder names the field, never the value.
        _raised(seen, ValueError, lambda: pm.card("4111111111111112", "03", "28", CVV))
        _raised(seen, ValueError, lambda: pm.card(CARD, "13", "28", CVV))
        _raised(seen, ValueError, lambda: pm.card(CARD, "03", "28", CVV + "12"))
        _raised(seen, TypeError, lambda: __import__("pickle").dumps(card))

    # Nothing listens on the port any more: a connection error with the secret in the request.
    with MockServer(log_level="critical") as gone:
        base_url = gone.base_url
    with Cashfree(CLIENT_ID, SECRET, base_url=base_url, max_retries=1) as offline:
        no_sleep(offline)
        _raised(seen, APIConnectionError, lambda: offline.payments.list("order_1"))

    assert any(r.name == "cashfree_facade" and r.levelno == logging.DEBUG for r in caplog.records)
    assert any(r.name == "cashfree_facade" and r.levelno == logging.INFO for r in caplog.records)  # retries
    seen.records(caplog.records)
    seen.texts.append(caplog.text)
    seen.assert_clean()


def test_no_secret_in_logs_reprs_or_errors_async(canary_server: MockServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    control(canary_server, "POST", "/reset")
    seen = Seen()
    card = pm.card(CARD, "03", "28", CVV, channel="post")

    async def journey() -> None:
        async with AsyncCashfree(CLIENT_ID, SECRET, base_url=canary_server.base_url) as acf:
            no_sleep(acf)
            seen.add(acf)
            control(canary_server, "POST", "/faults", {"path": "/pg/orders/sessions", "drop": True})
            order = await acf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
            pay = await acf.orders.pay(order.payment_session_id, card)
            seen.add(order, pay, await acf.payments.submit_otp(pay.cf_payment_id, "000000"))
            seen.add(await acf.payments.list(order.order_id))
            with pytest.raises(AuthenticationError) as auth:
                await acf.with_options(client_secret=WRONG_SECRET).orders.create(order_amount=10, order_currency="INR")
            seen.error(auth.value)
            raw = {"card": {"channel": "link", "card_number": CARD, "card_expiry_mm": "03", "card_cvv": CVV}}
            with pytest.raises(BadRequestError) as bad:
                await acf.orders.pay(order.payment_session_id, raw)
            seen.error(bad.value)

    asyncio.run(journey())
    seen.records(caplog.records)
    seen.texts.append(caplog.text)
    seen.assert_clean()


def test_the_canaries_would_be_found() -> None:
    """The search itself works: each canary, placed where a leak would put it, is caught."""
    for leak in (f"x-client-secret: {SECRET}", f"card {CARD}", f"{{'card_cvv': '{CVV}'}}", f'"cvv": "{CVV}"'):
        seen = Seen()
        seen.texts.append(leak)
        with pytest.raises(AssertionError):
            seen.assert_clean()
