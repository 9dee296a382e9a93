"""Injected faults: status, after-commit, delay, and dropped connections."""

from __future__ import annotations

import time

import httpx
import pytest

from cashfree_mock import MockServer
from tests.support.mock_http import AUTH, check_error, check_response

pytestmark = pytest.mark.anyio

ORDER = {"order_amount": 10, "order_currency": "INR"}


async def test_status_fault_before_the_operation(client: httpx.AsyncClient) -> None:
    fault = {"method": "POST", "path": "/pg/orders", "status": 503, "count": 2}
    listing = (await client.post("/__mock/faults", json=fault)).json()
    assert listing[0]["count"] == 2
    for _ in range(2):
        response = await client.post("/pg/orders", json=ORDER, headers=AUTH)
        check_error(response, 503, "request_failed")
        assert response.headers["x-request-id"]
    assert (await client.get("/__mock/state")).json()["orders"] == 0
    check_response("createOrder", await client.post("/pg/orders", json=ORDER, headers=AUTH))
    assert (await client.get("/__mock/faults")).json() == []


async def test_after_commit_loses_only_the_response(client: httpx.AsyncClient) -> None:
    await client.post("/__mock/faults", json={"path": "/pg/orders", "status": 500, "after_commit": True})
    headers = {**AUTH, "x-idempotency-key": "retry-me"}
    lost = await client.post("/pg/orders", json=ORDER, headers=headers)
    check_response("createOrder", lost)
    check_error(lost, 500)
    assert (await client.get("/__mock/state")).json()["orders"] == 1
    retry = await client.post("/pg/orders", json=ORDER, headers=headers)
    assert retry.status_code == 200
    assert retry.headers["x-idempotency-replayed"] == "true"
    assert (await client.get("/__mock/state")).json()["orders"] == 1


async def test_faults_match_method_and_glob(client: httpx.AsyncClient) -> None:
    await client.post("/__mock/faults", json={"method": "get", "path": "/pg/orders/*/payments", "status": 502})
    assert (await client.post("/pg/orders", json=ORDER, headers=AUTH)).status_code == 200
    check_error(await client.get("/pg/orders/x/payments", headers=AUTH), 502)
    await client.post("/__mock/faults", json={"path": "/pg/orders", "status": 429, "count": 5})
    assert len((await client.get("/__mock/faults")).json()) == 1
    assert (await client.delete("/__mock/faults")).json() == []
    assert (await client.post("/pg/orders", json=ORDER, headers=AUTH)).status_code == 200


async def test_delay(client: httpx.AsyncClient) -> None:
    await client.post("/__mock/faults", json={"path": "/pg/orders", "delay_ms": 150})
    started = time.monotonic()
    response = await client.post("/pg/orders", json=ORDER, headers=AUTH)
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.15


@pytest.mark.parametrize(
    "fault",
    [{"status": 200, "path": "/x"}, {"method": "POST"}, {"path": "/x", "count": 0}, {"path": "/x", "colour": "red"}],
)
async def test_bad_fault_bodies(client: httpx.AsyncClient, fault: dict[str, object]) -> None:
    check_error(await client.post("/__mock/faults", json=fault), 400, "request_invalid")


async def test_drop_under_asgi_transport(client: httpx.AsyncClient) -> None:
    await client.post("/__mock/faults", json={"path": "/pg/orders", "drop": True})
    with pytest.raises(ConnectionResetError):
        await client.post("/pg/orders", json=ORDER, headers=AUTH)


def test_drop_closes_the_connection_over_http() -> None:
    with MockServer(log_level="critical") as server, httpx.Client(base_url=server.base_url) as http:
        http.post(server.url + "/__mock/faults", json={"path": "/pg/orders", "drop": True, "after_commit": True})
        headers = {**AUTH, "x-idempotency-key": "dropped"}
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/orders", json=ORDER, headers=headers)
        retry = http.post("/orders", json=ORDER, headers=headers)
        assert retry.status_code == 200
        assert retry.headers["x-idempotency-replayed"] == "true"
        assert http.get(server.url + "/__mock/state").json()["orders"] == 1
