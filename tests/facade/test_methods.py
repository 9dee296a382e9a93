"""Every method, sync and async, over MockTransport: method, path, headers, body and typed result."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest

import cashfree_openapi
from cashfree_facade import API_VERSION, Order, OrderPayResult, OtpResult, Payment, PaymentList
from cashfree_facade import payment_methods as pm
from cashfree_openapi.models import PaymentMethodUPIInPaymentsEntity, PaymentStatus
from tests.support.mock_transport import CLIENT_ID, CLIENT_SECRET, Recorder, make_client, ok, run
from tests.support.spec import example

CUSTOMER = {"customer_id": "cust_001", "customer_phone": "9898989898"}
# An OTP answer with the fields every one carries (the spec's AuthenticatePaymentEntity.required).
OTP_SENT = {"cf_payment_id": "1", "action": "RESEND_OTP", "authenticate_status": "SUCCESS", "payment_message": None}


def _order_example(spec: dict[str, Any]) -> Any:
    return example(spec, "/orders", "post", "created")


def test_create_order(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(_order_example(spec), request_id="req_create"))
    cf = make_client(mode, recorder)
    order = run(
        cf.orders.create(
            order_amount=Decimal("10.34"),
            order_currency="INR",
            customer_details=CUSTOMER,
            order_id="order_42",
            order_note="a note",
            order_tags={"k": "v"},
        )
    )
    request = recorder.last
    assert (request.method, request.url.path) == ("POST", "/pg/orders")
    assert str(request.url) == "https://sandbox.cashfree.com/pg/orders"
    assert request.headers["x-api-version"] == API_VERSION
    assert request.headers["x-client-id"] == CLIENT_ID
    assert request.headers["x-client-secret"] == CLIENT_SECRET
    assert request.headers["content-type"] == "application/json"
    assert request.headers["x-idempotency-key"]
    assert recorder.body() == {
        "order_amount": 10.34,
        "order_currency": "INR",
        "customer_details": CUSTOMER,
        "order_id": "order_42",
        "order_note": "a note",
        "order_tags": {"k": "v"},
    }
    assert b'"order_amount":10.34' in request.content
    assert isinstance(order, Order)
    assert order.request_id == "req_create"
    assert order.order_id == "order_3242Tq4Edj9CC5RDcMeobmJOWOBJij"
    assert order.payment_session_id.startswith("session_")
    assert order.amount == Decimal("22")
    assert order.terminal_data is None


def test_pay_order_sends_no_credentials(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, "/orders/sessions", "post", "card_post")))
    cf = make_client(mode, recorder)
    result = run(
        cf.orders.pay(
            "session_abc",
            pm.card("4111111111111111", "03", "28", "123", channel="post"),
            save_instrument=True,
            offer_id="offer_1",
            request_id="my-request",
        )
    )
    request = recorder.last
    assert (request.method, request.url.path) == ("POST", "/pg/orders/sessions")
    assert "x-client-secret" not in request.headers
    assert "x-client-id" not in request.headers
    assert request.headers["x-request-id"] == "my-request"
    assert recorder.body() == {
        "payment_session_id": "session_abc",
        "payment_method": {
            "card": {
                "channel": "post",
                "card_number": "4111111111111111",
                "card_expiry_mm": "03",
                "card_expiry_yy": "28",
                "card_cvv": "123",
            }
        },
        "save_instrument": True,
        "offer_id": "offer_1",
    }
    assert isinstance(result, OrderPayResult)
    assert result.action == "post"
    assert result.cf_payment_id == "91236"
    assert result.amount == Decimal("22.42")
    assert result.request_id == "req_123"


def test_pay_accepts_a_raw_mapping(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, "/orders/sessions", "post", "card_link")))
    cf = make_client(mode, recorder)
    run(cf.orders.pay("session_abc", {"upi": {"channel": "link"}}))
    assert recorder.body()["payment_method"] == {"upi": {"channel": "link"}}


def test_authorize_session(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, "/orders/sessions/authorize", "post", "authorised")))
    cf = make_client(mode, recorder)
    data = {"transaction_type": "TOKEN", "token_number": "4111111111111111", "eci": "02"}
    payment = run(cf.orders.authorize("session_abc", authorization_data=data))
    assert (recorder.last.method, recorder.last.url.path) == ("POST", "/pg/orders/sessions/authorize")
    assert "x-client-secret" not in recorder.last.headers
    assert recorder.body() == {"payment_session_id": "session_abc", "authorization_data": data}
    assert isinstance(payment, Payment)
    assert payment.payment_method_name == "card"
    assert payment.is_captured is False


def test_get_payment(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, "/orders/{order_id}/payments/{cf_payment_id}", "get", "upi")))
    cf = make_client(mode, recorder)
    payment = run(cf.payments.get("order_8123-x", 12376123))
    request = recorder.last
    assert request.method == "GET"
    assert request.url.raw_path == b"/pg/orders/order_8123-x/payments/12376123"
    assert request.headers["x-client-secret"] == CLIENT_SECRET
    assert "x-idempotency-key" not in request.headers
    assert request.content == b""
    assert isinstance(payment, Payment)
    assert payment.payment_status == PaymentStatus.SUCCESS
    assert isinstance(payment.payment_method, PaymentMethodUPIInPaymentsEntity)
    assert payment.amount == Decimal("10.01")


def test_list_payments(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, "/orders/{order_id}/payments", "get", "two"), request_id="req_list"))
    cf = make_client(mode, recorder)
    payments = run(cf.payments.list("order_8123"))
    assert (recorder.last.method, recorder.last.url.path) == ("GET", "/pg/orders/order_8123/payments")
    assert isinstance(payments, list)
    assert isinstance(payments, PaymentList)
    assert payments.request_id == "req_list"
    assert [p.payment_method_name for p in payments] == ["upi", "card"]
    assert all(p.request_id == "req_list" for p in payments)


def test_submit_and_resend_otp(mode: str, spec: dict[str, Any]) -> None:
    body = example(spec, "/orders/pay/authenticate/{cf_payment_id}", "post", "wrong_otp")
    recorder = Recorder(ok(body))
    cf = make_client(mode, recorder)
    result = run(cf.payments.submit_otp("975654863", "111000"))
    assert (recorder.last.method, recorder.last.url.path) == ("POST", "/pg/orders/pay/authenticate/975654863")
    assert "x-client-secret" not in recorder.last.headers
    assert recorder.body() == {"action": "SUBMIT_OTP", "otp": "111000"}
    assert isinstance(result, OtpResult)
    assert result.authenticate_status == "FAILED"
    run(cf.payments.resend_otp(975654863))
    assert recorder.body() == {"action": "RESEND_OTP"}


def test_capture_and_void(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, "/orders/{order_id}/authorization", "post", "captured")))
    cf = make_client(mode, recorder)
    captured = run(cf.orders.capture("order_1", amount=Decimal("5.5")))
    assert (recorder.last.method, recorder.last.url.path) == ("POST", "/pg/orders/order_1/authorization")
    assert recorder.last.headers["x-client-secret"] == CLIENT_SECRET
    assert recorder.body() == {"action": "CAPTURE", "amount": 5.5}
    assert isinstance(captured, Payment)
    run(cf.orders.void("order_1"))
    assert recorder.body() == {"action": "VOID"}


def test_every_request_pins_the_spec_version(mode: str, spec: dict[str, Any]) -> None:
    assert API_VERSION == cashfree_openapi.API_VERSION == spec["info"]["version"]
    recorder = Recorder(ok([]))
    run(make_client(mode, recorder).payments.list("o1"))
    assert recorder.last.headers["x-api-version"] == API_VERSION
    run(make_client(mode, recorder, api_version="2025-01-01").payments.list("o1"))
    assert recorder.last.headers["x-api-version"] == "2025-01-01"


def test_user_idempotency_key_and_request_id_are_sent(mode: str) -> None:
    recorder = Recorder(ok(OTP_SENT))
    cf = make_client(mode, recorder)
    run(cf.payments.resend_otp("1", idempotency_key="key-1", request_id="rid-1"))
    assert recorder.last.headers["x-idempotency-key"] == "key-1"
    assert recorder.last.headers["x-request-id"] == "rid-1"
    recorder.answers = [ok([])]
    run(cf.payments.list("o1", idempotency_key="key-2"))
    assert recorder.last.headers["x-idempotency-key"] == "key-2"


def test_each_post_gets_its_own_generated_key(mode: str) -> None:
    recorder = Recorder(ok(OTP_SENT))
    cf = make_client(mode, recorder)
    run(cf.payments.resend_otp("1"))
    run(cf.payments.resend_otp("1"))
    first, second = (r.headers["x-idempotency-key"] for r in recorder.requests)
    assert first != second
    for key in (first, second):  # a random (version 4) UUID
        parsed = uuid.UUID(key)
        assert str(parsed) == key
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122


def test_base_url_override(mode: str) -> None:
    recorder = Recorder(ok([]))
    run(make_client(mode, recorder, base_url="http://127.0.0.1:9999/pg/").payments.list("o1"))
    assert str(recorder.last.url) == "http://127.0.0.1:9999/pg/orders/o1/payments"


def test_authenticated_call_without_credentials_fails_before_sending(mode: str) -> None:
    from cashfree_facade import CashfreeError

    recorder = Recorder(ok([]))
    cf = make_client(mode, recorder, client_id=None, client_secret=None)
    with pytest.raises(CashfreeError, match="needs client_id and client_secret"):
        run(cf.payments.list("o1"))
    assert recorder.requests == []
    # Session-based calls need no credentials.
    recorder.answers = [ok(OTP_SENT)]
    run(cf.payments.resend_otp("1"))
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda cf: cf.payments.list(""), "order_id"),
        (lambda cf: cf.payments.get("o1", ""), "cf_payment_id"),
        (lambda cf: cf.payments.submit_otp("1", "12"), "otp"),
        (lambda cf: cf.payments.submit_otp("1", "12a456"), "otp"),
        (lambda cf: cf.orders.pay("", pm.upi_intent()), "payment_session_id"),
        (lambda cf: cf.orders.pay("s", {"crypto": {}}), "unknown variant 'crypto'"),
        (lambda cf: cf.orders.pay("s", {"upi": {}, "card": {}}), "one key"),
        (lambda cf: cf.orders.pay("s", {"upi": {"channel": "pigeon"}}), "payment_method.upi"),
        (lambda cf: cf.orders.pay("s", {"card": {"card_number": "4111"}}), "missing required field 'channel'"),
        (lambda cf: cf.orders.authorize("s", authorization_data={"transaction_type": "X"}), "authorization_data"),
        (lambda cf: cf.orders.create(order_amount=1, order_currency="INR", customer_details={}), "customer_id"),
        (lambda cf: cf.orders.capture("o1", amount=0.5), "amount"),
        (lambda cf: cf.payments.list("o1", request_id=""), "request_id"),
        (lambda cf: cf.payments.list("o1", idempotency_key="x" * 101), "idempotency_key"),
    ],
)
def test_local_validation_fails_before_any_request(mode: str, call: Any, message: str) -> None:
    recorder = Recorder(ok({}))
    cf = make_client(mode, recorder)
    with pytest.raises(ValueError, match=message):
        run(call(cf))
    assert recorder.requests == []


def test_unknown_keyword_is_a_type_error(mode: str) -> None:
    cf = make_client(mode, Recorder(ok({})))
    with pytest.raises(TypeError, match="unexpected keyword argument 'idempotencykey'"):
        run(cf.payments.list("o1", idempotencykey="k"))
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        run(cf.orders.create(order_amount=1, order_currency="INR", colour="red"))


def test_order_expiry_time_accepts_aware_datetimes(mode: str, spec: dict[str, Any]) -> None:
    import datetime

    recorder = Recorder(ok(_order_example(spec)))
    cf = make_client(mode, recorder)
    ist = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
    run(
        cf.orders.create(
            order_amount=1, order_currency="INR", order_expiry_time=datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=ist)
        )
    )
    assert recorder.body()["order_expiry_time"] == "2030-01-02T03:04:05+05:30"
    with pytest.raises(ValueError, match="order_expiry_time"):
        run(cf.orders.create(order_amount=1, order_currency="INR", order_expiry_time=datetime.datetime(2030, 1, 2)))
