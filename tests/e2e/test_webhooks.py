"""Webhooks end to end: the simulator delivers signed events over HTTP to a receiver on loopback, which
verifies them with the client and gets typed data; retries and redirects as Cashfree does them."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from cashfree_facade import Cashfree, CustomerDetailsParam, WebhookVerificationError, webhooks
from cashfree_facade import payment_methods as pm
from cashfree_mock import AppServer, MockControl
from cashfree_openapi.models import PaymentMethodUPIInPaymentsEntity
from tests.support.fields import present

CUSTOMER: CustomerDetailsParam = {
    "customer_id": "cust_hooks",
    "customer_phone": "9898989898",
    "customer_email": "a@b.in",
}


@dataclass
class Delivery:
    body: bytes
    headers: dict[str, str]
    event: webhooks.WebhookEvent | None  # None: verification refused it
    answered: int


class VerifyingReceiver:
    """A merchant's webhook endpoint: verifies with the client, answers from a script (the last repeats)."""

    def __init__(self, cf: Cashfree, *answers: int | tuple[int, str]) -> None:
        self.cf = cf
        self.answers = list(answers) or [200]
        self.deliveries: list[Delivery] = []
        self.app = Starlette(routes=[Route("/cashfree/webhook", self.handle, methods=["POST"])])

    async def handle(self, request: Request) -> Response:
        body = await request.body()
        try:
            event: webhooks.WebhookEvent | None = self.cf.webhooks.verify(body, request.headers)
        except WebhookVerificationError:
            event = None
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        status, location = answer if isinstance(answer, tuple) else (answer, None)
        status = status if event is not None else 400
        self.deliveries.append(Delivery(body, dict(request.headers), event, status))
        return Response(status_code=status, headers={"location": location} if location else None)


StartReceiver = Callable[..., tuple[VerifyingReceiver, str]]


@pytest.fixture
def receiver_for(cashfree_client: Cashfree) -> Iterator[StartReceiver]:
    servers: list[AppServer] = []

    def start(*answers: int | tuple[int, str]) -> tuple[VerifyingReceiver, str]:
        receiver = VerifyingReceiver(cashfree_client, *answers)
        server = AppServer(receiver.app, log_level="critical").start()
        servers.append(server)
        return receiver, server.url + "/cashfree/webhook"

    yield start
    for server in servers:
        server.stop()


def _pay(cf: Cashfree, notify_url: str, vpa: str = "testsuccess@gocash") -> tuple[str, str]:
    order = cf.orders.create(
        order_amount=Decimal("170.00"),
        order_currency="INR",
        customer_details=CUSTOMER,
        order_meta={"notify_url": notify_url},
        order_tags={"shop": "e2e"},
    )
    pay = cf.orders.pay(order.payment_session_id, pm.upi_collect(vpa))
    return order.order_id, present(pay.cf_payment_id)


def test_a_payment_webhook_is_received_verified_and_typed(
    cashfree_mock: MockControl, cashfree_client: Cashfree, receiver_for: StartReceiver
) -> None:
    receiver, url = receiver_for(200)
    order_id, cf_payment_id = _pay(cashfree_client, url)
    (record,) = cashfree_mock.webhooks()
    assert record["status"] == "delivered"
    (delivery,) = receiver.deliveries
    event = delivery.event
    assert isinstance(event, webhooks.PaymentWebhookEvent)
    assert event.type == "PAYMENT_SUCCESS_WEBHOOK"
    assert (event.attempt, event.idempotency_key) == (1, record["idempotency_key"])
    assert event.payment.cf_payment_id == cf_payment_id
    assert event.payment.amount == Decimal("170")
    assert event.payment.payment_method_name == "upi"
    method = event.payment.payment_method
    assert isinstance(method, PaymentMethodUPIInPaymentsEntity)
    assert method.upi.upi_id == "testsuccess@gocash"
    assert event.order.order_id == order_id
    assert event.order.amount == Decimal("170")
    assert present(event.order.order_tags).to_dict() == {"shop": "e2e"}
    assert present(event.customer_details).customer_email == "a@b.in"
    assert event.error_details is None
    assert present(event.payment_gateway_details).gateway_payment_id == cf_payment_id
    # What the client reads from the webhook is what it reads from the API.
    fetched = cashfree_client.payments.get(order_id, cf_payment_id)
    assert (fetched.payment_status, fetched.amount, fetched.bank_reference) == (
        event.payment.payment_status,
        event.payment.amount,
        event.payment.bank_reference,
    )


