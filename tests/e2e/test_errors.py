"""Every error status the mock can answer, as the error class the facade raises, with what the user reads."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from cashfree_facade import (
    APIConnectionError,
    APIStatusError,
    AsyncCashfree,
    AuthenticationError,
    BadRequestError,
    Cashfree,
    CashfreeError,
    ConflictError,
    IdempotencyError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from cashfree_facade import payment_methods as pm
from cashfree_mock import MockServer
from tests.support.fake_time import no_sleep
from tests.support.harness import Harness, control, harness_for

ERROR_TYPES = {401: "authentication_error", 422: "idempotency_error", 429: "rate_limit_error"}
RETRYABLE = {408, 429, 500, 502, 503, 504}
CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: IdempotencyError,
    429: RateLimitError,
}


def expected_class(status: int) -> type[APIStatusError]:
    return InternalServerError if status >= 500 else CLASSES.get(status, APIStatusError)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 408, 409, 418, 422, 429, 451, 499, 500, 501, 502, 503, 599])
def test_injected_status_is_its_error_class(harness: Harness, status: int) -> None:
    h = harness
    order = h.order()
    h.fault("/pg/orders/*/payments", method="GET", status=status, count=3)
    with pytest.raises(APIStatusError) as caught:
        h(h.cf.payments.list(order.order_id, request_id=f"req-{status}"))
    error = caught.value
    assert type(error) is expected_class(status)
    assert error.status_code == status
    assert error.code == "request_failed"
    assert error.type == ERROR_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
    assert error.request_id == f"req-{status}"
    assert str(error) == f"{status} request_failed: injected fault: status {status} (request_id=req-{status})"
    # Retryable statuses use up the default two retries; others are raised at once.
    retries = 2 if status in RETRYABLE else 0
    assert len(h.sleeps) == retries
    assert h.state()["faults"] == (0 if retries else 1)


def test_every_status_from_400_to_599(server: MockServer) -> None:
    """The whole range once, sync over loopback: class, status, and retried or not."""
    with harness_for("sync", server) as h:
        order = h.order()
        for status in range(400, 600):
            h.sleeps.clear()
            h.control("DELETE", "/faults")
            h.fault("/pg/orders/*/payments", method="GET", status=status, count=3)
            with pytest.raises(APIStatusError) as caught:
                h.cf.payments.list(order.order_id)
            assert type(caught.value) is expected_class(status), status
            assert caught.value.status_code == status
            assert len(h.sleeps) == (2 if status in RETRYABLE else 0), status


def test_errors_the_mock_answers_itself(harness: Harness) -> None:
    h = harness
    order = h.order(order_id="order_e2e_errors")

    with pytest.raises(ConflictError) as conflict:
        h.order(order_id="order_e2e_errors")
    assert conflict.value.code == "order_already_exists"
    assert conflict.value.type == "invalid_request_error"
    assert str(conflict.value).startswith("409 order_already_exists: order_id already exists (request_id=")

    raw_card = {"card": {"channel": "link", "card_number": "4111111111111112", "card_expiry_mm": "03"}}
    raw_card["card"] |= {"card_expiry_yy": "28", "card_cvv": "123"}
    with pytest.raises(BadRequestError) as luhn:
        h(h.cf.orders.pay(order.payment_session_id, raw_card))
    assert luhn.value.code == "card_number_invalid"
    assert "4111111111111112" not in str(luhn.value)

    no_cvv = {"card": {"channel": "link", "card_number": "4111111111111111"}}
    no_cvv["card"] |= {"card_expiry_mm": "03", "card_expiry_yy": "28"}
    with pytest.raises(BadRequestError) as cvv:
        h(h.cf.orders.pay(order.payment_session_id, no_cvv))
    assert cvv.value.code == "card_cvv_invalid"

    with pytest.raises(BadRequestError) as version:
        h(h.cf.with_options(api_version="2025-01-01").payments.list(order.order_id))
    assert version.value.code == "version_invalid"

    with pytest.raises(AuthenticationError) as auth:
        h(h.cf.with_options(client_id="someone_else").payments.list(order.order_id))
    assert auth.value.type == "authentication_error"

    with pytest.raises(NotFoundError) as session:
        h(h.cf.orders.pay("session_unknown", pm.upi_intent()))
    assert session.value.code == "payment_session_id_invalid"
    with pytest.raises(NotFoundError) as unknown_order:
        h(h.cf.payments.list("order_unknown"))
    assert unknown_order.value.code == "order_not_found"
    with pytest.raises(NotFoundError):
        h(h.cf.payments.submit_otp("9999999999999", "111000"))

    pay = h(h.cf.orders.pay(order.payment_session_id, pm.upi_intent()))
    other = h.order()
    with pytest.raises(NotFoundError) as foreign:
        h(h.cf.payments.get(other.order_id, pay.cf_payment_id))
    assert foreign.value.code == "payment_not_found"
    with pytest.raises(NotFoundError):
        h(h.cf.payments.get(order.order_id, "not-a-number"))
    assert h.sleeps == []  # none of these is retried


def test_expired_order_cannot_be_paid(harness: Harness) -> None:
    h = harness
    past = datetime.now(UTC) - timedelta(minutes=5)
    order = h.order(order_expiry_time=past)
    assert order.order_status == "EXPIRED"
    with pytest.raises(BadRequestError) as expired:
        h(h.cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash")))
    assert expired.value.code == "order_expired"


def test_session_calls_need_no_credentials_and_the_others_fail_before_sending(harness: Harness) -> None:
    h = harness
    order = h.order()
    anonymous_class = AsyncCashfree if h.mode == "async" else Cashfree
    anonymous = anonymous_class(base_url=h.cf.base_url, http_client=h.cf._http)
    pay = h(anonymous.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash")))
    assert pay.cf_payment_id
    before = h.state()
    with pytest.raises(CashfreeError) as missing:
        h(anonymous.orders.create(order_amount=10, order_currency="INR"))
    assert not isinstance(missing.value, APIStatusError)
    assert "client_id and client_secret" in str(missing.value)
    assert h.state() == before


def test_rate_limit_waits_what_the_mock_asks(mode: str) -> None:
    clock_now = datetime(2026, 3, 1, 10, 0, 15, tzinfo=UTC)
    with harness_for(mode, rate_limits=True, clock=lambda: clock_now) as h:
        for _ in range(30):
            h.order(Decimal(10))
        with pytest.raises(RateLimitError) as limited:
            h.order(Decimal(10))
        error = limited.value
        assert error.status_code == 429
        assert error.code == "rate_limit_exceeded"
        assert error.retry_after == 45  # the window ends at 10:01:00
        assert error.headers["x-ratelimit-remaining"] == "0"
        # Two retries, each after the wait the mock asked for, then the error.
        assert h.sleeps == [45.0, 45.0]
        assert h.state()["orders"] == 30


def test_connection_refused_is_a_connection_error(mode: str) -> None:
    with MockServer(log_level="critical") as gone:
        base_url = gone.base_url
    client_class = AsyncCashfree if mode == "async" else Cashfree
    cf = client_class("id", "secret", base_url=base_url)
    sleeps = no_sleep(cf)

    def call() -> Any:
        if isinstance(cf, AsyncCashfree):
            return asyncio.run(cf.payments.list("order_1"))
        return cf.payments.list("order_1")

    with pytest.raises(APIConnectionError) as caught:
        call()
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "GET /orders/order_1/payments: connection error" in str(caught.value)
    assert len(sleeps) == 2


def test_timeout_is_retried_then_raised(server: MockServer) -> None:
    from cashfree_facade import APITimeoutError

    with harness_for("sync", server) as h:
        order = h.order()
        h.fault("/pg/orders/*/payments", method="GET", delay_ms=400, count=3)
        with pytest.raises(APITimeoutError) as caught:
            h.cf.payments.list(order.order_id, timeout=0.05)
        assert isinstance(caught.value, APIConnectionError)
        assert str(caught.value) == f"GET /orders/{order.order_id}/payments timed out"
        assert len(h.sleeps) == 2
        # The mock kept serving: the next call (no fault left) works.
        assert control(server, "GET", "/faults") == []
        assert h.cf.payments.list(order.order_id) == []
