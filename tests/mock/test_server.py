"""MockServer, `python -m cashfree_mock`, the public surface and the control endpoints."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

import cashfree_mock
import cashfree_mock.__main__ as cashfree_mock_cli
from cashfree_mock import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, MockServer
from tests.support.fake_time import Clock
from tests.support.mock_http import AUTH, check_error, check_response, create_order, paid
from tests.support.spec import VERSION


def test_public_surface() -> None:
    assert cashfree_mock.__all__ == [
        "DEFAULT_CLIENT_ID",
        "DEFAULT_CLIENT_SECRET",
        "AppServer",
        "MockControl",
        "MockControlError",
        "MockServer",
        "create_app",
    ]
    assert set(dir(cashfree_mock)) >= set(cashfree_mock.__all__)
    for name in cashfree_mock.__all__:
        assert getattr(cashfree_mock, name) is not None
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = cashfree_mock.no_such_name
    assert (DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET) == ("TEST_CLIENT_ID", "TEST_CLIENT_SECRET")


def test_mock_does_not_import_the_client() -> None:
    script = "import sys, cashfree_mock; cashfree_mock.create_app(); print(sorted(sys.modules))"
    # A fresh interpreter, so modules the test session imported do not count.
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)  # noqa: S603
    modules = result.stdout
    assert "cashfree_facade" not in modules
    assert "cashfree_openapi" not in modules


def test_mock_server_serves_the_api() -> None:
    with MockServer(client_id="id-1", client_secret="secret-1") as server:
        assert server.base_url == server.url + "/pg"
        assert server.url.startswith("http://127.0.0.1:")
        assert (server.client_id, server.client_secret) == ("id-1", "secret-1")
        headers = {"x-client-id": "id-1", "x-client-secret": "secret-1", "x-api-version": VERSION}
        response = httpx.post(
            server.base_url + "/orders", json={"order_amount": 1, "order_currency": "INR"}, headers=headers
        )
        check_response("createOrder", response)
        assert server.app.state.mock.store.orders
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.url + "/__mock/state")


def test_python_m_cashfree_mock_prints_its_defaults() -> None:
    command = [sys.executable, "-m", "cashfree_mock", "--port", "0", "--log-level", "warning"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:  # noqa: S603
        try:
            assert process.stdout is not None
            lines = [process.stdout.readline() for _ in range(3)]
            base_url = lines[0].split(" at ", 1)[1].strip()
            # The announced URL is the bound one (port 0 resolved) and it answers.
            answer = httpx.get(base_url + "/orders/none/payments", headers={"x-api-version": "2026-01-01", **AUTH})
        finally:
            process.terminate()
    assert base_url.startswith("http://127.0.0.1:")
    assert not base_url.startswith("http://127.0.0.1:0/")
    assert base_url.endswith("/pg")
    assert answer.status_code == 404
    assert DEFAULT_CLIENT_ID in lines[1]
    assert DEFAULT_CLIENT_SECRET in lines[2]


def test_help_shows_the_defaults_and_where_the_guide_is(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "40")  # a narrow terminal must not break the guide's path
    with pytest.raises(SystemExit) as exited:
        cashfree_mock_cli.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    text = " ".join(out.split())  # argparse wraps the options' help at the terminal's width
    for default in ("127.0.0.1", "8080", DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, "info"):
        assert f"(default: {default})" in text
    guide = Path(out.rsplit("Guide (test instruments, control endpoints): ", 1)[1].strip())
    assert guide.name == "mock.md"
    assert guide.read_text(encoding="utf-8").startswith("# cashfree_mock")


@pytest.mark.anyio
async def test_control_endpoints(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    await paid(client, order, {"upi": {"channel": "link"}})
    await client.post(
        "/pg/orders", json={"order_amount": 1, "order_currency": "INR"}, headers={**AUTH, "x-idempotency-key": "k"}
    )
    state = (await client.get("/__mock/state")).json()
    assert state == {
        "orders": 2,
        "payments": 1,
        "refunds": 0,
        "saved_instruments": 0,
        "webhooks": 0,
        "idempotency_keys": 1,
        "faults": 0,
    }
    assert (await client.get(f"/__mock/orders/{order['order_id']}")).json()["order_id"] == order["order_id"]
    check_error(await client.get("/__mock/orders/nope"), 404, "order_not_found")
    check_error(await client.post("/__mock/payments/1/outcome", json={"payment_status": "SUCCESS"}), 404)
    check_error(await client.post("/__mock/payments/1/outcome", json={"payment_status": "MAYBE"}), 400)
    check_error(
        await client.post("/__mock/payments/1/outcome", content=b"{", headers={"content-type": "application/json"}), 400
    )
    # No body needed, but the JSON content type is (tests/mock/test_hardening.py says why).
    reset = (await client.post("/__mock/reset", headers={"content-type": "application/json"})).json()
    assert reset["orders"] == reset["payments"] == reset["idempotency_keys"] == 0
    check_error(await client.get("/pg/view/gateway/1"), 404)


@pytest.mark.anyio
async def test_control_index_lists_every_endpoint(client: httpx.AsyncClient) -> None:
    # The banner prints /__mock/: it answers, with or without the slash.
    index = (await client.get("/__mock/")).json()
    assert (await client.get("/__mock")).json() == index
    assert index["api"] == "/pg"
    listed = {(e["method"], e["path"]) for e in index["endpoints"]}
    assert listed == {
        ("GET", "/__mock/"),
        ("POST", "/__mock/reset"),
        ("GET", "/__mock/state"),
        ("GET", "/__mock/orders/{order_id}"),
        ("POST", "/__mock/payments/{cf_payment_id}/outcome"),
        ("POST", "/__mock/orders/{order_id}/refunds/{refund_id}/outcome"),
        ("GET", "/__mock/faults"),
        ("POST", "/__mock/faults"),
        ("DELETE", "/__mock/faults"),
        ("GET", "/__mock/webhooks"),
        ("GET", "/__mock/webhooks/{event_id}"),
        ("POST", "/__mock/webhooks/{event_id}/resend"),
        ("POST", "/__mock/webhooks/forward"),
        ("GET", "/__mock/clock"),
        ("POST", "/__mock/clock"),
    }
    assert all(e["description"] and "\n" not in e["description"] for e in index["endpoints"])
    # Each listed endpoint without a path parameter answers at its listed method and path.
    for method, path in listed:
        if "{" not in path and method != "POST":
            assert (await client.request(method, path)).status_code == 200, (method, path)


@pytest.mark.anyio
async def test_rate_limits(clock: Clock, make_client: Callable[..., httpx.AsyncClient]) -> None:
    async with make_client(rate_limits=True, clock=clock) as client:
        body = {"order_amount": 1, "order_currency": "INR"}
        for used in range(1, 31):
            response = await client.post("/pg/orders", json=body, headers=AUTH)
            assert response.status_code == 200
            assert response.headers["x-ratelimit-limit"] == "30"
            assert response.headers["x-ratelimit-remaining"] == str(30 - used)
        limited = await client.post("/pg/orders", json=body, headers=AUTH)
        check_response("createOrder", limited)
        check_error(limited, 429, "rate_limit_exceeded")
        assert limited.headers["x-ratelimit-retry"] == "60"
        assert limited.headers["x-ratelimit-type"] == "ip"
        # Other operations have their own budget.
        other = await client.get("/pg/orders/x/payments", headers=AUTH)
        assert other.status_code == 404
        clock.advance(minutes=1)
        assert (await client.post("/pg/orders", json=body, headers=AUTH)).status_code == 200


@pytest.mark.anyio
async def test_rate_limits_are_off_by_default(client: httpx.AsyncClient) -> None:
    response = await client.post("/pg/orders", json={"order_amount": 1, "order_currency": "INR"}, headers=AUTH)
    assert "x-ratelimit-limit" not in response.headers
