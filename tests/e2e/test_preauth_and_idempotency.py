"""Pre-authorisation (hold, capture, void) and idempotent replay, through the facade against the mock."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cashfree_facade import (
    AuthenticationError,
    BadRequestError,
    IdempotencyError,
    InternalServerError,
    NotFoundError,
    Payment,
)
from cashfree_facade import payment_methods as pm
from cashfree_openapi.models import PaymentMethodCardInPaymentsEntity
from tests.support.fields import present
from tests.support.harness import Harness
from tests.support.sandbox_data import OTP_OK, TOKEN_DATA

PREAUTH = "preauth_transaction"
CARD_POST = pm.card("4111111111111111", "03", "28", "123", channel="post")


def _held(h: Harness, amount: Decimal = Decimal("100.00")) -> tuple[str, str]:
    """A pre-authorised card payment (order id, cf_payment_id), held and not captured."""
    order = h.order(amount, order_note=PREAUTH)
    pay = h(h.cf.orders.pay(order.payment_session_id, CARD_POST))
    h(h.cf.payments.submit_otp(pay.cf_payment_id, OTP_OK))
    return order.order_id, pay.cf_payment_id


def test_hold_then_partial_capture_then_nothing_more(harness: Harness) -> None:
    h = harness
    order_id, cf_payment_id = _held(h)
    held = h(h.cf.payments.get(order_id, cf_payment_id))
    assert held.payment_status == "SUCCESS"
    assert held.is_captured is False
    assert held.payment_message.startswith("PRE_AUTH|")
    assert held.authorization
    assert (held.authorization.status, held.authorization.action) == ("PENDING", None)
    assert held.authorization.captured_amount == 0
    assert h.mock_order(order_id)["order_status"] == "PAID"

    captured = h(h.cf.orders.capture(order_id, amount=Decimal("40.25")))
    assert isinstance(captured, Payment)
    assert captured.cf_payment_id == cf_payment_id
    assert captured.is_captured is True
    assert captured.authorization
    assert (captured.authorization.action, captured.authorization.status) == ("CAPTURE", "SUCCESS")
    assert Decimal(str(captured.authorization.captured_amount)) == Decimal("40.25")
    assert captured.authorization.action_reference
    assert h(h.cf.payments.get(order_id, cf_payment_id)).to_dict() == captured.to_dict()

    with pytest.raises(BadRequestError):
        h(h.cf.orders.capture(order_id, amount=Decimal("10")))
    with pytest.raises(BadRequestError):
        h(h.cf.orders.void(order_id))


def test_capture_above_the_authorised_amount_is_refused(harness: Harness) -> None:
    h = harness
    order_id, _ = _held(h, Decimal("50.00"))
    with pytest.raises(BadRequestError) as refused:
        h(h.cf.orders.capture(order_id, amount=Decimal("50.01")))
    assert refused.value.code == "amount_invalid"
    full = h(h.cf.orders.capture(order_id, amount=50))
    assert Decimal(str(full.authorization.captured_amount)) == Decimal(50)


def test_void_releases_the_order_for_another_payment(harness: Harness) -> None:
    h = harness
    order_id, cf_payment_id = _held(h)
    voided = h(h.cf.orders.void(order_id))
    assert voided.payment_status == "VOID"
    assert voided.authorization
    assert (voided.authorization.action, voided.authorization.status) == ("VOID", "SUCCESS")
    assert voided.authorization.captured_amount == 0
    assert h.mock_order(order_id)["order_status"] == "ACTIVE"
    with pytest.raises(BadRequestError):
        h(h.cf.orders.capture(order_id, amount=1))

    session = h.mock_order(order_id)["payment_session_id"]
    again = h(h.cf.orders.pay(session, pm.upi_collect("testsuccess@gocash")))
    payments = h(h.cf.payments.list(order_id))
    assert [(p.cf_payment_id, p.payment_status) for p in payments] == [
        (cf_payment_id, "VOID"),
        (again.cf_payment_id, "SUCCESS"),
    ]


def test_upi_authorize_only_is_a_preauthorisation(harness: Harness) -> None:
    h = harness
    order = h.order(Decimal(200))
    raw = {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash", "authorize_only": True}}
    pay = h(h.cf.orders.pay(order.payment_session_id, raw))
    held = h(h.cf.payments.get(order.order_id, pay.cf_payment_id))
    assert held.is_captured is False
    assert held.authorization
    assert held.authorization.status == "PENDING"
    captured = h(h.cf.orders.capture(order.order_id, amount=Decimal("199.99")))
    assert captured.is_captured is True


def test_authorized_session_is_held_then_captured(harness: Harness) -> None:
    h = harness
    order = h.order(Decimal(75))
    authorised = h(h.cf.orders.authorize(order.payment_session_id, authorization_data=TOKEN_DATA))
    assert isinstance(authorised, Payment)
    assert authorised.payment_status == "SUCCESS"
    assert authorised.is_captured is False
    assert authorised.payment_group == "debit_card"
    assert isinstance(authorised.payment_method, PaymentMethodCardInPaymentsEntity)
    assert present(authorised.payment_method.card).card_number == "XXXXXXXXXXXX2123"
    captured = h(h.cf.orders.capture(order.order_id, amount=75))
    assert captured.cf_payment_id == authorised.cf_payment_id
    assert captured.is_captured is True


def test_capture_or_void_without_a_preauthorisation(harness: Harness) -> None:
    h = harness
    order = h.order()
    h(h.cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash")))
    with pytest.raises(BadRequestError) as capture:
        h(h.cf.orders.capture(order.order_id, amount=1))
    assert capture.value.code == "request_invalid"
    with pytest.raises(BadRequestError):
        h(h.cf.orders.void(order.order_id))
    with pytest.raises(NotFoundError) as missing:
        h(h.cf.orders.void("order_that_does_not_exist"))
    assert missing.value.code == "order_not_found"


@pytest.mark.parametrize("action", ["capture", "void"])
def test_capture_and_void_lost_after_commit_happen_once(harness: Harness, action: str) -> None:
    # The mock captures (or voids), then answers 502; the retry carries the same key and gets the stored
    # success, not "already captured".
    h = harness
    order_id, cf_payment_id = _held(h)
    h.fault(f"/pg/orders/{order_id}/authorization", method="POST", status=502, after_commit=True)
    if action == "capture":
        result = h(h.cf.orders.capture(order_id, amount=30))
        assert result.authorization.action == "CAPTURE"
    else:
        result = h(h.cf.orders.void(order_id))
        assert result.payment_status == "VOID"
    assert len(h.sleeps) == 1
    assert h(h.cf.payments.get(order_id, cf_payment_id)).to_dict() == result.to_dict()


# ---------------------------------------------------------------- idempotency
def test_same_key_same_create_returns_the_first_order(harness: Harness) -> None:
    h = harness
    first = h.order(Decimal(10), idempotency_key="e2e-create-1")
    second = h.order(Decimal(10), idempotency_key="e2e-create-1")
    assert (second.order_id, second.cf_order_id, second.payment_session_id) == (
        first.order_id,
        first.cf_order_id,
        first.payment_session_id,
    )
    assert h.state()["orders"] == 1


def test_same_key_same_pay_is_charged_once(harness: Harness) -> None:
    h = harness
    order = h.order()
    method = pm.upi_collect("testsuccess@gocash")
    first = h(h.cf.orders.pay(order.payment_session_id, method, idempotency_key="e2e-pay-1"))
    # Paid already: only a replay can answer 200 here (a new attempt would be order_already_paid).
    second = h(h.cf.orders.pay(order.payment_session_id, method, idempotency_key="e2e-pay-1"))
    assert second.cf_payment_id == first.cf_payment_id
    assert len(h(h.cf.payments.list(order.order_id))) == 1
    with pytest.raises(BadRequestError) as paid:
        h(h.cf.orders.pay(order.payment_session_id, method))
    assert paid.value.code == "order_already_paid"


def test_same_key_with_another_body_is_an_idempotency_error(harness: Harness) -> None:
    h = harness
    h.order(Decimal(10), idempotency_key="e2e-create-2")
    with pytest.raises(IdempotencyError) as caught:
        h.order(Decimal(11), idempotency_key="e2e-create-2")
    assert caught.value.status_code == 422
    assert caught.value.code == "idempotency_error"
    assert caught.value.type == "idempotency_error"
    assert h.state()["orders"] == 1
    assert h.sleeps == []


def test_a_stored_error_is_replayed(harness: Harness) -> None:
    h = harness
    order = h.order()
    for _ in range(2):
        with pytest.raises(BadRequestError) as caught:
            h(h.cf.orders.pay(order.payment_session_id, pm.upi_collect("nobody@okbank"), idempotency_key="e2e-bad"))
        assert caught.value.code == "upi_id_invalid"
        assert caught.value.headers["x-idempotency-key"] == "e2e-bad"
    assert caught.value.headers["x-idempotency-replayed"] == "true"
    assert h.state()["payments"] == 0


def test_errors_in_front_of_the_api_are_not_stored(harness: Harness) -> None:
    h = harness
    wrong = h.cf.with_options(client_secret="not-the-secret")
    with pytest.raises(AuthenticationError):
        h(wrong.orders.create(order_amount=10, order_currency="INR", idempotency_key="e2e-front"))
    h.fault("/pg/orders", method="POST", status=503, count=3)
    with pytest.raises(InternalServerError):
        h.order(Decimal(10), idempotency_key="e2e-front")
    assert h.state()["orders"] == 0
    # Neither the 401 nor the injected 503s were stored: the key still creates the order.
    order = h(h.cf.orders.create(order_amount=10, order_currency="INR", idempotency_key="e2e-front"))
    assert order.order_status == "ACTIVE"
    assert h.state()["orders"] == 1


def test_each_logical_call_gets_its_own_key(harness: Harness) -> None:
    h = harness
    first, second = h.order(Decimal(10)), h.order(Decimal(10))
    assert first.order_id != second.order_id
    assert h.state()["orders"] == 2
    assert h.state()["idempotency_keys"] == 2