def test_failed_and_dropped_payments_are_typed_too(
    cashfree_mock: MockControl, cashfree_client: Cashfree, receiver_for: StartReceiver
) -> None:
    receiver, url = receiver_for(200)
    _pay(cashfree_client, url, "testinsufficientfunds@gocash")
    _pay(cashfree_client, url, "testuserdropped@gocash")
    assert [r["status"] for r in cashfree_mock.webhooks()] == ["delivered", "delivered"]
    failed, dropped = (d.event for d in receiver.deliveries)
    assert isinstance(failed, webhooks.PaymentWebhookEvent)
    assert failed.type == "PAYMENT_FAILED_WEBHOOK"
    assert present(failed.error_details).error_code == "INSUFFICIENT_FUNDS"
    assert isinstance(dropped, webhooks.PaymentWebhookEvent)
    assert (dropped.type, dropped.payment.payment_status) == ("PAYMENT_USER_DROPPED_WEBHOOK", "USER_DROPPED")


def test_tampered_wrongly_signed_and_stale_webhooks_are_refused(
    cashfree_mock: MockControl, cashfree_client: Cashfree, receiver_for: StartReceiver
) -> None:
    receiver, url = receiver_for(200)
    _pay(cashfree_client, url)
    cashfree_mock.webhooks()
    (delivery,) = receiver.deliveries
    body = delivery.body
    headers = {k: v for k, v in delivery.headers.items() if k.startswith("x-") or k == "content-type"}
    secret = cashfree_mock.client_secret
    assert cashfree_client.webhooks.verify(body, headers).type == "PAYMENT_SUCCESS_WEBHOOK"

    tampered = body.replace(b'"payment_amount":170', b'"payment_amount":1')
    assert tampered != body
    now_ms = int(time.time() * 1000)
    old = webhooks.signed_headers(body, secret=secret, timestamp=now_ms - 600_000)
    ahead = webhooks.signed_headers(body, secret=secret, timestamp=now_ms + 600_000)
    replays = {
        "a tampered body": (tampered, headers),
        "re-serialised JSON": (json.dumps(json.loads(body)).encode(), headers),
        "another secret": (body, webhooks.signed_headers(body, secret="not_the_secret")),
        "a timestamp 10 minutes old": (body, old),
        "a timestamp 10 minutes ahead": (body, ahead),
    }
    for why, (replay_body, replay_headers) in replays.items():
        with pytest.raises(WebhookVerificationError):
            cashfree_client.webhooks.verify(replay_body, replay_headers)
        # The receiver refuses it too when it comes over HTTP.
        answer = httpx.post(url, content=replay_body, headers=replay_headers)
        assert answer.status_code == 400, why
    assert [d.event is None for d in receiver.deliveries] == [False] + [True] * len(replays)


def test_a_receiver_that_fails_twice_gets_the_event_on_the_third_attempt(
    cashfree_mock: MockControl, cashfree_client: Cashfree, receiver_for: StartReceiver
) -> None:
    receiver, url = receiver_for(500, 503, 200)
    _pay(cashfree_client, url)
    (record,) = cashfree_mock.webhooks()
    assert (record["status"], len(record["attempts"])) == ("pending", 1)
    cashfree_mock.advance_clock(60)  # the first retry falls due (the plugin's schedule: 60, 120, 240 s)
    cashfree_mock.advance_clock(120)  # the second
    (record,) = cashfree_mock.webhooks()
    assert record["status"] == "delivered"
    assert [(a["attempt"], a["status"]) for a in record["attempts"]] == [(1, 500), (2, 503), (3, 200)]
    events = [d.event for d in receiver.deliveries]
    assert all(isinstance(e, webhooks.PaymentWebhookEvent) for e in events)  # every attempt verifies
    assert [e.attempt for e in events if e] == [1, 2, 3]
    assert {e.idempotency_key for e in events if e} == {record["idempotency_key"]}
    assert len({d.body for d in receiver.deliveries}) == 1


