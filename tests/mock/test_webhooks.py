"""Webhook events: recorded on terminal payments, signed the way Cashfree signs them."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable

import httpx
import pytest

from tests.support.fake_time import Clock
from tests.support.mock_http import create_order, outcome, paid
from tests.support.sandbox_data import CARD

pytestmark = pytest.mark.anyio


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
        assert (await client.get("/__mock/webhooks")).json() != []
        await outcome(client, pending["cf_payment_id"], "USER_DROPPED")
        last = await paid(client, order, {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}})
        events = (await client.get("/__mock/webhooks")).json()
    assert len(events) == 3
    for event in events:
        assert event["url"] == "https://merchant.example/hook"
        timestamp = event["headers"]["x-webhook-timestamp"]
        expected = base64.b64encode(
            hmac.new(b"s3cret", (timestamp + event["body"]).encode(), hashlib.sha256).digest()
        ).decode()
        assert hmac.compare_digest(event["headers"]["x-webhook-signature"], expected)
        assert event["headers"]["x-webhook-version"] == "2026-01-01"
        assert int(timestamp) == int(clock.now.timestamp() * 1000)
    types = [json.loads(e["body"])["type"] for e in events]
    assert types == ["PAYMENT_FAILED_WEBHOOK", "PAYMENT_USER_DROPPED_WEBHOOK", "PAYMENT_SUCCESS_WEBHOOK"]
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


async def test_no_url_without_notify_url(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    await paid(client, order, {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}})
    (event,) = (await client.get("/__mock/webhooks")).json()
    assert event["url"] is None
