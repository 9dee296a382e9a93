"""The facade against the stateful simulator: sync over a loopback server, async in-process (ASGI)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from cashfree_facade import (
    API_VERSION,
    AsyncCashfree,
    AuthenticationError,
    AuthorizationDataParam,
    BadRequestError,
    Cashfree,
    ConflictError,
    CustomerDetailsParam,
    NotFoundError,
    Payment,
    webhooks,
)
from cashfree_facade import payment_methods as pm
from cashfree_mock import MockServer, create_app
from cashfree_openapi.models import PaymentMethodCardInPaymentsEntity, PaymentMethodUPIInPaymentsEntity
from tests.support.fake_time import no_sleep
from tests.support.harness import control

CUSTOMER: CustomerDetailsParam = {"customer_id": "cust_001", "customer_phone": "9898989898"}
CARD = pm.card("4111111111111111", "03", "28", "123", channel="post")
TOKEN_DATA: AuthorizationDataParam = {
    "authentication_token": "BwABBJQ1AgAAAAAgJDUCAAAAAAA=",
    "eci": "02",
    "token_number": "4111111111111111",
    "token_expiry_year": "2029",
    "token_expiry_month": "09",
    "token_cryptogram": "/wAAAAAAUSwFGXgAAAAAgPAAAA=",
    "transaction_type": "TOKEN",
}


@pytest.fixture
def cf(server: MockServer) -> Iterator[Cashfree]:
    control(server, "POST", "/reset")
    with Cashfree(server.client_id, server.client_secret, base_url=server.base_url) as client:
        no_sleep(client)
        yield client


def _order(cf: Cashfree, **extra: Any) -> Any:
    return cf.orders.create(order_amount=Decimal("10.34"), order_currency="INR", customer_details=CUSTOMER, **extra)


def test_upi_collect_success_and_failure(cf: Cashfree) -> None:
    order = _order(cf)
    assert order.amount == Decimal("10.34")
    assert order.request_id
    pay = cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
    payment = cf.payments.get(order.order_id, pay.cf_payment_id)
    assert isinstance(payment, Payment)
    assert payment.payment_status == "SUCCESS"
    assert isinstance(payment.payment_method, PaymentMethodUPIInPaymentsEntity)
    assert payment.payment_method.upi.upi_id == "testsuccess@gocash"

    failing = _order(cf)
    pay = cf.orders.pay(failing.payment_session_id, pm.upi_collect("testfailure@gocash"))
    assert cf.payments.get(failing.order_id, pay.cf_payment_id).payment_status == "FAILED"


def test_card_native_otp(cf: Cashfree) -> None:
    order = _order(cf)
    pay = cf.orders.pay(order.payment_session_id, CARD)
    assert pay.action == "post"
    wrong = cf.payments.submit_otp(pay.cf_payment_id, "000000")
    assert wrong.authenticate_status == "FAILED"
    resent = cf.payments.resend_otp(pay.cf_payment_id)
    assert resent.request_id
    right = cf.payments.submit_otp(pay.cf_payment_id, "111000")
    assert right.authenticate_status == "SUCCESS"
    (payment,) = cf.payments.list(order.order_id)
    assert isinstance(payment.payment_method, PaymentMethodCardInPaymentsEntity)
    assert payment.payment_method.card.card_number == "XXXXXXXXXXXX1111"
    with pytest.raises(BadRequestError):
        cf.payments.submit_otp(pay.cf_payment_id, "111000")


def test_netbanking_completed_by_the_outcome_endpoint(cf: Cashfree, server: MockServer) -> None:
    order = _order(cf)
    pay = cf.orders.pay(order.payment_session_id, pm.netbanking(3333))
    assert pay.action == "link"
    assert cf.payments.get(order.order_id, pay.cf_payment_id).payment_status == "PENDING"
    control(server, "POST", f"/payments/{pay.cf_payment_id}/outcome", {"payment_status": "SUCCESS"})
    payment = cf.payments.get(order.order_id, pay.cf_payment_id)
    assert payment.payment_status == "SUCCESS"
    assert payment.payment_method_name == "netbanking"


def test_preauthorisation_capture_and_void(cf: Cashfree) -> None:
    order = _order(cf, order_note="preauth_transaction")
    pay = cf.orders.pay(order.payment_session_id, CARD)
    cf.payments.submit_otp(pay.cf_payment_id, "111000")
    held = cf.payments.get(order.order_id, pay.cf_payment_id)
    assert held.is_captured is False
    captured = cf.orders.capture(order.order_id, amount=Decimal("5.50"))
    assert captured.is_captured is True
    assert captured.authorization
    assert captured.authorization.captured_amount == 5.5

    other = _order(cf, order_note="preauth_transaction")
    pay = cf.orders.pay(other.payment_session_id, CARD)
    cf.payments.submit_otp(pay.cf_payment_id, "111000")
    voided = cf.orders.void(other.order_id)
    assert voided.authorization
    assert voided.authorization.action == "VOID"


def test_authorize_session(cf: Cashfree) -> None:
    order = _order(cf)
    payment = cf.orders.authorize(order.payment_session_id, authorization_data=TOKEN_DATA)
    assert isinstance(payment, Payment)
    assert payment.order_id == order.order_id


def test_other_payment_methods_are_accepted(cf: Cashfree) -> None:
    for method in (
        pm.upi_intent(),
        pm.upi_qrcode(),
        pm.wallet("phonepe", "9898989898"),
        pm.card_emi("4111111111111111", "03", "28", "123", bank="hdfc", tenure=3),
        pm.paylater("lazypay", "8714268343"),
        pm.banktransfer(),
    ):
        order = _order(cf)
        pay = cf.orders.pay(order.payment_session_id, method)
        assert pay.cf_payment_id
        assert pay.payment_method == method.kind


def test_errors_as_the_user_sees_them(cf: Cashfree, server: MockServer) -> None:
    _order(cf, order_id="order_fixed_1")
    with pytest.raises(ConflictError) as conflict:
        _order(cf, order_id="order_fixed_1")
    assert conflict.value.code == "order_already_exists"
    assert conflict.value.request_id
    with pytest.raises(NotFoundError):
        cf.orders.pay("session_missing", pm.upi_intent())
    wrong = cf.with_options(client_secret="not-the-secret")
    with pytest.raises(AuthenticationError) as auth:
        wrong.payments.list("order_fixed_1")
    assert "not-the-secret" not in str(auth.value)
    with pytest.raises(BadRequestError):
        cf.with_options(api_version="1999-01-01").payments.list("order_fixed_1")


def test_retried_payment_is_charged_once(cf: Cashfree, server: MockServer) -> None:
    order = _order(cf)
    # The first attempt commits the payment, then answers 500; the retry (same key) gets the stored answer.
    control(
        server,
        "POST",
        "/faults",
        {"path": "/pg/orders/sessions", "method": "POST", "status": 500, "after_commit": True},
    )
    pay = cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
    assert len(cf.payments.list(order.order_id)) == 1
    assert pay.cf_payment_id == cf.payments.list(order.order_id)[0].cf_payment_id
    # A dropped connection on create: retried with the same key, one order.
    control(server, "POST", "/faults", {"path": "/pg/orders", "drop": True})
    _order(cf)
    assert control(server, "GET", "/state")["orders"] == 2


def test_webhooks_from_the_mock_verify(cf: Cashfree, server: MockServer) -> None:
    order = _order(cf, order_meta={"notify_url": "https://example.com/hook"})
    cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
    (hook,) = control(server, "GET", "/webhooks")["data"]
    event = cf.webhooks.verify(hook["body"].encode(), hook["headers"])
    assert isinstance(event, webhooks.PaymentWebhookEvent)
    assert event.type == "PAYMENT_SUCCESS_WEBHOOK"
    assert event.order.order_id == order.order_id
    assert event.order.amount == order.amount
    assert event.payment.payment_status == "SUCCESS"
    assert event.payment.amount == order.amount
    assert event.payment.payment_method_name == "upi"


# ---------------------------------------------------------------- async, in-process
@pytest.fixture
async def acf() -> AsyncIterator[AsyncCashfree]:
    app = create_app(client_id="async_id", client_secret="async_secret")
    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport) as http,
        AsyncCashfree("async_id", "async_secret", base_url="http://mock/pg", http_client=http) as client,
    ):
        yield client


@pytest.mark.anyio
async def test_async_journey_every_method(acf: AsyncCashfree) -> None:
    order = await acf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
    pay = await acf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
    assert (await acf.payments.get(order.order_id, pay.cf_payment_id)).payment_status == "SUCCESS"

    card_order = await acf.orders.create(
        order_amount=20, order_currency="INR", customer_details=CUSTOMER, order_note="preauth_transaction"
    )
    card_pay = await acf.orders.pay(card_order.payment_session_id, CARD)
    await acf.payments.resend_otp(card_pay.cf_payment_id)
    assert (await acf.payments.submit_otp(card_pay.cf_payment_id, "111000")).authenticate_status == "SUCCESS"
    captured = await acf.orders.capture(card_order.order_id, amount=20)
    assert captured.is_captured is True

    void_order = await acf.orders.create(
        order_amount=20, order_currency="INR", customer_details=CUSTOMER, order_note="preauth_transaction"
    )
    void_pay = await acf.orders.pay(void_order.payment_session_id, CARD)
    await acf.payments.submit_otp(void_pay.cf_payment_id, "111000")
    voided = await acf.orders.void(void_order.order_id)
    assert voided.authorization
    assert voided.authorization.action == "VOID"

    token_order = await acf.orders.create(order_amount=1, order_currency="INR", customer_details=CUSTOMER)
    authorised = await acf.orders.authorize(token_order.payment_session_id, authorization_data=TOKEN_DATA)
    assert authorised.order_id == token_order.order_id

    payments = await acf.payments.list(card_order.order_id)
    assert [p.payment_method_name for p in payments] == ["card"]
    assert payments.request_id


@pytest.mark.anyio
async def test_async_errors_and_version(acf: AsyncCashfree) -> None:
    with pytest.raises(NotFoundError):
        await acf.payments.list("order_that_does_not_exist")
    with pytest.raises(AuthenticationError):
        await acf.with_options(client_secret="nope").payments.list("x")
    order = await acf.orders.create(order_amount=1, order_currency="INR", customer_details=CUSTOMER)
    assert order.request_id
    assert API_VERSION == "2026-01-01"