def test_a_redirect_counts_as_a_failure(
    cashfree_mock: MockControl, cashfree_client: Cashfree, receiver_for: StartReceiver
) -> None:
    elsewhere, elsewhere_url = receiver_for(200)
    receiver, url = receiver_for((301, elsewhere_url), 200)
    _pay(cashfree_client, url)
    (record,) = cashfree_mock.webhooks()
    assert record["status"] == "pending"
    assert record["attempts"][0]["error"] == f"redirect to {elsewhere_url} (not followed)"
    assert elsewhere.deliveries == []
    cashfree_mock.advance_clock(60)
    (record,) = cashfree_mock.webhooks()
    assert record["status"] == "delivered"
    assert len(receiver.deliveries) == 2


def test_a_receiver_that_never_succeeds_gets_four_attempts(
    cashfree_mock: MockControl, cashfree_client: Cashfree, receiver_for: StartReceiver
) -> None:
    receiver, url = receiver_for(500)
    _pay(cashfree_client, url)
    for _ in range(4):
        cashfree_mock.advance_clock(240)
    (record,) = cashfree_mock.webhooks()
    assert record["status"] == "failed"
    assert len(record["attempts"]) == len(receiver.deliveries) == 4
    resent = cashfree_mock.resend_webhook(record["id"])
    assert [a["attempt"] for a in resent["attempts"]] == [1, 2, 3, 4, 5]


def test_forwarding_sends_every_event_to_one_url(
    cashfree_mock: MockControl, cashfree_client: Cashfree, receiver_for: StartReceiver
) -> None:
    receiver, url = receiver_for(200)
    assert cashfree_mock.forward_webhooks_to(url) == {"url": url}
    order = cashfree_client.orders.create(order_amount=1, order_currency="INR", customer_details=CUSTOMER)
    cashfree_client.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
    (record,) = cashfree_mock.webhooks()
    assert (record["notify_url"], record["attempts"][0]["url"]) == (None, url)
    assert len(receiver.deliveries) == 1
    cashfree_mock.forward_webhooks_to(None)


def _refund(cashfree_mock: MockControl, order_id: str, refund_id: str, amount: str, note: str | None = None) -> None:
    # The client's refunds resource is another change; the API call itself is plain.
    headers = {
        "x-client-id": cashfree_mock.client_id,
        "x-client-secret": cashfree_mock.client_secret,
        "x-api-version": "2026-01-01",
    }
    body: dict[str, object] = {"refund_amount": float(amount), "refund_id": refund_id}
    if note is not None:
        body["refund_note"] = note
    answer = httpx.post(f"{cashfree_mock.base_url}/orders/{order_id}/refunds", json=body, headers=headers)
    assert answer.status_code == 200, answer.text


def test_refund_webhooks_are_delivered_typed(
    cashfree_mock: MockControl, cashfree_client: Cashfree, receiver_for: StartReceiver
) -> None:
    receiver, url = receiver_for(200)
    order_id, _ = _pay(cashfree_client, url)
    _refund(cashfree_mock, order_id, "refund_by_hand", "20.50")
    settled = cashfree_mock.complete_refund(order_id, "refund_by_hand", "SUCCESS")
    assert settled["refund_status"] == "SUCCESS"
    _refund(cashfree_mock, order_id, "refund_on_the_clock", "10")
    cashfree_mock.advance_clock(3)  # the simulator processes a refund 3 s after it was created
    records = cashfree_mock.webhooks()
    assert [r["type"] for r in records] == ["PAYMENT_SUCCESS_WEBHOOK", "REFUND_STATUS_WEBHOOK", "REFUND_STATUS_WEBHOOK"]
    assert {r["status"] for r in records} == {"delivered"}
    refunds = [d.event for d in receiver.deliveries[1:]]
    assert all(isinstance(event, webhooks.RefundWebhookEvent) for event in refunds)
    by_hand, on_the_clock = (event for event in refunds if isinstance(event, webhooks.RefundWebhookEvent))
    assert (by_hand.refund.refund_id, by_hand.refund.refund_status, by_hand.amount) == (
        "refund_by_hand",
        "SUCCESS",
        Decimal("20.5"),
    )
    assert (on_the_clock.refund.refund_id, on_the_clock.refund.order_id) == ("refund_on_the_clock", order_id)
    assert on_the_clock.refund.refund_arn
