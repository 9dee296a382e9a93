"""Idempotency keys: replay, mismatch and concurrent use."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from cashfree_mock import MockServer
from tests.support.fake_time import Clock
from tests.support.mock_http import AUTH, PUBLIC, check_error, check_response, create_order

pytestmark = pytest.mark.anyio

ORDER = {"order_amount": 10, "order_currency": "INR"}


async def test_first_response_is_replayed(client: httpx.AsyncClient) -> None:
    headers = {**AUTH, "x-idempotency-key": "key-1"}
    first = await client.post("/pg/orders", json=ORDER, headers=headers)
    assert first.headers["x-idempotency-replayed"] == "false"
    assert first.headers["x-idempotency-key"] == "key-1"
    second = await client.post("/pg/orders", json=ORDER, headers=headers)
    check_response("createOrder", second)
    assert second.headers["x-idempotency-replayed"] == "true"
    assert second.json() == first.json()
    assert (await client.get("/__mock/state")).json()["orders"] == 1


async def test_errors_are_replayed_too(client: httpx.AsyncClient) -> None:
    headers = {**PUBLIC, "x-idempotency-key": "pay-1"}
    body = {"payment_session_id": "session_unknown", "payment_method": {"upi": {"channel": "link"}}}
    first = await client.post("/pg/orders/sessions", json=body, headers=headers)
    check_error(first, 404, "payment_session_id_invalid")
    second = await client.post("/pg/orders/sessions", json=body, headers=headers)
    assert (second.status_code, second.json()) == (404, first.json())
    assert second.headers["x-idempotency-replayed"] == "true"


async def test_same_key_other_body_is_422(client: httpx.AsyncClient) -> None:
    headers = {**AUTH, "x-idempotency-key": "key-2"}
    await client.post("/pg/orders", json=ORDER, headers=headers)
    response = await client.post("/pg/orders", json={**ORDER, "order_amount": 11}, headers=headers)
    check_response("createOrder", response)
    check_error(response, 422, "idempotency_error")


async def test_keys_expire_after_a_day(client: httpx.AsyncClient, clock: Clock) -> None:
    headers = {**AUTH, "x-idempotency-key": "key-3"}
    first = await client.post("/pg/orders", json=ORDER, headers=headers)
    clock.advance(hours=25)
    second = await client.post("/pg/orders", json=ORDER, headers=headers)
    assert second.headers["x-idempotency-replayed"] == "false"
    assert second.json()["order_id"] != first.json()["order_id"]


async def test_replay_is_a_snapshot(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_note="preauth_transaction")
    await client.post(
        "/pg/orders/sessions",
        json={
            "payment_session_id": order["payment_session_id"],
            "payment_method": {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}},
        },
        headers=PUBLIC,
    )
    url = f"/pg/orders/{order['order_id']}/authorization"
    headers = {**AUTH, "x-idempotency-key": "cap-1"}
    first = await client.post(url, json={"action": "CAPTURE", "amount": 5}, headers=headers)
    replay = await client.post(url, json={"action": "CAPTURE", "amount": 5}, headers=headers)
    assert replay.json() == first.json()
    assert replay.json()["authorization"]["captured_amount"] == 5


async def test_concurrent_requests_with_one_key_execute_once(client: httpx.AsyncClient) -> None:
    headers = {**AUTH, "x-idempotency-key": "key-4"}
    responses = await asyncio.gather(*(client.post("/pg/orders", json=ORDER, headers=headers) for _ in range(20)))
    assert {r.json()["order_id"] for r in responses} == {responses[0].json()["order_id"]}
    assert sorted(r.headers["x-idempotency-replayed"] for r in responses) == ["false"] + ["true"] * 19
    assert (await client.get("/__mock/state")).json()["orders"] == 1


def test_concurrent_threads_over_http() -> None:
    with MockServer() as server, httpx.Client(base_url=server.base_url) as http:

        def create(index: int) -> httpx.Response:
            key = f"thread-key-{index % 4}"
            return http.post("/orders", json=ORDER, headers={**AUTH, "x-idempotency-key": key})

        with ThreadPoolExecutor(max_workers=8) as pool:
            responses = list(pool.map(create, range(32)))
        assert all(r.status_code == 200 for r in responses)
        assert len({r.json()["order_id"] for r in responses}) == 4
        assert httpx.get(server.url + "/__mock/state").json()["orders"] == 4
