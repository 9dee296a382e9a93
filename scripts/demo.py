"""A payment journey through cashfree_facade against the built-in mock: no network, no credentials.

Run with `make demo` (or `.venv/bin/python scripts/demo.py`). The mock serves on a free loopback port.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a clone without installing

from cashfree_facade import (
    API_VERSION,
    BadRequestError,
    Cashfree,
    CashfreeError,
    ConflictError,
    CustomerDetailsParam,
    NotFoundError,
    WebhookVerificationError,
    webhooks,
)
from cashfree_facade import payment_methods as pm
from cashfree_mock import AppServer, MockControl, MockServer

CUSTOMER: CustomerDetailsParam = {"customer_id": "cust_001", "customer_phone": "9898989898"}


def step(title: str) -> None:
    print(f"\n== {title}")


def show(label: str, value: Any) -> None:
    print(f"   {label:<22} {value}")


class Receiver:
    """A merchant's webhook endpoint: verifies each delivery with the client; fails the first one on purpose."""

    def __init__(self, cf: Cashfree) -> None:
        self.cf = cf
        self.events: list[webhooks.WebhookEvent] = []
        self.app = Starlette(routes=[Route("/cashfree/webhook", self.handle, methods=["POST"])])

    async def handle(self, request: Request) -> Response:
        try:
            event = self.cf.webhooks.verify(await request.body(), request.headers)
        except WebhookVerificationError:
            return Response(status_code=400)
        self.events.append(event)
        return Response(status_code=503 if len(self.events) == 1 else 200)


def main() -> int:
    with (
        MockServer() as server,
        server.control() as mock,
        Cashfree(server.client_id, server.client_secret, base_url=server.base_url) as cf,
    ):
        receiver = Receiver(cf)
        shop = AppServer(receiver.app, log_level="critical").start()
        notify_url = shop.url + "/cashfree/webhook"
        print(f"cashfree_facade demo: mock at {server.base_url}, x-api-version {API_VERSION}")
        print(f"client: {cf!r}")
        print(f"webhook receiver: {notify_url}")

        step("1. Create an order and pay by UPI collect")
        order = cf.orders.create(
            order_amount=Decimal("10.34"),
            order_currency="INR",
            customer_details=CUSTOMER,
            order_meta={"notify_url": notify_url},
        )
        show("order", f"{order.order_id} ({order.order_status}, INR {order.amount})")
        show("request id", order.request_id)
        upi = pm.upi_collect("testsuccess@gocash")
        show("payment method", upi)
        pay = cf.orders.pay(order.payment_session_id, upi)
        payment = cf.payments.get(order.order_id, pay.cf_payment_id)
        show("payment", f"{payment.cf_payment_id}: {payment.payment_status} via {payment.payment_method_name}")

        step("2. Pay by card with the native OTP (channel=post)")
        card_order = cf.orders.create(order_amount=250, order_currency="INR", customer_details=CUSTOMER)
        card = pm.card("4111 1111 1111 1111", "03", "28", "123", holder_name="Test", channel="post")
        show("payment method", card)
        card_pay = cf.orders.pay(card_order.payment_session_id, card)
        show("next action", f"{card_pay.action} (submit the OTP)")
        wrong = cf.payments.submit_otp(card_pay.cf_payment_id, "000000")
        show("wrong OTP", f"{wrong.authenticate_status}: {wrong.payment_message}")
        right = cf.payments.submit_otp(card_pay.cf_payment_id, "111000")
        show("OTP 111000", f"{right.authenticate_status}: {right.payment_message}")

        step("3. Pay by netbanking and complete it at the bank (a browser would click Success on the bank page)")
        nb_order = cf.orders.create(order_amount=99.5, order_currency="INR", customer_details=CUSTOMER)
        nb_pay = cf.orders.pay(nb_order.payment_session_id, pm.netbanking(3333))
        show("bank page", nb_pay.data.url or "-")
        show("status before", cf.payments.get(nb_order.order_id, nb_pay.cf_payment_id).payment_status)
        mock.complete_payment(nb_pay.cf_payment_id, "SUCCESS")
        show("status after", cf.payments.get(nb_order.order_id, nb_pay.cf_payment_id).payment_status)

        step("4. A pre-authorised card payment, captured in part")
        pre_order = cf.orders.create(
            order_amount=500, order_currency="INR", customer_details=CUSTOMER, order_note="preauth_transaction"
        )
        pre_pay = cf.orders.pay(pre_order.payment_session_id, card)
        cf.payments.submit_otp(pre_pay.cf_payment_id, "111000")
        held = cf.payments.get(pre_order.order_id, pre_pay.cf_payment_id)
        show("authorised", f"is_captured={held.is_captured}")
        captured = cf.orders.capture(pre_order.order_id, amount=Decimal("420.00"))
        amount = captured.authorization.captured_amount if captured.authorization else None
        show("captured", f"is_captured={captured.is_captured}, captured_amount={amount}")

        step("5. List the payments of the card order")
        for item in cf.payments.list(card_order.order_id):
            method = item.payment_method_name
            show(item.cf_payment_id, f"{item.payment_status:<8} {method or '-':<10} INR {item.amount}")

        step("6. The webhook of step 1, received and verified by the receiver (which failed the first attempt)")
        (record, *_) = mock.webhooks()
        show("first attempt", f"{record['attempts'][0]['error']}, retried 1 s later on the simulator's clock")
        mock.advance_clock(1)  # move the simulator's clock, not ours: the retry falls due and is sent now
        (record, *_) = mock.webhooks()
        show("attempts", ", ".join(f"#{a['attempt']} {a['status']}" for a in record["attempts"]))
        event = receiver.events[-1]
        assert isinstance(event, webhooks.PaymentWebhookEvent)
        show("event", f"{event.type} (attempt {event.attempt}, idempotency key {event.idempotency_key})")
        show(
            "typed payment",
            f"{event.payment.payment_status}, INR {event.payment.amount} via {event.payment.payment_method_name}",
        )
        show("same key each time", len({e.idempotency_key for e in receiver.events[:2]}) == 1)
        tampered = webhooks.signed_headers(b"{}", secret="not the secret")  # noqa: S106 - deliberately wrong
        try:
            cf.webhooks.verify(b"{}", tampered)
        except WebhookVerificationError as error:
            show("wrong secret", error)

        step("7. An error, as the user sees it")
        try:
            cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER, order_id=order.order_id)
        except ConflictError as error:
            show("exception", type(error).__name__)
            show("str()", error)
            show("code / type", f"{error.code} / {error.type}")
            show("status / request id", f"{error.status_code} / {error.request_id}")
        try:
            pm.card("4111111111111112", "03", "28", "123")
        except ValueError as error:
            show("local check", error)
        shop.stop()

        after_the_payment(cf, mock)

    print("\nDone: every step ran against the local mock.")
    return 0


