"""Refunds: only of what was paid, unique ids, processed on the simulator's clock, webhooks, rules."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest

from cashfree_mock import DEFAULT_CLIENT_SECRET, create_app
from cashfree_mock._sandbox import REFUND_PROCESSING_DELAY
from tests.support.fake_time import Clock
from tests.support.mock_http import (
    AUTH,
    PUBLIC,
    check_component,
    check_error,
    check_response,
    create_order,
    outcome,
    paid,
)
from tests.support.sandbox_data import CARD

pytestmark = pytest.mark.anyio

COLLECT_OK = {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}}
DELAY = REFUND_PROCESSING_DELAY.total_seconds()


async def paid_order(client: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    order = await create_order(client, **fields)
    await paid(client, order, COLLECT_OK)
    return order


async def create_refund(client: httpx.AsyncClient, order_id: str, **body: Any) -> httpx.Response:
    response = await client.post(f"/pg/orders/{order_id}/refunds", json=body, headers=AUTH)
    check_response("createRefund", response)
    return response


async def refunded(client: httpx.AsyncClient, order_id: str, **body: Any) -> dict[str, Any]:
    response = await create_refund(client, order_id, **body)
    assert response.status_code == 200, response.text
    refund: dict[str, Any] = response.json()
    return refund


async def get_refund(client: httpx.AsyncClient, order_id: str, refund_id: str) -> dict[str, Any]:
    response = await client.get(f"/pg/orders/{order_id}/refunds/{refund_id}", headers=AUTH)
    assert response.status_code == 200, response.text
    refund: dict[str, Any] = check_response("getRefund", response)
    return refund


async def list_refunds(client: httpx.AsyncClient, order_id: str) -> list[dict[str, Any]]:
    response = await client.get(f"/pg/orders/{order_id}/refunds", headers=AUTH)
    assert response.status_code == 200, response.text
    refunds: list[dict[str, Any]] = check_response("getRefundsForOrder", response)
    return refunds


async def webhooks(client: httpx.AsyncClient, kind: str = "REFUND_STATUS_WEBHOOK") -> list[dict[str, Any]]:
    listed = (await client.get("/__mock/webhooks")).json()["data"]
    return [hook for hook in listed if json.loads(hook["body"])["type"] == kind]


async def test_a_refund_is_pending_then_processed_after_the_delay(client: httpx.AsyncClient, clock: Clock) -> None:
    order = await paid_order(client, order_amount=250)
    created_at = clock.now
    refund = await refunded(client, order["order_id"], refund_amount=100.25, refund_id="refund_0001")
    payments = (await client.get(f"/pg/orders/{order['order_id']}/payments", headers=AUTH)).json()
    assert refund["refund_status"] == "PENDING"
    assert refund["refund_amount"] == 100.25
    assert refund["refund_id"] == "refund_0001"
    assert refund["order_id"] == order["order_id"]
    assert refund["cf_payment_id"] == payments[0]["cf_payment_id"]
    assert refund["cf_refund_id"].isdigit()
    assert refund["entity"] == "refund"
    assert refund["refund_currency"] == "INR"
    assert refund["refund_type"] == "MERCHANT_INITIATED"
    assert refund["refund_speed"]["requested"] == "STANDARD"
    assert refund["processed_at"] is None
    assert refund["refund_arn"] is None
    # Just before the delay, still pending; at the delay, processed by the next request of any kind.
    clock.advance(seconds=DELAY - 1)
    assert (await get_refund(client, order["order_id"], "refund_0001"))["refund_status"] == "PENDING"
    clock.advance(seconds=1)
    processed = await get_refund(client, order["order_id"], "refund_0001")
    assert processed["refund_status"] == "SUCCESS"
    assert processed["refund_arn"]
    assert processed["refund_mode"] == "STANDARD"
    assert processed["refund_speed"]["processed"] == "STANDARD"
    due = created_at + REFUND_PROCESSING_DELAY
    assert datetime.fromisoformat(processed["processed_at"]) == due
    assert processed["cf_refund_id"] == refund["cf_refund_id"]
    assert await list_refunds(client, order["order_id"]) == [processed]


async def test_processing_happens_at_the_due_time_whenever_the_next_request_comes(
    client: httpx.AsyncClient, clock: Clock
) -> None:
    order = await paid_order(client)
    created_at = clock.now
    await refunded(client, order["order_id"], refund_amount=10, refund_id="refund_late")
    clock.advance(hours=5)
    # A control request settles what is due too (here, before the webhooks are listed).
    (hook,) = await webhooks(client)
    sent = json.loads(hook["body"])
    assert datetime.fromisoformat(sent["event_time"]) == created_at + REFUND_PROCESSING_DELAY
    assert sent["data"]["refund"]["processed_at"] == sent["event_time"]


async def test_the_refund_webhook_is_signed_and_matches_the_spec(
    clock: Clock, make_client: Callable[..., httpx.AsyncClient]
) -> None:
    async with make_client(clock=clock) as client:
        order = await paid_order(client, order_meta={"notify_url": "https://merchant.example/hook"})
        await refunded(client, order["order_id"], refund_amount=1.5, refund_id="refund_hook", refund_note="Damaged")
        assert await webhooks(client) == []  # nothing is sent for a refund created
        clock.advance(seconds=DELAY)
        (hook,) = await webhooks(client)
        refund = await get_refund(client, order["order_id"], "refund_hook")
    assert hook["notify_url"] == "https://merchant.example/hook"
    body = json.loads(hook["body"])
    check_component("RefundWebhook", body)
    assert body["type"] == "REFUND_STATUS_WEBHOOK"
    assert body["data"]["refund"] == refund
    assert '"refund_amount":1.5,' in hook["body"]  # the amount as sent, not a float's rendering
    timestamp = hook["headers"]["x-webhook-timestamp"]
    expected = hmac.new(DEFAULT_CLIENT_SECRET.encode(), (timestamp + hook["body"]).encode(), hashlib.sha256)
    assert hook["headers"]["x-webhook-signature"] == base64.b64encode(expected.digest()).decode()


async def test_only_a_paid_order_is_refunded(client: httpx.AsyncClient) -> None:
    body = {"refund_amount": 1, "refund_id": "refund_x"}
    check_error(await create_refund(client, "no_such_order", **body), 404, "order_not_found")
    active = await create_order(client)
    check_error(await create_refund(client, active["order_id"], **body), 400, "order_not_paid")
    pending = await create_order(client)
    await paid(client, pending, {"card": {"channel": "link", **CARD}})
    check_error(await create_refund(client, pending["order_id"], **body), 400, "order_not_paid")
    gone = await create_order(client)
    await client.patch(f"/pg/orders/{gone['order_id']}", json={"order_status": "TERMINATED"}, headers=AUTH)
    check_error(await create_refund(client, gone["order_id"], **body), 400, "order_not_paid")
    # A refund is refused before it exists: nothing was stored for any of them.
    for order in (active, pending, gone):
        assert await list_refunds(client, order["order_id"]) == []
    check_error(await client.post(f"/pg/orders/{active['order_id']}/refunds", json=body, headers=PUBLIC), 401)


async def test_refunds_never_exceed_what_was_paid(client: httpx.AsyncClient, clock: Clock) -> None:
    order = await paid_order(client, order_amount=100)
    order_id = order["order_id"]
    for index in range(3):
        await refunded(client, order_id, refund_amount=33.33, refund_id=f"third_{index}")
    over = await create_refund(client, order_id, refund_amount=0.02, refund_id="over_1")
    message = check_error(over, 400, "refund_amount_invalid")["message"]
    assert "0.01" in message  # what is left, exactly
    # 0.01 is the schema's minimum exactly, not the float 0.01000000000000000020... YAML reads.
    await refunded(client, order_id, refund_amount=0.01, refund_id="last_paisa")
    check_error(await create_refund(client, order_id, refund_amount=0.01, refund_id="over_2"), 400)
    # Processed refunds still count.
    clock.advance(seconds=DELAY)
    statuses = {refund["refund_status"] for refund in await list_refunds(client, order_id)}
    assert statuses == {"SUCCESS"}
    check_error(await create_refund(client, order_id, refund_amount=0.01, refund_id="over_3"), 400)
    assert len(await list_refunds(client, order_id)) == 4


async def test_failed_and_cancelled_refunds_release_their_amount(client: httpx.AsyncClient, clock: Clock) -> None:
    order = await paid_order(client, order_amount=50)
    order_id = order["order_id"]
    await refunded(client, order_id, refund_amount=50, refund_id="will_fail", refund_note="FAILED")
    check_error(await create_refund(client, order_id, refund_amount=1, refund_id="refund_b"), 400)
    clock.advance(seconds=DELAY)
    assert (await get_refund(client, order_id, "will_fail"))["refund_status"] == "FAILED"
    await refunded(client, order_id, refund_amount=50, refund_id="will_cancel")
    cancel = await client.post(
        f"/__mock/orders/{order_id}/refunds/will_cancel/outcome", json={"refund_status": "CANCELLED"}
    )
    assert cancel.json()["refund_status"] == "CANCELLED"
    await refunded(client, order_id, refund_amount=50, refund_id="refund_c")


@pytest.mark.parametrize(
    ("amount", "code"),
    [("10.001", "refund_amount_invalid"), ("0", "refund_amount_invalid"), ("-5", "refund_amount_invalid")],
)
async def test_amounts_are_exact(client: httpx.AsyncClient, amount: str, code: str) -> None:
    order = await paid_order(client)
    raw = f'{{"refund_amount": {amount}, "refund_id": "refund_amt"}}'.encode()
    headers = {**AUTH, "content-type": "application/json"}
    response = await client.post(f"/pg/orders/{order['order_id']}/refunds", content=raw, headers=headers)
    check_response("createRefund", response)
    check_error(response, 400, code)


async def test_decimal_amounts_are_echoed_as_sent(client: httpx.AsyncClient) -> None:
    order = await paid_order(client, order_amount=1)
    raw = b'{"refund_amount": 0.10, "refund_id": "refund_dec"}'
    headers = {**AUTH, "content-type": "application/json"}
    response = await client.post(f"/pg/orders/{order['order_id']}/refunds", content=raw, headers=headers)
    assert b'"refund_amount":0.10,' in response.content
    # 0.10 + 0.90 is exactly the 1.00 paid: a float sum would not be.
    raw = b'{"refund_amount": 0.90, "refund_id": "refund_rest"}'
    response = await client.post(f"/pg/orders/{order['order_id']}/refunds", content=raw, headers=headers)
    assert response.status_code == 200, response.text


async def test_refund_id_is_unique_within_its_order(client: httpx.AsyncClient) -> None:
    order = await paid_order(client)
    other = await paid_order(client)
    first = await refunded(client, order["order_id"], refund_amount=10, refund_id="refund_dup")
    for body in ({"refund_amount": 20}, {"refund_amount": 10}):
        again = await create_refund(client, order["order_id"], refund_id="refund_dup", **body)
        check_error(again, 409, "refund_already_exists")
    assert await list_refunds(client, order["order_id"]) == [first]
    # Another order may use the same id.
    assert (await refunded(client, other["order_id"], refund_amount=10, refund_id="refund_dup"))["refund_id"]


async def test_a_retry_with_the_idempotency_key_is_replayed(client: httpx.AsyncClient) -> None:
    order = await paid_order(client)
    url = f"/pg/orders/{order['order_id']}/refunds"
    headers = {**AUTH, "x-idempotency-key": "refund-key-1"}
    body = {"refund_amount": 60, "refund_id": "refund_idem"}
    first = await client.post(url, json=body, headers=headers)
    again = await client.post(url, json=body, headers=headers)
    assert first.status_code == again.status_code == 200
    assert first.headers["x-idempotency-replayed"] == "false"
    assert again.headers["x-idempotency-replayed"] == "true"
    assert again.json() == first.json()
    assert len(await list_refunds(client, order["order_id"])) == 1
    # The same key with another body is refused, not replayed.
    changed = await client.post(url, json={**body, "refund_amount": 61}, headers=headers)
    check_error(changed, 422, "idempotency_error")
    # A refused create is stored too: the second refund over the rest is refused again on retry.
    over_headers = {**AUTH, "x-idempotency-key": "refund-key-2"}
    over = {"refund_amount": 50, "refund_id": "refund_over"}
    assert (await client.post(url, json=over, headers=over_headers)).status_code == 400
    replayed = await client.post(url, json=over, headers=over_headers)
    check_error(replayed, 400, "refund_amount_invalid")
    assert replayed.headers["x-idempotency-replayed"] == "true"


@pytest.mark.parametrize(
    ("note", "settled", "webhook"),
    [
        ("SUCCESS", "SUCCESS", True),
        ("FAILED", "FAILED", True),
        ("ACTIVE", "ACTIVE", False),
        ("PENDING", "PENDING", False),
    ],
)
async def test_the_sandbox_rule_forces_the_outcome(
    client: httpx.AsyncClient, clock: Clock, note: str, settled: str, webhook: bool
) -> None:
    order = await paid_order(client)
    refund = await refunded(client, order["order_id"], refund_amount=5, refund_id="refund_rule", refund_note=note)
    assert refund["refund_status"] == "PENDING"
    assert refund["refund_note"] == note
    clock.advance(days=30)
    after = await get_refund(client, order["order_id"], "refund_rule")
    assert after["refund_status"] == settled
    assert (after["processed_at"] is not None) == (settled == "SUCCESS")
    assert len(await webhooks(client)) == int(webhook)


async def test_the_rule_is_exact(client: httpx.AsyncClient, clock: Clock) -> None:
    order = await paid_order(client)
    await refunded(client, order["order_id"], refund_amount=5, refund_id="refund_lower", refund_note="failed")
    clock.advance(seconds=DELAY)
    assert (await get_refund(client, order["order_id"], "refund_lower"))["refund_status"] == "SUCCESS"


async def test_the_outcome_endpoint_settles_a_pending_refund(client: httpx.AsyncClient, clock: Clock) -> None:
    order = await paid_order(client)
    order_id = order["order_id"]
    await refunded(client, order_id, refund_amount=5, refund_id="refund_held", refund_note="PENDING")
    url = f"/__mock/orders/{order_id}/refunds/refund_held/outcome"
    held = await client.post(url, json={"refund_status": "ONHOLD"})
    assert held.status_code == 200
    assert held.json()["refund_status"] == "ONHOLD"
    assert await webhooks(client) == []  # on hold is not final: nothing is sent
    clock.advance(days=1)
    assert (await get_refund(client, order_id, "refund_held"))["refund_status"] == "ONHOLD"
    done = await client.post(url, json={"refund_status": "SUCCESS"})
    assert done.json()["refund_status"] == "SUCCESS"
    assert done.json()["processed_at"] is not None
    assert done.json() == await get_refund(client, order_id, "refund_held")
    (hook,) = await webhooks(client)
    assert json.loads(hook["body"])["data"]["refund"]["refund_status"] == "SUCCESS"
    # Settled is final.
    again = await client.post(url, json={"refund_status": "FAILED"})
    assert (
        check_error(again, 400, "request_invalid")["message"]
        == "refund refund_held is SUCCESS, not ACTIVE or ONHOLD or PENDING"
    )


async def test_an_outcome_before_the_due_time_is_not_overwritten(client: httpx.AsyncClient, clock: Clock) -> None:
    order = await paid_order(client)
    await refunded(client, order["order_id"], refund_amount=5, refund_id="refund_early")
    url = f"/__mock/orders/{order['order_id']}/refunds/refund_early/outcome"
    assert (await client.post(url, json={"refund_status": "FAILED"})).status_code == 200
    clock.advance(seconds=DELAY)
    assert (await get_refund(client, order["order_id"], "refund_early"))["refund_status"] == "FAILED"
    assert len(await webhooks(client)) == 1


async def test_the_outcome_endpoint_errors(client: httpx.AsyncClient) -> None:
    order = await paid_order(client)
    await refunded(client, order["order_id"], refund_amount=5, refund_id="refund_e")
    url = f"/__mock/orders/{order['order_id']}/refunds/refund_e/outcome"
    check_error(await client.post(url, json={"refund_status": "PENDING"}), 400, "request_invalid")
    check_error(await client.post(url, json={}), 400, "request_invalid")
    check_error(await client.post(url, headers={"content-type": "application/json"}), 400, "request_invalid")
    check_error(await client.post(url), 415, "content_type_invalid")  # control POSTs are JSON
    check_error(await client.post(url.replace("refund_e", "nope"), json={"refund_status": "SUCCESS"}), 404)
    missing_order = "/__mock/orders/nope/refunds/refund_e/outcome"
    check_error(await client.post(missing_order, json={"refund_status": "SUCCESS"}), 404, "refund_not_found")
    check_error(await client.get(url), 405)


async def test_get_refund_not_found(client: httpx.AsyncClient) -> None:
    order = await paid_order(client)
    other = await paid_order(client)
    await refunded(client, order["order_id"], refund_amount=5, refund_id="refund_mine")
    for path in (
        f"/pg/orders/{other['order_id']}/refunds/refund_mine",
        f"/pg/orders/{order['order_id']}/refunds/refund_nope",
        "/pg/orders/nope/refunds/refund_mine",
    ):
        response = await client.get(path, headers=AUTH)
        check_response("getRefund", response)
        check_error(response, 404)
    check_error(await client.get("/pg/orders/nope/refunds", headers=AUTH), 404, "order_not_found")
    assert await list_refunds(client, other["order_id"]) == []


async def test_a_pre_authorisation_refunds_only_what_was_captured(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_note="preauth_transaction", order_amount=500)
    await paid(client, order, COLLECT_OK)
    order_id = order["order_id"]
    check_error(await create_refund(client, order_id, refund_amount=1, refund_id="refund_pa"), 400, "order_not_paid")
    capture = {"action": "CAPTURE", "amount": 200}
    assert (await client.post(f"/pg/orders/{order_id}/authorization", json=capture, headers=AUTH)).status_code == 200
    check_error(await create_refund(client, order_id, refund_amount=200.01, refund_id="refund_pa"), 400)
    refund = await refunded(client, order_id, refund_amount=200, refund_id="refund_pa")
    assert refund["refund_amount"] == 200


async def test_instant_refunds_and_splits_are_echoed(client: httpx.AsyncClient) -> None:
    order = await paid_order(client)
    splits = [{"vendor_id": "john", "amount": 10, "tags": {"reason": "returned"}}]
    refund = await refunded(
        client,
        order["order_id"],
        refund_amount=10,
        refund_id="refund_fast",
        refund_speed="INSTANT",
        refund_splits=splits,
    )
    assert refund["refund_speed"]["requested"] == "INSTANT"
    assert refund["refund_splits"] == splits
    bad = await create_refund(client, order["order_id"], refund_amount=1, refund_id="refund_slow", refund_speed="SLOW")
    check_error(bad, 400, "request_invalid")


async def test_a_second_successful_payment_is_not_refunded_twice(client: httpx.AsyncClient) -> None:
    # Two payments in flight can both succeed; refunds draw on the first, up to its amount.
    order = await create_order(client, order_amount=40)
    first = await paid(client, order, {"card": {"channel": "link", **CARD}})
    second = await paid(client, order, {"card": {"channel": "link", **CARD}})
    await outcome(client, first["cf_payment_id"], "SUCCESS")
    await outcome(client, second["cf_payment_id"], "SUCCESS")
    refund = await refunded(client, order["order_id"], refund_amount=40, refund_id="refund_all")
    assert refund["cf_payment_id"] == first["cf_payment_id"]
    check_error(await create_refund(client, order["order_id"], refund_amount=1, refund_id="refund_more"), 400)


class _NoScan(dict[str, Any]):
    """A store-wide table that fails the test if anything walks it."""

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("a per-order operation walked the whole store")

    def values(self) -> Any:
        raise AssertionError("a per-order operation walked the whole store")

    def items(self) -> Any:
        raise AssertionError("a per-order operation walked the whole store")


async def test_listing_costs_what_the_order_holds(clock: Clock) -> None:
    app = create_app(clock=clock)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        orders = [await paid_order(client) for _ in range(3)]
        for index, order in enumerate(orders):
            await refunded(client, order["order_id"], refund_amount=1 + index, refund_id="refund_one")
        store = app.state.mock.store
        store.orders = _NoScan(store.orders)
        store.payments = _NoScan(store.payments)
        clock.advance(seconds=DELAY)
        for index, order in enumerate(orders):
            (payment,) = (await client.get(f"/pg/orders/{order['order_id']}/payments", headers=AUTH)).json()
            (refund,) = await list_refunds(client, order["order_id"])
            assert refund["refund_amount"] == 1 + index
            assert refund["cf_payment_id"] == payment["cf_payment_id"]
            assert refund["refund_status"] == "SUCCESS"
            await get_refund(client, order["order_id"], "refund_one")


async def test_reset_clears_refunds_and_their_schedule(client: httpx.AsyncClient, clock: Clock) -> None:
    order = await paid_order(client)
    await refunded(client, order["order_id"], refund_amount=1, refund_id="refund_r")
    assert (await client.get("/__mock/state")).json()["refunds"] == 1
    state = (await client.post("/__mock/reset", json={})).json()
    assert state["refunds"] == 0
    clock.advance(seconds=DELAY)
    assert (await client.get("/__mock/webhooks")).json()["data"] == []


async def test_rate_limits_apply_to_refunds(clock: Clock, make_client: Callable[..., httpx.AsyncClient]) -> None:
    async with make_client(rate_limits=True, clock=clock) as client:
        order = await paid_order(client)
        url = f"/pg/orders/{order['order_id']}/refunds"
        for used in range(1, 31):
            response = await client.get(url, headers=AUTH)
            assert response.headers["x-ratelimit-remaining"] == str(30 - used)
        limited = await client.post(url, json={"refund_amount": 1, "refund_id": "refund_rl"}, headers=AUTH)
        check_response("createRefund", limited)
        check_error(limited, 429, "rate_limit_exceeded")
        clock.advance(minutes=1)
        assert (
            await create_refund(client, order["order_id"], refund_amount=1, refund_id="refund_rl")
        ).status_code == 200


async def test_faults_apply_to_refunds(client: httpx.AsyncClient) -> None:
    order = await paid_order(client)
    url = f"/pg/orders/{order['order_id']}/refunds"
    fault = {"method": "POST", "path": "/pg/orders/*/refunds", "status": 502, "after_commit": True}
    assert (await client.post("/__mock/faults", json=fault)).status_code == 200
    headers = {**AUTH, "x-idempotency-key": "refund-fault"}
    body = {"refund_amount": 30, "refund_id": "refund_f"}
    check_error(await client.post(url, json=body, headers=headers), 502)
    # The refund was made before the fault replaced the answer: the retry gets it, once.
    retried = await client.post(url, json=body, headers=headers)
    assert retried.status_code == 200
    assert retried.headers["x-idempotency-replayed"] == "true"
    assert [refund["refund_id"] for refund in await list_refunds(client, order["order_id"])] == ["refund_f"]
