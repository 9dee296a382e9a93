"""cf.raw_request: any path under the base URL through the client's own pipeline, sync and async."""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any

import httpx
import pytest

from cashfree_facade import (
    API_VERSION,
    APIConnectionError,
    APIResponse,
    AuthenticationError,
    CashfreeError,
    NotFoundError,
    RateLimitError,
)
from tests.support.fake_time import Sleeps
from tests.support.mock_transport import CLIENT_ID, CLIENT_SECRET, Recorder, make_client, ok, run

SETTLEMENTS = [{"cf_settlement_id": "1234", "settlement_amount": 10.34, "order_id": "order_1"}]


def test_get_with_params_carries_the_clients_credentials_and_version(mode: str) -> None:
    headers = {"x-request-id": "req_settle", "x-ratelimit-remaining": "99"}
    recorder = Recorder(httpx.Response(200, json=SETTLEMENTS, headers=headers))
    response = run(
        make_client(mode, recorder).raw_request(
            "get", "/orders/order_1/settlements", params={"limit": 10, "status": ["SETTLED", "PENDING"]}
        )
    )
    request = recorder.last
    assert request.method == "GET"
    assert str(request.url) == (
        "https://sandbox.cashfree.com/pg/orders/order_1/settlements?limit=10&status=SETTLED&status=PENDING"
    )
    assert request.headers["x-client-id"] == CLIENT_ID
    assert request.headers["x-client-secret"] == CLIENT_SECRET
    assert request.headers["x-api-version"] == API_VERSION
    assert "x-idempotency-key" not in request.headers
    assert request.content == b""
    assert isinstance(response, APIResponse)
    assert response.status_code == 200
    assert response.request_id == "req_settle"
    assert response.headers["x-ratelimit-remaining"] == "99"
    assert response.json() == SETTLEMENTS
    assert repr(response) == (
        "APIResponse(status_code=200, request_id='req_settle', content_type='application/json', "
        f"bytes={len(response.content)})"
    )


