"""Webhook events: produced on terminal payments, signed the way Cashfree signs them, delivered to the
notify_url (or the forward URL) on loopback, retried on the simulator's clock, listed and resent through
the control endpoints."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from cashfree_mock import MockServer
from cashfree_mock.__main__ import main
from cashfree_mock._state import Derived, Order, RefundEvent, ist
from cashfree_mock._webhooks import WebhookOutbox
from tests.support.fake_time import Clock
from tests.support.mock_http import AUTH, check_error, check_webhook, create_order, outcome, paid
from tests.support.sandbox_data import CARD
from tests.support.spec import SPEC
from tests.support.webhook_receiver import Receiver

pytestmark = pytest.mark.anyio

COLLECT_OK = {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}}


def _signature(secret: str, timestamp: str, body: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), (timestamp + body).encode(), hashlib.sha256).digest()).decode()


async def _events(client: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    response = await client.get("/__mock/webhooks", params={"wait": 10, **params})
    assert response.status_code == 200, response.text
    events: list[dict[str, Any]] = response.json()["data"]
    return events


async def test_signed_events(clock: Clock, make_client: Callable[..., httpx.AsyncClient]) -> None:
    async with make_client(client_id="app-1", client_secret="s3cret", clock=clock) as client:
        headers = {"x-client-id": "app-1", "x-client-secret": "s3cret", "x-api-version": "2026-01-01"}
        body = {
            "order_amount": 10.34,
            "order_currency": "INR",
            "customer_details": {"customer_id": "c-1", "customer_phone": "9898989898"},
            "order_meta": {"notify_url": "https://merchant.example/hook"},
            "order_tags": {"k": "v"},
        }
        order = (await client.post("/pg/orders", json=body, headers=headers)).json()
        ok = await paid(client, order, {"upi": {"channel": "collect", "upi_id": "testfailure@gocash"}})
        pending = await paid(client, order, {"card": {"channel": "link", **CARD}})
        assert await _events(client) != []
        await outcome(client, pending["cf_payment_id"], "USER_DROPPED")
        last = await paid(client, order, COLLECT_OK)
        events = await _events(client)
    assert [event["id"] for event in events] == [1, 2, 3]
    for event in events:
        assert event["notify_url"] == "https://merchant.example/hook"
        timestamp = event["headers"]["x-webhook-timestamp"]
        assert hmac.compare_digest(
            event["headers"]["x-webhook-signature"], _signature("s3cret", timestamp, event["body"])
        )
        assert event["headers"]["x-webhook-version"] == "2025-01-01"
        assert event["headers"]["x-webhook-attempt"] == "1"
        assert event["headers"]["x-idempotency-key"] == event["idempotency_key"]
        assert event["headers"]["content-type"] == "application/json"
        assert int(timestamp) == int(clock.now.timestamp() * 1000)
        # Not loopback and not allowed: refused, and nothing is sent.
        assert event["status"] == "refused"
        assert "neither loopback nor allowed" in event["attempts"][0]["error"]
    assert len({event["idempotency_key"] for event in events}) == 3
    for event in events:  # what it sends is what the spec's webhooks section describes
        check_webhook(event["headers"], event["body"])
    types = [json.loads(e["body"])["type"] for e in events]
    assert types == ["PAYMENT_FAILED_WEBHOOK", "PAYMENT_USER_DROPPED_WEBHOOK", "PAYMENT_SUCCESS_WEBHOOK"]
    assert [e["type"] for e in events] == types
    success = json.loads(events[2]["body"])
    assert success["data"]["payment"]["cf_payment_id"] == last["cf_payment_id"]
    assert success["data"]["payment"]["payment_status"] == "SUCCESS"
    assert success["data"]["order"] == {
        "order_id": order["order_id"],
        "order_amount": 10.34,
        "order_currency": "INR",
        "order_tags": {"k": "v"},
    }
    assert success["data"]["customer_details"]["customer_id"] == "c-1"
    assert '"order_amount":10.34,' in events[2]["body"]
    failed = json.loads(events[0]["body"])
    assert failed["data"]["payment"]["cf_payment_id"] == ok["cf_payment_id"]
    assert failed["data"]["error_details"]["error_code"] == "TRANSACTION_DECLINED"


async def test_no_destination_without_notify_url(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    await paid(client, order, COLLECT_OK)
    (event,) = await _events(client)
    assert event["notify_url"] is None
    assert (event["status"], event["attempts"]) == ("no_destination", [])


async def test_delivered_to_a_local_http_notify_url(client: httpx.AsyncClient) -> None:
    with Receiver(200) as hook:
        order = await create_order(client, order_meta={"notify_url": hook.url})
        started = await paid(client, order, {"card": {"channel": "link", **CARD}})
        assert hook.requests == []  # pending payments send nothing
        await outcome(client, started["cf_payment_id"], "SUCCESS")
        (event,) = await _events(client)
        (request,) = hook.requests
    assert event["status"] == "delivered"
    assert event["attempts"][0]["status"] == 200
    assert request.body.decode() == event["body"]
    sent = request.headers
    assert sent["content-type"] == "application/json"
    assert sent["x-webhook-signature"] == _signature(
        AUTH["x-client-secret"], sent["x-webhook-timestamp"], event["body"]
    )
    assert (sent["x-webhook-attempt"], sent["x-webhook-version"]) == ("1", "2025-01-01")
    assert sent["x-idempotency-key"] == event["idempotency_key"]
    check_webhook(sent, event["body"])


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("http://127.0.0.1:8000/cashfree/webhook", True),
        ("http://localhost:3000/hook", True),
        ("http://[::1]:8000/hook", True),
        ("https://shop.example/hook", True),
        ("http://shop.example/hook", False),  # Cashfree requires https; the simulator makes an exception for loopback
        ("http://127.0.0.1.shop.example/hook", False),
    ],
)
async def test_notify_url_http_only_on_loopback(client: httpx.AsyncClient, url: str, accepted: bool) -> None:
    body = {"order_amount": 1, "order_currency": "INR", "order_meta": {"notify_url": url}}
    response = await client.post("/pg/orders", json=body, headers=AUTH)
    if accepted:
        assert response.status_code == 200, response.text
        assert response.json()["order_meta"]["notify_url"] == url
    else:
        check_error(response, 400, "request_invalid")


async def test_retries_follow_the_clock_and_resend_sends_once_more(clock: Clock, make_client: Any) -> None:
    with Receiver(500, 500, 200) as hook:
        async with make_client(clock=clock) as client:
            order = await create_order(client, order_meta={"notify_url": hook.url})
            await paid(client, order, COLLECT_OK)
            (event,) = await _events(client)
            assert (event["status"], len(event["attempts"])) == ("pending", 1)
            moved = (await client.post("/__mock/clock", json={"advance_seconds": 1})).json()
            assert moved["offset_seconds"] == 1
            assert len(hook.requests) == 2
            await client.post("/__mock/clock", json={"advance_seconds": 2})
            (event,) = await _events(client)
            assert event["status"] == "delivered"
            assert [a["status"] for a in event["attempts"]] == [500, 500, 200]
            resent = (await client.post(f"/__mock/webhooks/{event['id']}/resend", json={})).json()
            assert [a["attempt"] for a in resent["attempts"]] == [1, 2, 3, 4]
            assert resent["status"] == "delivered"
            one = (await client.get(f"/__mock/webhooks/{event['id']}")).json()
            assert one == resent
    assert [r.headers["x-webhook-attempt"] for r in hook.requests] == ["1", "2", "3", "4"]
    assert len({r.headers["x-idempotency-key"] for r in hook.requests}) == 1
    # Signed with the merchant's time, which advance_clock does not move: a receiver's tolerance check passes.
    assert {r.headers["x-webhook-timestamp"] for r in hook.requests} == {str(int(clock.now.timestamp() * 1000))}
    assert len({r.body for r in hook.requests}) == 1


async def test_forward_url_and_reset(client: httpx.AsyncClient) -> None:
    with Receiver(200) as notify, Receiver(200) as forward:
        answer = await client.post("/__mock/webhooks/forward", json={"url": forward.url})
        assert answer.json() == {"url": forward.url}
        order = await create_order(client, order_meta={"notify_url": notify.url})
        await paid(client, order, COLLECT_OK)
        (event,) = await _events(client)
        assert (len(notify.requests), len(forward.requests)) == (0, 1)
        assert event["attempts"][0]["url"] == forward.url
        assert event["notify_url"] == notify.url
        await client.post("/__mock/clock", json={"advance_seconds": 60})
        reset = (await client.post("/__mock/reset", json={})).json()
        assert reset["webhooks"] == 0
        assert (await client.get("/__mock/clock")).json()["offset_seconds"] == 0
        order = await create_order(client, order_meta={"notify_url": notify.url})
        await paid(client, order, COLLECT_OK)
        await _events(client)
        assert (len(notify.requests), len(forward.requests)) == (1, 1)  # reset: back to notify_url


async def test_control_endpoints_refuse_bad_input(client: httpx.AsyncClient) -> None:
    forward = "/__mock/webhooks/forward"
    bad = await client.post(forward, json={"url": "http://169.254.169.254/latest"})
    assert "neither loopback nor allowed" in check_error(bad, 400, "url_invalid")["message"]
    check_error(await client.post(forward, json={"url": 5}), 400, "request_invalid")
    check_error(await client.post(forward, json={}), 400, "request_invalid")
    check_error(await client.post("/__mock/clock", json={"advance_seconds": -1}), 400, "request_invalid")
    check_error(await client.post("/__mock/clock", json={"advance_seconds": "1"}), 400, "request_invalid")
    for query in ("wait=-1", "wait=nan", "wait=61", "limit=0", "limit=1001", "after=x"):
        check_error(await client.get(f"/__mock/webhooks?{query}"), 400, "request_invalid")
    for path in ("/__mock/webhooks/1", "/__mock/webhooks/abc", "/__mock/webhooks/99999999999999999999"):
        check_error(await client.get(path), 404, "webhook_not_found")
    check_error(await client.post("/__mock/webhooks/1/resend", json={}), 404, "webhook_not_found")


async def test_listing_is_paged_newest_last(make_client: Any) -> None:
    async with make_client() as client:
        for _ in range(5):
            order = await create_order(client)
            await paid(client, order, COLLECT_OK)
        page = (await client.get("/__mock/webhooks", params={"limit": 2})).json()
        assert ([e["id"] for e in page["data"]], page["has_more"]) == ([1, 2], True)
        page = (await client.get("/__mock/webhooks", params={"limit": 2, "after": 4})).json()
        assert ([e["id"] for e in page["data"]], page["has_more"]) == ([5], False)
        assert (await client.get("/__mock/state")).json()["webhooks"] == 5


async def test_the_record_is_capped(make_client: Any) -> None:
    async with make_client(webhook_capacity=2) as client:
        for _ in range(3):
            order = await create_order(client)
            await paid(client, order, COLLECT_OK)
        assert [e["id"] for e in await _events(client)] == [2, 3]


def test_refund_events_carry_the_refund_entity(clock: Clock) -> None:
    with Receiver(200) as hook:
        outbox = WebhookOutbox(client_secret="s3cret", clock=clock)
        order = Order(
            number=1,
            order_id="order_8123",
            amount=Decimal(100),
            currency="INR",
            created_at=clock.now,
            expires_at=clock.now,
            expiry_text=None,
            extras={"order_meta": {"notify_url": hook.url}},
            cart_id=None,
            derived=Derived(),
        )
        example = SPEC["webhooks"]["REFUND_STATUS_WEBHOOK"]["post"]["requestBody"]["content"]["application/json"]
        refund = example["examples"]["processed"]["value"]["data"]["refund"]
        outbox.record(RefundEvent("PENDING", clock.now, refund, order))  # not settled: nothing is sent
        outbox.record(RefundEvent("SUCCESS", clock.now, refund, order))
        assert outbox.wait_idle(10)
        (request,) = hook.requests
        outbox.close()
    (event,) = outbox.page(after=0, limit=10)[0]
    assert (event["type"], event["status"]) == ("REFUND_STATUS_WEBHOOK", "delivered")
    sent = check_webhook(request.headers, request.body.decode())
    assert sent == {"data": {"refund": refund}, "event_time": ist(clock.now), "type": "REFUND_STATUS_WEBHOOK"}


def test_mock_server_forwards_to_its_webhook_url() -> None:
    with Receiver(200) as hook, MockServer(webhook_url=hook.url, webhook_retry_delays=(0.5,)) as server:
        headers = {**AUTH, "x-client-secret": server.client_secret}
        body = {"order_amount": 1, "order_currency": "INR"}
        order = httpx.post(server.base_url + "/orders", json=body, headers=headers).json()
        pay = {"payment_session_id": order["payment_session_id"], "payment_method": COLLECT_OK}
        httpx.post(server.base_url + "/orders/sessions", json=pay, headers={"x-api-version": "2026-01-01"})
        with server.control() as control:
            (event,) = control.webhooks()
        assert len(hook.requests) == 1
    assert event["attempts"][0]["url"] == hook.url


def test_the_command_line_options(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    started: list[MockServer] = []

    def serve_forever(self: MockServer, on_bound: Callable[[MockServer], None] | None = None) -> None:
        started.append(self)
        assert on_bound is not None
        on_bound(self)

    monkeypatch.setattr(MockServer, "serve_forever", serve_forever)
    main(["--port", "0", "--webhook-url", "http://localhost:8000/hook", "--webhook-allow-host", "Shop.Test",
          "--webhook-retries", "5,10", "--webhook-timeout", "2"])  # fmt: skip
    (server,) = started
    outbox = server.app.state.mock.control.webhooks
    assert (outbox.forward_url, outbox.allowed_hosts) == ("http://localhost:8000/hook", frozenset({"shop.test"}))
    assert (outbox.retry_delays, outbox.attempt_timeout) == ((5.0, 10.0), 2.0)
    assert "webhooks: to http://localhost:8000/hook" in capsys.readouterr().out
    main(["--port", "0"])
    assert "webhooks: to each order_meta.notify_url" in capsys.readouterr().out
    for bad, message in (
        (["--webhook-url", "http://example.com/hook"], "neither loopback nor allowed"),
        (["--webhook-retries", "1,x"], "comma-separated list of seconds"),
        (["--webhook-retries", "-1"], "from 0 to 86400"),
        (["--webhook-timeout", "0"], "attempt timeout"),
    ):
        with pytest.raises(SystemExit) as exited:
            main(["--port", "0", *bad])
        assert exited.value.code == 2
        assert message in capsys.readouterr().err
