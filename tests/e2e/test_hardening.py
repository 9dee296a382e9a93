"""The client's hardening against the real simulator over loopback HTTP, sync and async: no canary reachable
from any error, credentials never follow a redirect to another server, a rate-limited call ends at its
deadline, and an ``AsyncCashfree`` keeps working across event loops."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from cashfree_facade import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncCashfree,
    AuthenticationError,
    BadRequestError,
    Cashfree,
    InternalServerError,
    RateLimitError,
)
from cashfree_mock import MockServer
from tests.support.canaries import CARD_METHOD, RAW_CARD, SECRET, TOKEN_DATA, Canaries, closed_port
from tests.support.fake_time import Sleeps, no_sleep
from tests.support.harness import control
from tests.support.sandbox_data import CUSTOMER

CLIENT_ID = "canary_client_id"
MISSING_EXPIRY = {"card": {"channel": "link", "card_number": RAW_CARD["card"]["card_number"], "card_cvv": "8642"}}


@pytest.fixture(scope="module")
def canary_server() -> Iterator[MockServer]:
    with MockServer(client_id=CLIENT_ID, client_secret=SECRET, log_level="critical") as running:
        yield running


def _scenarios(server: MockServer) -> list[tuple[str, dict[str, Any] | None, type[BaseException], str]]:
    """(what, fault to inject first, error expected, call): every error class with a canary in the request."""
    sessions = "/pg/orders/sessions"
    return [
        ("400 for a card without expiry", None, BadRequestError, "pay_missing_expiry"),
        ("401 for a wrong secret", None, AuthenticationError, "create_wrong_secret"),
        ("500 on every attempt", {"path": sessions, "status": 500, "count": 3}, InternalServerError, "pay_card"),
        (
            "500 on every attempt (secret)",
            {"path": "/pg/orders", "status": 500, "count": 3},
            InternalServerError,
            "create",
        ),
        ("429 on every attempt", {"path": sessions, "status": 429, "count": 3}, RateLimitError, "pay_raw"),
        (
            "dropped connections",
            {"path": f"{sessions}/authorize", "drop": True, "count": 3},
            APIConnectionError,
            "authorize",
        ),
        ("timeouts (card)", {"path": sessions, "delay_ms": 300, "count": 3}, APITimeoutError, "pay_card_fast"),
        (
            "timeouts (secret)",
            {"path": "/pg/orders/*/payments", "delay_ms": 300, "count": 3},
            APITimeoutError,
            "list_fast",
        ),
    ]


def _call(cf: Any, name: str, session: str, order_id: str) -> Any:
    calls: dict[str, Callable[[], Any]] = {
        "pay_missing_expiry": lambda: cf.orders.pay(session, MISSING_EXPIRY),
        "create_wrong_secret": lambda: cf.with_options(client_secret=SECRET + "_WRONG").orders.create(
            order_amount=10, order_currency="INR", customer_details=CUSTOMER
        ),
        "pay_card": lambda: cf.orders.pay(session, CARD_METHOD),
        "pay_raw": lambda: cf.orders.pay(session, RAW_CARD),
        "create": lambda: cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER),
        "authorize": lambda: cf.orders.authorize(session, authorization_data=TOKEN_DATA),
        "pay_card_fast": lambda: cf.orders.pay(session, CARD_METHOD, timeout=0.05),
        "list_fast": lambda: cf.payments.list(order_id, timeout=0.05),
    }
    return calls[name]()


def test_no_canary_from_any_error_against_the_simulator_sync(
    canary_server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    control(canary_server, "POST", "/reset")
    canaries = Canaries()
    with Cashfree(CLIENT_ID, SECRET, base_url=canary_server.base_url) as cf:
        no_sleep(cf)
        order = cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
        for what, fault, expected, name in _scenarios(canary_server):
            if fault is not None:
                control(canary_server, "POST", "/faults", fault)
            with pytest.raises(expected) as caught:
                _call(cf, name, order.payment_session_id, order.order_id)
            canaries.error(caught.value)
            assert what
            control(canary_server, "DELETE", "/faults")
    with Cashfree(CLIENT_ID, SECRET, base_url=f"http://127.0.0.1:{closed_port()}/pg") as offline:
        no_sleep(offline)
        for name in ("pay_card", "create"):
            with pytest.raises(APIConnectionError) as refused:
                _call(offline, name, "session_x", "order_x")
            canaries.error(refused.value)
    canaries.records(caplog.records)
    canaries.assert_clean()


def test_no_canary_from_any_error_against_the_simulator_async(
    canary_server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    control(canary_server, "POST", "/reset")
    canaries = Canaries()

    async def journey() -> None:
        async with (
            httpx.AsyncClient() as mock,
            AsyncCashfree(CLIENT_ID, SECRET, base_url=canary_server.base_url) as cf,
        ):
            no_sleep(cf)
            order = await cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
            for _what, fault, expected, name in _scenarios(canary_server):
                if fault is not None:
                    (await mock.post(f"{canary_server.url}/__mock/faults", json=fault)).raise_for_status()
                with pytest.raises(expected) as caught:
                    await _call(cf, name, order.payment_session_id, order.order_id)
                canaries.error(caught.value)
                (await mock.delete(f"{canary_server.url}/__mock/faults")).raise_for_status()
        async with AsyncCashfree(CLIENT_ID, SECRET, base_url=f"http://127.0.0.1:{closed_port()}/pg") as offline:
            no_sleep(offline)
            with pytest.raises(APIConnectionError) as refused:
                await offline.orders.pay("session_x", CARD_METHOD)
            canaries.error(refused.value)

    asyncio.run(journey())
    canaries.records(caplog.records)
    canaries.assert_clean()


# ---------------------------------------------------------------------------------------------- redirects
class _Server:
    """A stdlib HTTP server in a thread that records each request's headers and answers with ``answer``."""

    def __init__(self, answer: Callable[[str], tuple[int, dict[str, str], bytes]]) -> None:
        self.seen: list[dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                outer.seen.append({k.lower(): v for k, v in self.headers.items()})
                length = int(self.headers.get("content-length") or 0)
                self.rfile.read(length)
                status, headers, body = answer(self.path)
                self.send_response(status)
                for name, value in {**headers, "content-length": str(len(body))}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _any

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        # A short poll: shutdown() waits out one.
        threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextlib.contextmanager
def _two_origins(status: int) -> Iterator[tuple[_Server, _Server]]:
    other = _Server(lambda path: (200, {"content-type": "application/json"}, b"[]"))
    api = _Server(lambda path: (status, {"location": other.url + path}, b""))
    try:
        yield api, other
    finally:
        api.close()
        other.close()


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_credentials_never_follow_a_redirect_to_another_server(mode: str, status: int) -> None:
    with _two_origins(status) as (api, other):
        if mode == "sync":
            with httpx.Client(follow_redirects=True) as http:
                cf = Cashfree(CLIENT_ID, SECRET, base_url=api.url + "/pg", http_client=http)
                for call in (lambda: cf.payments.list("order_1"), lambda: cf.orders.pay("session_1", CARD_METHOD)):
                    with pytest.raises(APIStatusError, match="redirect") as caught:
                        call()
                    assert caught.value.status_code == status
        else:

            async def calls() -> None:
                async with httpx.AsyncClient(follow_redirects=True) as http:
                    acf = AsyncCashfree(CLIENT_ID, SECRET, base_url=api.url + "/pg", http_client=http)
                    with pytest.raises(APIStatusError, match="redirect"):
                        await acf.payments.list("order_1")
                    with pytest.raises(APIStatusError, match="redirect"):
                        await acf.orders.pay("session_1", CARD_METHOD)

            asyncio.run(calls())
        assert other.seen == []
        assert len(api.seen) == 2
        assert api.seen[0]["x-client-secret"] == SECRET  # the configured origin, and only it, got the secret


# ---------------------------------------------------------------------------------------------- the deadline
def _at_minute_and_5_seconds() -> datetime:
    return datetime(2026, 1, 1, 12, 0, 5, tzinfo=UTC)


def test_a_rate_limited_call_ends_at_its_deadline_against_the_simulator(mode: str) -> None:
    """The simulator's sandbox limit (30 creates a minute) answers the 31st with x-ratelimit-retry: 55."""
    with MockServer(rate_limits=True, clock=_at_minute_and_5_seconds, log_level="critical") as server:
        client_class = Cashfree if mode == "sync" else AsyncCashfree
        sleeps = Sleeps()

        async def as_awaitable(value: Any) -> Any:
            return await value if asyncio.iscoroutine(value) else value

        def create(cf: Any, **options: Any) -> Any:
            return cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER, **options)

        async def scenario() -> RateLimitError:
            cf = client_class(server.client_id, server.client_secret, base_url=server.base_url, total_timeout=30)
            no_sleep(cf, sleeps)
            for _ in range(30):
                await as_awaitable(create(cf))
            try:
                await as_awaitable(create(cf, idempotency_key="create-31"))
            except RateLimitError as error:
                return error
            finally:
                closing = cf.close()
                if closing is not None:
                    await closing
            raise AssertionError("the 31st create was not rate limited")

        error = asyncio.run(scenario())
    assert error.retry_after == 55.0
    assert sleeps == []  # a 55 s wait would pass the 30 s deadline: raised at once
    assert error.idempotency_key == "create-31"


# ---------------------------------------------------------------------------------------------- event loops
def test_an_async_client_works_from_a_second_event_loop(server: MockServer) -> None:
    control(server, "POST", "/reset")
    cf = AsyncCashfree(server.client_id, server.client_secret, base_url=server.base_url)

    async def create() -> str:
        order = await cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
        return str(order.order_id)

    async def create_and_close() -> str:
        async with cf:
            return await create()

    first = asyncio.run(create())
    second = asyncio.run(create())  # a new loop: the pool of the first cannot be used here
    third = asyncio.run(create_and_close())
    fourth = asyncio.run(create_and_close())  # closed in the last loop, usable in the next
    assert len({first, second, third, fourth}) == 4
    assert control(server, "GET", "/state")["orders"] == 4
    copy = cf.with_options(max_retries=0)
    assert asyncio.run(copy.payments.list(first)) == []
    asyncio.run(cf.close())