def test_post_gets_one_key_reused_by_every_retry(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(ok({"message": "busy"}, status=503), httpx.ConnectError("reset"), ok({"id": "x"}, status=201))
    body = {"amount": 10.34, "note": "x"}
    response = run(make_client(mode, recorder, sleeps).raw_request("POST", "/orders/o1/extended", json=body))
    keys = {r.headers["x-idempotency-key"] for r in recorder.requests}
    assert len(recorder.requests) == 3
    assert len(keys) == 1
    assert all(json.loads(r.content) == body for r in recorder.requests)
    assert recorder.last.headers["content-type"] == "application/json"
    assert b'"amount":10.34' in recorder.last.content
    assert (response.status_code, response.json()) == (201, {"id": "x"})
    assert len(sleeps) == 2


def test_post_without_a_body_still_gets_a_key_and_a_given_key_wins(mode: str) -> None:
    recorder = Recorder(ok({}))
    cf = make_client(mode, recorder)
    run(cf.raw_request("POST", "/orders/o1/something"))
    assert recorder.last.headers["x-idempotency-key"]
    assert recorder.last.content == b""
    run(cf.raw_request("POST", "/orders/o1/something", idempotency_key="mine-1", request_id="trace-9"))
    assert recorder.last.headers["x-idempotency-key"] == "mine-1"
    assert recorder.last.headers["x-request-id"] == "trace-9"


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_other_methods_send_a_key_only_when_given(mode: str, method: str) -> None:
    recorder = Recorder(ok({}))
    cf = make_client(mode, recorder)
    run(cf.raw_request(method, "/orders/o1"))
    assert "x-idempotency-key" not in recorder.last.headers
    run(cf.raw_request(method, "/orders/o1", idempotency_key="k-1"))
    assert recorder.last.headers["x-idempotency-key"] == "k-1"
    assert recorder.last.method == method


def test_patch_with_a_body_gets_a_key(mode: str) -> None:
    recorder = Recorder(ok({}))
    run(make_client(mode, recorder).raw_request("PATCH", "/orders/o1", json={"order_status": "TERMINATED"}))
    assert recorder.last.headers["x-idempotency-key"]


def test_errors_are_the_librarys(mode: str, sleeps: Sleeps) -> None:
    not_found = {"message": "settlement not found", "code": "settlement_not_found", "type": "invalid_request_error"}
    recorder = Recorder(ok(not_found, status=404, request_id="req_404"))
    with pytest.raises(NotFoundError) as caught:
        run(make_client(mode, recorder, sleeps).raw_request("GET", "/orders/o1/settlements"))
    assert (caught.value.code, caught.value.request_id, caught.value.body) == (
        "settlement_not_found",
        "req_404",
        not_found,
    )
    assert len(recorder.requests) == 1

    limited = Recorder(httpx.Response(429, json={"message": "slow down"}, headers={"retry-after": "3"}))
    with pytest.raises(RateLimitError):
        run(make_client(mode, limited, sleeps).raw_request("GET", "/orders/o1/settlements"))
    assert len(limited.requests) == 3  # retried like every call
    assert sleeps[-2:] == [3.0, 3.0]

    auth = Recorder(ok({"message": "authentication Failed", "code": "request_failed"}, status=401))
    with pytest.raises(AuthenticationError):
        run(make_client(mode, auth).raw_request("GET", "/orders/o1/settlements"))

    down = Recorder(httpx.ConnectError("connection refused"))
    with pytest.raises(APIConnectionError):
        run(make_client(mode, down, sleeps, max_retries=0).raw_request("GET", "/orders/o1/settlements"))


def test_a_secret_echoed_in_an_error_is_scrubbed(mode: str) -> None:
    recorder = Recorder(ok({"message": f"bad secret {CLIENT_SECRET}", "code": "x"}, status=400))
    with pytest.raises(CashfreeError) as caught:
        run(make_client(mode, recorder).raw_request("GET", "/orders/o1/settlements"))
    assert CLIENT_SECRET not in str(caught.value)
    assert CLIENT_SECRET not in json.dumps(caught.value.body)  # type: ignore[attr-defined]


def test_bodies_that_are_not_json(mode: str) -> None:
    recorder = Recorder(
        httpx.Response(200, content=b"id,amount\n1,10.34\n", headers={"content-type": "text/csv"}),
        httpx.Response(204),
    )
    cf = make_client(mode, recorder)
    report = run(cf.raw_request("GET", "/reports/settlements.csv"))
    assert report.text == "id,amount\n1,10.34\n"
    assert report.request_id is None
    with pytest.raises(json.JSONDecodeError):
        report.json()
    empty = run(cf.raw_request("DELETE", "/orders/o1/something"))
    assert (empty.status_code, empty.content) == (204, b"")


def test_needs_credentials(mode: str) -> None:
    recorder = Recorder(ok({}))
    cf = make_client(mode, recorder, client_id=None, client_secret=None)
    with pytest.raises(CashfreeError, match="raw_request needs client_id and client_secret"):
        run(cf.raw_request("GET", "/orders/o1"))
    assert recorder.requests == []


def test_per_call_timeout_and_the_log_line(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(ok({}))
    with caplog.at_level(logging.DEBUG, logger="cashfree_facade"):
        run(make_client(mode, recorder).raw_request("GET", "/orders/o1/settlements", timeout=3))
    assert recorder.last.extensions["timeout"] == httpx.Timeout(3).as_dict()
    (record,) = [r for r in caplog.records if getattr(r, "cashfree_operation", None) == "raw_request"]
    assert record.getMessage().startswith("GET /orders/o1/settlements -> 200")


@pytest.mark.parametrize(
    "path",
    [
        "https://evil.example/orders",
        "http://sandbox.cashfree.com/pg/orders",
        "//evil.example/orders",
        "orders/o1",
        "",
        "/",
        "/orders//o1",
        "/orders/../../admin",
        "/orders/./o1",
        "/orders/%2e%2e/%2E%2E/admin",
        "/orders/a%2Fb",
        "/orders/a%5Cb",
        "/orders/%ff",
        "/orders\\..\\admin",
        "/orders?x=1",
        "/orders#top",
        "/orders/a b",
        "/orders/\u00e9",
        "/orders/o1\r\nx-evil: 1",
    ],
)
def test_paths_that_could_leave_the_base_are_refused_before_sending(mode: str, path: str) -> None:
    recorder = Recorder(ok({}))
    cf = make_client(mode, recorder)
    with pytest.raises(ValueError, match="path"):
        run(cf.raw_request("GET", path))
    assert recorder.requests == []


@pytest.mark.parametrize("path", [None, b"/orders", 42])
def test_a_path_that_is_not_a_string_is_refused(mode: str, path: Any) -> None:
    recorder = Recorder(ok({}))
    with pytest.raises(ValueError, match="path: expected a string"):
        run(make_client(mode, recorder).raw_request("GET", path))
    assert recorder.requests == []


def test_path_stays_under_the_base_url(mode: str) -> None:
    recorder = Recorder(ok({}))
    run(make_client(mode, recorder).raw_request("GET", "/@evil.example:80/x"))
    assert str(recorder.last.url) == "https://sandbox.cashfree.com/pg/@evil.example:80/x"
    run(make_client(mode, recorder, base_url="http://127.0.0.1:9").raw_request("GET", "/orders/o%201"))
    assert str(recorder.last.url) == "http://127.0.0.1:9/orders/o%201"


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"method": "TRACE"}, ValueError, "method: expected one of"),
        ({"method": None}, ValueError, "method"),
        ({"json": {"amount": Decimal("10.34")}}, ValueError, "json: must be JSON"),
        ({"json": {"amount": float("nan")}}, ValueError, "json: must be JSON"),
        ({"params": {"at": object()}}, ValueError, "params: values must be"),
        ({"params": {"at": [1, {"x": 1}]}}, ValueError, "params: values must be"),
        ({"params": ["limit", 10]}, ValueError, "params: expected a mapping"),
        ({"params": {"": 1}}, ValueError, "params: expected a mapping"),
        ({"idempotency_key": ""}, ValueError, "idempotency_key"),
        ({"retries": 3}, TypeError, "unexpected keyword argument 'retries'"),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    mode: str, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    recorder = Recorder(ok({}))
    arguments = dict(arguments)
    method = arguments.pop("method", "POST")
    with pytest.raises(error, match=message):
        run(make_client(mode, recorder).raw_request(method, "/orders/o1", **arguments))
    assert recorder.requests == []


def test_with_options_copy_keeps_raw_request(mode: str) -> None:
    recorder = Recorder(ok({}))
    cf = make_client(mode, recorder).with_options(api_version="2025-01-01")
    run(cf.raw_request("GET", "/orders/o1"))
    assert recorder.last.headers["x-api-version"] == "2025-01-01"