# ---------------------------------------------------------------- after the payment (issue 9)
def after_the_payment(cf: Cashfree, mock: MockControl) -> None:
    """Order status, a partial refund settled, a refund over the rest refused, an abandoned order terminated."""
    step("8. After the payment: the order's status, a partial refund, the refunds so far")
    order = cf.orders.create(order_amount=Decimal("100.00"), order_currency="INR", customer_details=CUSTOMER)
    cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
    show("orders.get", f"{order.order_id}: {cf.orders.get(order.order_id).order_status}")
    refund = cf.refunds.create(order.order_id, refund_amount=Decimal("40.25"), refund_note="one damaged item")
    show("refunds.create", f"{refund.refund_id}: {refund.refund_status}, INR {refund.amount}")
    # The bank settles a refund after a few seconds; the simulator's outcome endpoint settles it now.
    mock.complete_refund(order.order_id, refund.refund_id, "SUCCESS")
    settled = cf.refunds.get(order.order_id, refund.refund_id)
    show("refunds.get", f"{settled.refund_status}, arn {settled.refund_arn}, processed {settled.processed_at}")
    for item in cf.refunds.list(order.order_id):
        show("refunds.list", f"{item.refund_id}: {item.refund_status} INR {item.amount}")
    try:
        cf.refunds.create(order.order_id, refund_amount=Decimal("59.76"))
    except BadRequestError as error:
        show("refund of 59.76", f"refused: {error.code} ({error.message})")

    step("9. An abandoned order, terminated, then refused for payment")
    abandoned = cf.orders.create(order_amount=Decimal("15.00"), order_currency="INR", customer_details=CUSTOMER)
    show("orders.terminate", f"{abandoned.order_id}: {cf.orders.terminate(abandoned.order_id).order_status}")
    try:
        cf.orders.pay(abandoned.payment_session_id, pm.upi_collect("testsuccess@gocash"))
    except BadRequestError as error:
        show("orders.pay", f"refused: {error.code}")

    step("10. An operation the spec does not cover yet: raw_request")
    response = cf.raw_request("GET", f"/orders/{order.order_id}")
    show("GET /orders/{id}", f"{response.status_code}, request id {response.request_id}")
    try:
        cf.raw_request("GET", f"/orders/{order.order_id}/settlements")
    except NotFoundError as error:
        show("GET .../settlements", f"{error.status_code} {error.code}: the simulator has no settlements")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except CashfreeError as error:
        print(f"demo failed: {error!r}", file=sys.stderr)
        sys.exit(1)
