"""The lifecycle after the payment, through the client against the simulator, sync and async.

The journey of issue 9: create, pay, ``orders.get`` shows PAID, a partial refund, the refund processed on
the simulator's clock (moved, never waited for), ``refunds.list``, a second refund over the remaining
amount refused; an unpaid order terminated and then refused for payment. The simulator runs on an
injected clock, so a refund settles exactly when the test moves time past the processing delay.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from cashfree_facade import BadRequestError, ConflictError, NotFoundError, Refund
from cashfree_facade import payment_methods as pm
from cashfree_mock._sandbox import REFUND_PROCESSING_DELAY
from cashfree_openapi.models import OrderStatus, PaymentStatus, RefundStatus
from tests.support.fake_time import Clock
from tests.support.fields import without_nulls
from tests.support.harness import Harness, harness_for

UPI_OK = pm.upi_collect("testsuccess@gocash")


@pytest.fixture(params=["sync", "async"])
def timed(request: pytest.FixtureRequest, clock: Clock) -> Iterator[Harness]:
    """A harness whose simulator runs on ``clock``."""
    with harness_for(str(request.param), clock=clock) as h:
        yield h


def _paid_order(h: Harness, amount: Decimal) -> str:
    order = h.order(amount)
    pay = h(h.cf.orders.pay(order.payment_session_id, UPI_OK))
    assert h(h.cf.payments.get(order.order_id, pay.cf_payment_id)).payment_status == PaymentStatus.SUCCESS
    order_id: str = order.order_id
    return order_id


def test_the_journey(timed: Harness, clock: Clock) -> None:
    h, cf = timed, timed.cf

    # Create and pay; Get Order shows it PAID.
    order = h.order(Decimal("100.00"))
    assert h(cf.orders.get(order.order_id)).order_status == OrderStatus.ACTIVE
    pay = h(cf.orders.pay(order.payment_session_id, UPI_OK))
    assert h(cf.payments.get(order.order_id, pay.cf_payment_id)).payment_status == PaymentStatus.SUCCESS
    fetched = h(cf.orders.get(order.order_id))
    assert fetched.order_status == OrderStatus.PAID
    assert (fetched.amount, fetched.request_id is not None) == (Decimal(100), True)

    # A partial refund: PENDING, with the refund_id the client made.
    first = h(cf.refunds.create(order.order_id, refund_amount=Decimal("40.25"), refund_note="one damaged item"))
    assert isinstance(first, Refund)
    assert first.refund_status == RefundStatus.PENDING
    assert first.refund_id.startswith("refund_")
    assert (first.amount, first.order_id, first.processed_at) == (Decimal("40.25"), order.order_id, None)

    # Processed on the simulator's clock: not a moment before the delay, then SUCCESS with the bank's reference.
    clock.advance(seconds=REFUND_PROCESSING_DELAY.total_seconds() - 1)
    assert h(cf.refunds.get(order.order_id, first.refund_id)).refund_status == RefundStatus.PENDING
    clock.advance(seconds=1)
    settled = h(cf.refunds.get(order.order_id, first.refund_id))
    assert settled.refund_status == RefundStatus.SUCCESS
    assert settled.processed_at
    assert settled.refund_arn

    # The list shows it, with exact amounts.
    refunds = h(cf.refunds.list(order.order_id))
    assert [(r.refund_id, r.refund_status, r.amount) for r in refunds] == [
        (first.refund_id, RefundStatus.SUCCESS, Decimal("40.25"))
    ]
    assert refunds.request_id

    # 59.75 remains: a refund of one paisa more is refused, and nothing is stored for it.
    with pytest.raises(BadRequestError) as refused:
        h(cf.refunds.create(order.order_id, refund_amount=Decimal("59.76"), refund_id="refund_too_much"))
    assert refused.value.code == "refund_amount_invalid"
    with pytest.raises(NotFoundError):
        h(cf.refunds.get(order.order_id, "refund_too_much"))

    # The rest, exactly, is taken, and settled by the simulator's outcome endpoint.
    rest = h(cf.refunds.create(order.order_id, refund_amount=Decimal("59.75"), refund_id="refund_rest"))
    assert rest.refund_status == RefundStatus.PENDING
    path = f"/orders/{order.order_id}/refunds/{rest.refund_id}/outcome"
    assert h.control("POST", path, {"refund_status": "SUCCESS"})["refund_status"] == "SUCCESS"
    refunds = h(cf.refunds.list(order.order_id))
    assert [r.refund_id for r in refunds] == [first.refund_id, "refund_rest"]
    assert {r.refund_status for r in refunds} == {RefundStatus.SUCCESS}
    assert sum((r.amount or Decimal(0) for r in refunds), Decimal(0)) == Decimal(100)
    with pytest.raises(BadRequestError):
        h(cf.refunds.create(order.order_id, refund_amount=Decimal("0.01")))

    # An unpaid order, terminated, then refused for payment.
    abandoned = h.order(Decimal("15.00"))
    terminated = h(cf.orders.terminate(abandoned.order_id))
    assert terminated.order_status == OrderStatus.TERMINATED
    assert h(cf.orders.get(abandoned.order_id)).order_status == OrderStatus.TERMINATED
    with pytest.raises(BadRequestError) as unpayable:
        h(cf.orders.pay(abandoned.payment_session_id, UPI_OK))
    assert unpayable.value.code == "order_terminated"
    # ... and a paid order cannot be terminated.
    with pytest.raises(BadRequestError):
        h(cf.orders.terminate(order.order_id))


def test_refunds_are_refused_on_an_unpaid_order(harness: Harness) -> None:
    order = harness.order(Decimal("20.00"))
    with pytest.raises(BadRequestError) as refused:
        harness(harness.cf.refunds.create(order.order_id, refund_amount=Decimal(1)))
    assert refused.value.code == "order_not_paid"
    assert list(harness(harness.cf.refunds.list(order.order_id))) == []


def test_a_refund_lost_after_commit_is_retried_once_and_made_once(harness: Harness) -> None:
    """The simulator makes the refund, then drops the connection (or fails with 502): the retry is replayed."""
    order_id = _paid_order(harness, Decimal("30.00"))
    harness.fault("/pg/orders/*/refunds", method="POST", drop=True, after_commit=True)
    harness.fault("/pg/orders/*/refunds", method="POST", status=502, after_commit=True)
    refund = harness(harness.cf.refunds.create(order_id, refund_amount=Decimal("12.50")))
    assert len(harness.sleeps) == 2  # two retries, one logical refund
    refunds = harness(harness.cf.refunds.list(order_id))
    assert [(r.refund_id, r.amount) for r in refunds] == [(refund.refund_id, Decimal("12.50"))]
    assert harness.state()["refunds"] == 1


def test_the_same_refund_id_twice_is_refused(harness: Harness) -> None:
    order_id = _paid_order(harness, Decimal("30.00"))
    harness(harness.cf.refunds.create(order_id, refund_amount=5, refund_id="refund_once"))
    with pytest.raises(ConflictError) as again:
        harness(harness.cf.refunds.create(order_id, refund_amount=6, refund_id="refund_once"))
    assert again.value.code == "refund_already_exists"
    assert len(harness(harness.cf.refunds.list(order_id))) == 1


def test_raw_request_reaches_the_simulator_with_the_clients_credentials(harness: Harness) -> None:
    order_id = _paid_order(harness, Decimal("10.34"))
    raw = harness(harness.cf.raw_request("GET", f"/orders/{order_id}"))
    assert raw.status_code == 200
    assert without_nulls(raw.json()) == without_nulls(harness(harness.cf.orders.get(order_id)).to_dict())
    assert raw.request_id
    created = harness(
        harness.cf.raw_request("POST", f"/orders/{order_id}/refunds", json={"refund_amount": 1.5, "refund_id": "r_raw"})
    )
    assert created.json()["refund_status"] == "PENDING"
    assert harness(harness.cf.refunds.get(order_id, "r_raw")).amount == Decimal("1.5")
    with pytest.raises(NotFoundError):
        harness(harness.cf.raw_request("GET", f"/orders/{order_id}/settlements"))


def test_unknown_refund_and_order(harness: Harness) -> None:
    with pytest.raises(NotFoundError):
        harness(harness.cf.orders.get("order_nobody_made"))
    with pytest.raises(NotFoundError):
        harness(harness.cf.orders.terminate("order_nobody_made"))
    order_id = _paid_order(harness, Decimal("10.00"))
    with pytest.raises(NotFoundError):
        harness(harness.cf.refunds.get(order_id, "refund_nobody_made"))
