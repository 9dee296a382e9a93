"""Bad input, misuse and slow clients cannot crash, hang or bloat the simulator (issue 11).

Every case answers with a Cashfree-shaped 4xx (or, for a client that went away, nothing), never
a 5xx; the counts of refused inputs here are the figures the issue's closing note gives.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.types import ASGIApp, Message

from cashfree_mock import MockServer, create_app
from cashfree_mock._access import Access
from cashfree_mock._idempotency import IdempotencyStore, StoredResponse
from tests.support.fake_time import Clock
from tests.support.mock_http import AUTH, PUBLIC, check_error, check_response, create_order

pytestmark = pytest.mark.anyio

ORDER = {"order_amount": 10, "order_currency": "INR"}
JSON = {"content-type": "application/json"}
Factory = Callable[..., httpx.AsyncClient]


def with_numbers(body: Any, *numbers: str) -> str:
    """`body` as JSON text, each "@" in it replaced by the next number token, written as given."""
    raw = json.dumps(body)
    for number in numbers:
        raw = raw.replace('"@"', number, 1)
    return raw


async def post_raw(client: httpx.AsyncClient, path: str, raw: str, headers: dict[str, str]) -> httpx.Response:
    return await client.post(path, content=raw.encode(), headers={**headers, **JSON})


# --- Numbers: every number in a request is a finite double, or a 400 naming its field ---------------

BAD_ORDER_NUMBERS = [
    # (body, the field the error names, its code)
    ('{"order_amount": 1e1000000, "order_currency": "INR"}', "order_amount", "order_amount_invalid"),
    ('{"order_amount": 1e400, "order_currency": "INR"}', "order_amount", "order_amount_invalid"),
    ('{"order_amount": -1e400, "order_currency": "INR"}', "order_amount", "order_amount_invalid"),
    ('{"order_amount": 1e-400, "order_currency": "INR"}', "order_amount", "order_amount_invalid"),
    ('{"order_amount": 1' + "0" * 40 + ', "order_currency": "INR"}', "order_amount", "order_amount_invalid"),
    ('{"order_amount": 10.' + "0" * 40 + ', "order_currency": "INR"}', "order_amount", "order_amount_invalid"),
    (
        '{"order_amount": 10, "order_currency": "INR", "order_splits": [{"vendor_id": "v", "amount": 1e20000000}]}',
        "order_splits[0].amount",
        "request_invalid",
    ),
    (
        '{"order_amount": 10, "order_currency": "INR", "order_splits": [{"vendor_id": "v", "percentage": 1E+999}]}',
        "order_splits[0].percentage",
        "request_invalid",
    ),
    (
        '{"order_amount": 10, "order_currency": "INR", "customer_details": {"customer_id": "c",'
        ' "customer_phone": "9898989898", "customer_bank_code": 1' + "0" * 5000 + "}}",
        "customer_details.customer_bank_code",
        "request_invalid",
    ),
    (
        '{"order_amount": 10, "order_currency": "INR", "cart_details": {"cart_items": [{"item_quantity": -'
        + "9" * 41
        + "}]}}",
        "cart_details.cart_items[0].item_quantity",
        "request_invalid",
    ),
]


@pytest.mark.parametrize(("raw", "field", "code"), BAD_ORDER_NUMBERS)
async def test_numbers_that_are_not_doubles_are_refused_by_name(
    client: httpx.AsyncClient, raw: str, field: str, code: str
) -> None:
    response = await post_raw(client, "/pg/orders", raw, AUTH)
    check_response("createOrder", response)
    body = check_error(response, 400, code)
    assert body["message"].startswith(field + " must be a finite number")
    assert len(response.content) < 400  # no echo of the number, however long
    assert (await client.get("/__mock/state")).json()["orders"] == 0


async def test_numbers_in_pay_and_control_bodies(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    method = {"netbanking": {"channel": "link", "netbanking_bank_code": "@"}}
    pay = with_numbers({"payment_session_id": order["payment_session_id"], "payment_method": method}, "3e99999")
    body = check_error(await post_raw(client, "/pg/orders/sessions", pay, PUBLIC), 400, "netbanking_bank_code_invalid")
    assert body["message"].startswith("payment_method.netbanking.netbanking_bank_code must be a finite number")
    capture = '{"action": "CAPTURE", "amount": 1e99999}'
    response = await post_raw(client, f"/pg/orders/{order['order_id']}/authorization", capture, AUTH)
    assert check_error(response, 400)["message"].startswith("amount must be a finite number")
    fault = '{"path": "/pg/orders", "count": 1e99999}'
    assert check_error(await post_raw(client, "/__mock/faults", fault, {}), 400)["message"].startswith("count")


async def test_the_largest_doubles_are_accepted_and_echoed_no_longer_than_sent(client: httpx.AsyncClient) -> None:
    splits = [{"vendor_id": f"v{index}", "amount": "@"} for index in range(50)]
    body = {"order_amount": "@", "order_currency": "INR", "order_splits": splits}
    raw = with_numbers(body, "1.7976931348623157e308", *["1e308"] * 50)
    response = await post_raw(client, "/pg/orders", raw, AUTH)
    order = check_response("createOrder", response)
    assert Decimal(str(order["order_amount"])) == Decimal("1.7976931348623157e308")
    assert [Decimal(str(split["amount"])) for split in order["order_splits"]] == [Decimal("1e308")] * 50
    # In plain notation each of those is 309 digits: the response would be 15 KB for a 2 KB request.
    assert not re.search(rb"[0-9]{41}", response.content)
    assert len(response.content) < len(raw) + 1500
    # Ordinary amounts still echo as sent, and tiny but representable doubles are numbers too.
    tiny = await post_raw(client, "/pg/orders", '{"order_amount": 10.30, "order_currency": "INR", "order_splits":'
                          ' [{"vendor_id": "v", "percentage": 5e-324}]}', AUTH)  # fmt: skip
    assert b'"order_amount":10.30' in tiny.content
    assert Decimal(str(tiny.json()["order_splits"][0]["percentage"])) == Decimal("5e-324")


# JSON numbers of every shape: sign, integer digits, fraction, exponent of any size.
json_numbers = st.builds(
    lambda sign, digits, fraction, exponent: sign + digits + fraction + exponent,
    st.sampled_from(["", "-"]),
    st.from_regex(r"\A(0|[1-9][0-9]{0,60})\Z"),
    st.sampled_from(["", ".5", ".05", ".000", ".123456789012345678901234567890"]),
    st.sampled_from(["", "e0", "E+2", "e-2"]) | st.integers(-(10**7), 10**7).map(lambda e: f"e{e}"),
)


@settings(max_examples=150, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(["order_amount", "shipping_charge"]), json_numbers)
def test_any_number_anywhere_is_a_clean_answer(field: str, number: str) -> None:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=APP)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            body: dict[str, Any] = {
                "order_amount": "@",
                "order_currency": "INR",
                "cart_details": {"shipping_charge": 1},
            }
            if field == "shipping_charge":
                body = {**body, "order_amount": 10, "cart_details": {"shipping_charge": "@"}}
            raw = with_numbers(body, number)
            return await post_raw(client, "/pg/orders", raw, AUTH)

    response = anyio.run(go)
    check_response("createOrder", response)
    assert response.status_code in {200, 400}, response.text
    assert len(response.content) < 2500
    if response.status_code == 200:
        assert not re.search(rb"[0-9]{41}", response.content)


APP = create_app()


# --- Control bodies: integers are integers --------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        '{"path": "/pg/orders", "status": 500.0}',
        '{"path": "/pg/orders", "status": 5e2}',
        '{"path": "/pg/orders", "delay_ms": 1.0}',
        '{"path": "/pg/orders", "count": 2.0}',
        '{"path": "/pg/orders", "status": 399}',
        '{"path": "/pg/orders", "status": 600}',
        '{"path": "/pg/orders", "status": true}',
        '{"path": "/pg/orders", "delay_ms": -1}',
    ],
)
async def test_fault_numbers_must_be_integers_in_range(client: httpx.AsyncClient, fault: str) -> None:
    field = next(name for name in ("status", "delay_ms", "count") if name in fault)
    body = check_error(await post_raw(client, "/__mock/faults", fault, {}), 400, "request_invalid")
    assert field in body["message"]
    assert (await client.get("/__mock/faults")).json() == []
    # Nothing was armed: the next order is created, not crashed or slowed.
    check_response("createOrder", await client.post("/pg/orders", json=ORDER, headers=AUTH))


# --- Memory: keys expire on the clock, keys and faults are capped ---------------------------------


async def test_idempotency_keys_expire_without_being_asked_for(client: httpx.AsyncClient, clock: Clock) -> None:
    for index in range(3):
        await client.post("/pg/orders", json=ORDER, headers={**AUTH, "x-idempotency-key": f"old-{index}"})
    clock.advance(hours=23)
    await client.post("/pg/orders", json=ORDER, headers={**AUTH, "x-idempotency-key": "recent"})
    assert (await client.get("/__mock/state")).json()["idempotency_keys"] == 4
    clock.advance(hours=1, seconds=1)  # the first three are a day old now; "recent" is not
    await client.post("/pg/orders", json=ORDER, headers={**AUTH, "x-idempotency-key": "new"})
    assert (await client.get("/__mock/state")).json()["idempotency_keys"] == 2
    replay = await client.post("/pg/orders", json=ORDER, headers={**AUTH, "x-idempotency-key": "recent"})
    assert replay.headers["x-idempotency-replayed"] == "true"


def _stored(at: datetime) -> StoredResponse:
    return StoredResponse("digest", 200, "{}", at)


def test_idempotency_store_forgets_the_oldest_past_its_cap() -> None:
    start = datetime(2026, 3, 1, tzinfo=UTC)
    store = IdempotencyStore(max_keys=3)
    for index in range(5):
        store.put(f"k{index}", _stored(start + timedelta(seconds=index)))
    assert len(store) == 3
    now = start + timedelta(minutes=1)
    assert [store.get(f"k{index}", now) is not None for index in range(5)] == [False, False, True, True, True]
    with pytest.raises(ValueError, match="max_keys"):
        IdempotencyStore(max_keys=0)


def test_idempotency_store_expires_an_entry_stored_by_a_clock_that_went_back() -> None:
    start = datetime(2026, 3, 1, tzinfo=UTC)
    store = IdempotencyStore()
    store.put("late", _stored(start + timedelta(hours=2)))
    store.put("early", _stored(start))  # behind "late" in the queue, but older
    now = start + timedelta(hours=24, minutes=1)
    assert store.get("early", now) is None
    assert store.get("late", now) is not None
    assert len(store) == 1


async def test_the_fault_list_is_capped(client: httpx.AsyncClient) -> None:
    for index in range(100):
        response = await client.post("/__mock/faults", json={"path": f"/pg/never/{index}", "status": 500})
        assert response.status_code == 200
    body = check_error(await client.post("/__mock/faults", json={"path": "/pg/x", "status": 500}), 400)
    assert "at most 100 faults" in body["message"]
    assert (await client.get("/__mock/state")).json()["faults"] == 100
    await client.delete("/__mock/faults")
    assert (await client.post("/__mock/faults", json={"path": "/pg/x", "status": 500})).status_code == 200


# --- Cashfree's idempotency contract for injected failures (replay_faults) ------------------------


async def test_replay_faults_stores_an_injected_500_under_the_key(clock: Clock, make_client: Factory) -> None:
    async with make_client(clock=clock, replay_faults=True) as client:
        await client.post("/__mock/faults", json={"method": "POST", "path": "/pg/orders", "status": 500})
        headers = {**AUTH, "x-idempotency-key": "k-500"}
        first = await client.post("/pg/orders", json=ORDER, headers=headers)
        check_response("createOrder", first)
        check_error(first, 500, "request_failed")
        assert first.headers["x-idempotency-replayed"] == "false"
        # The fault is used up; the retry with the same key still gets the 500, replayed.
        retry = await client.post("/pg/orders", json=ORDER, headers=headers)
        assert (retry.status_code, retry.json()) == (500, first.json())
        assert retry.headers["x-idempotency-replayed"] == "true"
        assert retry.headers["x-idempotency-key"] == "k-500"
        mismatch = await client.post("/pg/orders", json={**ORDER, "order_amount": 11}, headers=headers)
        check_error(mismatch, 422, "idempotency_error")
        assert (await client.get("/__mock/state")).json()["orders"] == 0
        # A new key is a new request, which succeeds; the stored 500 lasts the key's day.
        assert (await client.post("/pg/orders", json=ORDER, headers={**AUTH, "x-idempotency-key": "k-2"})).is_success
        clock.advance(hours=24, seconds=1)
        assert (await client.post("/pg/orders", json=ORDER, headers=headers)).status_code == 200


async def test_replay_faults_answers_after_the_checks_in_front_of_the_api(make_client: Factory) -> None:
    async with make_client(replay_faults=True) as client:
        await client.post("/__mock/faults", json={"path": "/pg/orders", "status": 503, "count": 3})
        # Credentials are checked first (the fault is used up by the request it matched) ...
        check_error(await client.post("/pg/orders", json=ORDER, headers={**AUTH, "x-client-secret": "no"}), 401)
        # ... then the fault answers in place of the operation, with or without a key.
        check_error(await client.post("/pg/orders", json=ORDER, headers=AUTH), 503)
        keyed = await client.post("/pg/orders", json=ORDER, headers={**AUTH, "x-idempotency-key": "k"})
        check_error(keyed, 503)
        assert keyed.headers["x-idempotency-replayed"] == "false"
        assert (await client.post("/pg/orders", json=ORDER, headers=AUTH)).status_code == 200
        assert (await client.get("/__mock/state")).json()["orders"] == 1


async def test_without_replay_faults_a_retry_after_an_injected_500_succeeds(client: httpx.AsyncClient) -> None:
    await client.post("/__mock/faults", json={"path": "/pg/orders", "status": 500})
    headers = {**AUTH, "x-idempotency-key": "k-front"}
    check_error(await client.post("/pg/orders", json=ORDER, headers=headers), 500)
    retry = await client.post("/pg/orders", json=ORDER, headers=headers)
    assert (retry.status_code, retry.headers["x-idempotency-replayed"]) == (200, "false")


# --- Control endpoints: JSON only, known hosts only, an optional token ----------------------------


@pytest.mark.parametrize(
    ("content", "headers"),
    [
        (b"", {}),  # a no-cors fetch without a body sends no content type
        (b"", {"content-type": "text/plain;charset=UTF-8"}),
        (b'{"x": 1}', {"content-type": "text/plain"}),
        (b"a=b", {"content-type": "application/x-www-form-urlencoded"}),
        (b"", {"content-type": "multipart/form-data; boundary=x"}),
    ],
)
async def test_control_posts_a_page_can_send_cross_site_are_refused(
    client: httpx.AsyncClient, content: bytes, headers: dict[str, str]
) -> None:
    await create_order(client)
    check_error(await client.post("/__mock/reset", content=content, headers=headers), 415, "content_type_invalid")
    fault = b'{"path": "/pg/orders", "status": 500}' if content else b""
    check_error(await client.post("/__mock/faults", content=fault, headers=headers), 415, "content_type_invalid")
    state = (await client.get("/__mock/state")).json()
    assert (state["orders"], state["faults"]) == (1, 0)
    # What the tests and the client helpers send still works: an empty JSON POST, or a JSON body.
    assert (await client.post("/__mock/reset", headers=JSON)).json()["orders"] == 0
    assert (await client.post("/__mock/reset", json={})).status_code == 200


REBINDING_HOSTS = ["attacker.com", "rebind.evil.net:8080", "127.0.0.1.nip.io", "localhost.attacker.com", "a.local"]


@pytest.mark.parametrize("host", REBINDING_HOSTS)
async def test_a_host_an_attacker_can_own_is_refused(client: httpx.AsyncClient, host: str) -> None:
    await create_order(client)
    requests = [("POST", "/__mock/reset", {}), ("GET", "/__mock/state", None), ("POST", "/pg/orders", ORDER)]
    for method, path, body in requests:
        response = await client.request(method, path, json=body, headers={**AUTH, "host": host})
        check_error(response, 400, "host_invalid")
    assert (await client.get("/__mock/state")).json()["orders"] == 1


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1:8080", "[::1]:8080", "10.1.2.3", "localhost", "LOCALHOST.", "shop.localhost:3000", "mock",
     "testserver", "cashfree-mock:8080", "mock.test", "api.example", "x.invalid"],
)  # fmt: skip
async def test_hosts_no_attacker_can_own_are_served(client: httpx.AsyncClient, host: str) -> None:
    assert (await client.get("/__mock/state", headers={"host": host})).status_code == 200


async def test_hosts_answered_before_do_not_open_the_door_to_others(client: httpx.AsyncClient) -> None:
    # The adapter remembers the Host values it has answered (a bounded set): past its bound, and
    # after many good names, an attacker's name is refused as it was on the first request.
    for number in range(300):
        assert (await client.get("/__mock/state", headers={"host": f"mock{number}:8080"})).status_code == 200
    for _ in range(2):
        check_error(await client.get("/__mock/state", headers={"host": "attacker.com"}), 400, "host_invalid")
    assert (await client.get("/__mock/state", headers={"host": "mock299:8080"})).status_code == 200


async def test_allow_hosts_adds_public_names_and_star_allows_any(make_client: Factory) -> None:
    async with make_client(allow_hosts=["Mock.Corp.Example.com"]) as client:
        assert (await client.get("/__mock/state", headers={"host": "mock.corp.example.com:80"})).status_code == 200
        check_error(await client.get("/__mock/state", headers={"host": "other.example.com"}), 400, "host_invalid")
    async with make_client(allow_hosts=["*"]) as client:
        assert (await client.get("/__mock/state", headers={"host": "attacker.com"})).status_code == 200


async def test_control_token(make_client: Factory) -> None:
    async with make_client(control_token="s3cret-token") as client:
        for headers in [{}, {"x-mock-control-token": "s3cret"}, {"x-mock-control-token": "s3cret-token-and-more"}]:
            body = check_error(await client.post("/__mock/reset", json={}, headers=headers), 401)
            assert "s3cret" not in json.dumps(body)
            check_error(await client.get("/__mock/state", headers=headers), 401)
        token = {"x-mock-control-token": "s3cret-token"}
        assert (await client.post("/__mock/reset", json={}, headers=token)).status_code == 200
        assert (await client.get("/__mock/", headers=token)).status_code == 200
        # The API does not need it.
        assert (await client.post("/pg/orders", json=ORDER, headers=AUTH)).status_code == 200


def test_access_settings_are_checked_and_the_token_never_shown() -> None:
    assert "s3cret" not in repr(Access(control_token="s3cret"))
    for token in ["", "tab\there", "caf\u00e9"]:
        with pytest.raises(ValueError, match="control_token"):
            create_app(control_token=token)
    for timeout in [0.0, -1.0, float("nan"), float("inf")]:
        with pytest.raises(ValueError, match="body_timeout"):
            create_app(body_timeout=timeout)


def test_mock_server_checks_host_and_token_over_http() -> None:
    with MockServer(control_token="tok", log_level="critical") as server:
        token = {"x-mock-control-token": "tok"}
        assert httpx.post(server.url + "/__mock/reset", json={}, headers=token).status_code == 200
        assert httpx.post(server.url + "/__mock/reset", json={}).status_code == 401
        rebound = httpx.get(server.url + "/__mock/state", headers={**token, "host": "attacker.com"})
        check_error(rebound, 400, "host_invalid")
        assert server.control_token == "tok"
    with MockServer(host="localhost", allow_hosts=["shop.corp.example.com"], log_level="critical") as named:
        assert named.url.startswith("http://localhost:")
        for host in ["localhost", "shop.corp.example.com"]:
            assert httpx.get(named.url + "/__mock/state", headers={"host": host}).status_code == 200


def test_cli_takes_the_control_token_from_the_environment() -> None:
    command = [sys.executable, "-m", "cashfree_mock", "--port", "0", "--log-level", "warning"]
    env = {**os.environ, "CASHFREE_MOCK_CONTROL_TOKEN": "from-env"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as process:  # noqa: S603
        try:
            assert process.stdout is not None
            lines = [process.stdout.readline() for _ in range(4)]
            url = lines[0].split(" at ", 1)[1].strip().removesuffix("/pg")
            refused = httpx.get(url + "/__mock/state")
            allowed = httpx.get(url + "/__mock/state", headers={"x-mock-control-token": "from-env"})
        finally:
            process.terminate()
    assert "x-mock-control-token" in lines[3]
    assert "from-env" not in "".join(lines)
    assert (refused.status_code, allowed.status_code) == (401, 200)


def test_cli_refuses_a_bad_body_timeout() -> None:
    command = [sys.executable, "-m", "cashfree_mock", "--port", "0", "--body-timeout", "nan"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)  # noqa: S603
    assert result.returncode == 2
    assert "body_timeout" in result.stderr


# --- Slow and vanishing clients, echoed headers ---------------------------------------------------


def _scope(method: str, path: str, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }


async def _call(app: ASGIApp, scope: dict[str, Any], messages: Sequence[Message], then_wait: bool) -> list[Message]:
    """Call the app with these request messages; then wait forever (a stalled client) or disconnect."""
    queue = list(messages)
    sent: list[Message] = []

    async def receive() -> Message:
        if queue:
            return queue.pop(0)
        if then_wait:
            await anyio.sleep_forever()
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    with anyio.fail_after(10):  # before the fix the stalled read never ends: fail, do not hang
        await app(scope, receive, send)
    return sent


def _status_and_body(sent: list[Message]) -> tuple[int, Any]:
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], json.loads(body)


@pytest.mark.parametrize("path", ["/pg/orders", "/__mock/faults"])
async def test_a_body_that_never_finishes_gets_408(path: str) -> None:
    app = create_app(body_timeout=0.05)
    headers = [(b"content-type", b"application/json"), (b"content-length", b"100"), *AUTH_RAW]
    first = {"type": "http.request", "body": b'{"order_amount": ', "more_body": True}
    status, body = _status_and_body(await _call(app, _scope("POST", path, headers), [first], then_wait=True))
    assert status == 408
    assert body["code"] == "request_timeout"
    assert body["type"] == "invalid_request_error"


async def test_a_body_that_never_starts_gets_408_too() -> None:
    app = create_app(body_timeout=0.05)
    headers = [(b"content-type", b"application/json"), (b"content-length", b"10"), *AUTH_RAW]
    status, _ = _status_and_body(await _call(app, _scope("POST", "/pg/orders", headers), [], then_wait=True))
    assert status == 408


def test_a_stalled_body_over_http_is_answered_and_the_connection_closed() -> None:
    with MockServer(body_timeout=0.2, log_level="critical") as server:
        port = int(server.url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            head = (
                "POST /pg/orders HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
                "content-length: 100\r\nx-api-version: 2026-01-01\r\n\r\n{"
            )
            sock.sendall(head.encode())
            answer = b""
            while chunk := sock.recv(65536):  # ends when the server closes the connection
                answer += chunk
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b'"code":"request_timeout"' in answer


AUTH_RAW = [(name.encode(), value.encode()) for name, value in AUTH.items()]


async def test_a_client_that_disconnects_mid_body_is_one_log_line(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"100"), *AUTH_RAW]
    first = {"type": "http.request", "body": b'{"order_amount"', "more_body": True}
    with caplog.at_level(logging.DEBUG, logger="cashfree_mock"):
        sent = await _call(app, _scope("POST", "/pg/orders/a\nb/authorization", headers), [first], then_wait=False)
    assert sent == []  # no one to answer
    records = [r for r in caplog.records if r.name.startswith("cashfree_mock")]
    assert len(records) == 1
    (record,) = records
    assert record.levelno < logging.WARNING
    assert record.exc_info is None
    assert "\n" not in record.getMessage()
    assert "disconnected" in record.getMessage()


@pytest.mark.parametrize(
    ("sent", "echoed"),
    [
        (b"abc\x01def\x7f", "abcdef"),
        (b"line\r\nset-cookie: x=1", "lineset-cookie: x=1"),
        (b"tab\tand\x00nul", "tabandnul"),
        (b"\x01 spaced \x02", "spaced"),
    ],
)
async def test_echoed_headers_are_stripped_of_control_characters(sent: bytes, echoed: str) -> None:
    app = create_app()
    headers = [(b"x-request-id", sent), (b"x-idempotency-key", sent), (b"content-type", b"application/json"), *AUTH_RAW]
    body = json.dumps(ORDER).encode()
    messages = [{"type": "http.request", "body": body, "more_body": False}]
    replies = await _call(app, _scope("POST", "/pg/orders", headers), messages, then_wait=False)
    start = next(m for m in replies if m["type"] == "http.response.start")
    response_headers = dict(start["headers"])
    assert start["status"] == 200
    assert response_headers[b"x-request-id"] == echoed.encode()
    assert response_headers[b"x-idempotency-key"] == echoed.encode()


async def test_a_request_id_of_control_characters_only_gets_a_fresh_one() -> None:
    app = create_app()
    replies = await _call(app, _scope("GET", "/__mock/state", [(b"x-request-id", b"\x01\x02")]), [], then_wait=False)
    start = next(m for m in replies if m["type"] == "http.response.start")
    assert re.fullmatch(rb"[0-9a-f-]{36}", dict(start["headers"])[b"x-request-id"])


async def test_a_content_length_of_thousands_of_digits_is_413() -> None:
    app = create_app()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"9" * 5000), *AUTH_RAW]
    messages = [{"type": "http.request", "body": b"{}", "more_body": False}]
    status, body = _status_and_body(await _call(app, _scope("POST", "/pg/orders", headers), messages, False))
    assert (status, body["code"]) == (413, "request_too_large")
