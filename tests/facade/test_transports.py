"""AsyncCashfree on its two transports, aiohttp's and httpx's own, over real sockets: the same behaviour.

Which transport is picked, and what each does when the other end misbehaves: a dropped connection, a
stall, a refused connection, a redirect, an untrusted certificate, a cancelled call, a full pool, a close.
"""

from __future__ import annotations

import asyncio
import gc
import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import pytest

from cashfree_facade import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncCashfree,
    Cashfree,
    CashfreeError,
    _transports,
)
from cashfree_facade._aiohttp_transport import AiohttpTransport, _client_timeout, _httpx_error
from tests.support.fake_time import Sleeps
from tests.support.loopback import LoopbackServer, WireRequest, http_response
from tests.support.mock_transport import CLIENT_SECRET

TRANSPORTS = ["aiohttp", "httpx"]


def json_answer(body: bytes = b"[]") -> bytes:
    return http_response(200, body, headers={"content-type": "application/json", "x-request-id": "req_t"})


@pytest.fixture
def served() -> Iterator[LoopbackServer]:
    """A server whose handler each test sets: ``served.handler = ...``; it answers an empty list by default."""

    async def default(request: WireRequest) -> bytes:
        return json_answer()

    server = LoopbackServer(default)
    yield server
    server.stop()


def client(kind: str, server: LoopbackServer, **options: Any) -> AsyncCashfree:
    cf = AsyncCashfree("id", CLIENT_SECRET, base_url=server.url + "/pg", transport=kind, **options)
    cf._sleep = Sleeps().async_
    assert cf.transport == kind
    return cf


# ------------------------------------------------------------------ which transport
def test_aiohttp_is_the_default_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert AsyncCashfree().transport == "aiohttp"
    assert AsyncCashfree().with_options(max_retries=0).transport == "aiohttp"
    assert AsyncCashfree(transport="httpx").transport == "httpx"
    assert AsyncCashfree(http_client=httpx.AsyncClient()).transport == "custom"
    monkeypatch.setattr(_transports, "aiohttp_installed", lambda: False)
    assert AsyncCashfree().transport == "httpx"
    with pytest.raises(ValueError, match=r"cashfree-pg-client\[aiohttp\]"):
        AsyncCashfree(transport="aiohttp")


def test_a_proxy_in_the_environment_picks_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    assert AsyncCashfree().transport == "httpx"
    assert AsyncCashfree(transport="aiohttp").transport == "aiohttp"


def test_the_sync_client_sends_with_httpx() -> None:
    assert Cashfree().transport == Cashfree(transport="httpx").transport == "httpx"
    assert Cashfree(http_client=httpx.Client()).transport == "custom"
    with pytest.raises(ValueError, match="transport='aiohttp' is for AsyncCashfree"):
        Cashfree(transport="aiohttp")


@pytest.mark.parametrize("client_class", [Cashfree, AsyncCashfree])
def test_bad_transport_choices(client_class: type[Cashfree] | type[AsyncCashfree]) -> None:
    with pytest.raises(ValueError, match="transport: expected one of 'auto', 'aiohttp', 'httpx'"):
        client_class(transport="requests")
    http = httpx.Client() if client_class is Cashfree else httpx.AsyncClient()
    with pytest.raises(ValueError, match="either http_client or transport"):
        client_class(transport="httpx", http_client=http)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the same behaviour on both
@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_dropped_connection_is_a_retried_connection_error(kind: str, served: LoopbackServer) -> None:
    async def drop(request: WireRequest) -> None:
        return None

    served.handler = drop

    async def call() -> None:
        async with client(kind, served) as cf:
            with pytest.raises(APIConnectionError) as caught:
                await cf.payments.list("o1")
        assert type(caught.value) is APIConnectionError
        cause = caught.value.__cause__
        assert type(cause) is httpx.RemoteProtocolError
        chain: list[BaseException] = []
        while cause is not None:
            chain.append(cause)
            cause = cause.__cause__ or cause.__context__
        # Nothing of aiohttp's (whose exceptions can hold the request's headers) is chained.
        assert not [error for error in chain if type(error).__module__.startswith("aiohttp")]

    asyncio.run(call())
    assert len(served.requests) == 3  # the first try and two retries


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_stalled_answer_is_a_read_timeout(kind: str, served: LoopbackServer) -> None:
    async def stall(request: WireRequest) -> bytes:
        await asyncio.sleep(10)
        return json_answer()

    served.handler = stall

    async def call() -> None:
        async with client(kind, served, timeout=0.2, max_retries=0) as cf:
            with pytest.raises(APITimeoutError) as caught:
                await cf.payments.list("o1")
        assert type(caught.value.__cause__) is httpx.ReadTimeout

    asyncio.run(call())


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_refused_connection_is_a_connect_error(kind: str, served: LoopbackServer) -> None:
    served.stop()

    async def call() -> None:
        async with client(kind, served, max_retries=0) as cf:
            with pytest.raises(APIConnectionError) as caught:
                await cf.payments.list("o1")
        assert type(caught.value.__cause__) is httpx.ConnectError
        assert CLIENT_SECRET not in str(caught.value)

    asyncio.run(call())


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_redirects_are_never_followed(kind: str, served: LoopbackServer) -> None:
    async def redirect(request: WireRequest) -> bytes:
        return http_response(302, reason="Found", headers={"location": "/elsewhere"})

    served.handler = redirect

    async def call() -> None:
        async with client(kind, served, max_retries=0) as cf:
            with pytest.raises(APIStatusError) as caught:
                await cf.payments.list("o1")
        assert caught.value.status_code == 302

    asyncio.run(call())
    assert [request.target for request in served.requests] == ["/pg/orders/o1/payments"]


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command to make a certificate")
    folder: Path = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(  # noqa: S603
        [
            *(openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_tls_certificates_are_verified(kind: str, self_signed: ssl.SSLContext) -> None:
    async def answer(request: WireRequest) -> bytes:
        return json_answer()

    server = LoopbackServer(answer, tls=self_signed)

    async def call() -> None:
        async with client(kind, server, max_retries=0) as cf:
            with pytest.raises(APIConnectionError) as caught:
                await cf.payments.list("o1")
        assert type(caught.value.__cause__) is httpx.ConnectError
        assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)

    try:
        asyncio.run(call())
    finally:
        server.stop()
    assert server.requests == []


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_cancelled_call_leaves_the_client_usable(kind: str, served: LoopbackServer) -> None:
    async def first_stalls(request: WireRequest) -> bytes:
        if len(served.requests) == 1:
            await asyncio.sleep(10)
        return json_answer()

    served.handler = first_stalls

    async def call() -> None:
        async with client(kind, served) as cf:
            task = asyncio.create_task(cf.payments.list("o1"))
            for _ in range(500):  # until the request is on the server
                await asyncio.sleep(0.01)
                if served.requests:
                    break
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert await cf.payments.list("o2") == []

    asyncio.run(call())
    assert [request.target for request in served.requests] == ["/pg/orders/o1/payments", "/pg/orders/o2/payments"]
    assert served.connections == 2  # the cancelled call's connection was not put back in the pool


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_the_pool_keeps_its_connections_and_its_limit(kind: str, served: LoopbackServer) -> None:
    async def slow(request: WireRequest) -> bytes:
        await asyncio.sleep(0.05)
        return json_answer()

    served.handler = slow

    async def default_pool() -> None:
        async with client(kind, served) as cf:
            for _ in range(2):  # the second round reuses the first round's 8 connections
                await asyncio.gather(*(cf.payments.list(f"o{i}") for i in range(8)))

    asyncio.run(default_pool())
    assert (served.connections, served.most_open) == (8, 8)

    limits = httpx.Limits(max_connections=2)
    transport = AiohttpTransport(limits=limits) if kind == "aiohttp" else httpx.AsyncHTTPTransport(limits=limits)

    async def limited_pool() -> None:
        http = httpx.AsyncClient(transport=transport)
        async with AsyncCashfree("id", "secret", base_url=served.url + "/pg", http_client=http) as cf:
            await asyncio.gather(*(cf.payments.list(f"o{i}") for i in range(6)))
        await http.aclose()

    asyncio.run(limited_pool())
    assert served.most_open == 8
    assert served.connections == 10  # two more, never more than two at once
    assert len(served.requests) == 22


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_closing_closes_the_connections(kind: str, served: LoopbackServer) -> None:
    async def call() -> None:
        cf = client(kind, served)
        await cf.payments.list("o1")
        assert served.open_connections == 1
        await cf.close()
        for _ in range(200):
            if served.open_connections == 0:
                break
            await asyncio.sleep(0.01)
        assert served.open_connections == 0
        assert await cf.payments.list("o1") == []  # the client stays usable: a new pool, a new connection
        await cf.close()

    asyncio.run(call())
    assert served.connections == 2


# ------------------------------------------------------------------ aiohttp's own details
def test_one_pool_per_event_loop_and_no_unclosed_session_reported(
    served: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    gc.collect()  # a session an earlier test left behind is reported when collected: not this test's
    caplog.clear()
    cf = client("aiohttp", served)
    for _ in range(2):  # two loops, the first one's pool left unclosed: AsyncCashfree drops it
        assert asyncio.run(cf.payments.list("o1")) == []
    asyncio.run(cf.close())
    gc.collect()
    assert served.connections == 2
    assert "Unclosed" not in caplog.text


def test_a_pool_passed_in_serves_the_loop_it_first_ran_on(served: LoopbackServer) -> None:
    http = httpx.AsyncClient(transport=AiohttpTransport())
    cf = AsyncCashfree("id", "secret", base_url=served.url + "/pg", http_client=http, max_retries=0)
    with asyncio.Runner() as first:
        assert first.run(cf.payments.list("o1")) == []
        with pytest.raises(CashfreeError, match="another event loop"):
            asyncio.run(cf.payments.list("o1"))
        first.run(http.aclose())


def test_timeouts_map_to_aiohttp() -> None:
    mapped = _client_timeout(httpx.Timeout(60.0, connect=5.0).as_dict())
    assert (mapped.total, mapped.connect, mapped.sock_connect, mapped.sock_read) == (None, 65.0, 5.0, 60.0)
    unlimited = _client_timeout(httpx.Timeout(None).as_dict())
    assert (unlimited.total, unlimited.connect, unlimited.sock_connect, unlimited.sock_read) == (None,) * 4
    assert _client_timeout(None).sock_read is None


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
        (TimeoutError(), httpx.ReadTimeout),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("truncated"), httpx.RemoteProtocolError),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (aiohttp.InvalidURL("nope"), httpx.UnsupportedProtocol),
        (aiohttp.ClientConnectionError("other"), httpx.NetworkError),
    ],
)
def test_aiohttp_errors_become_httpx_errors(error: Exception, expected: type[Exception]) -> None:
    request = httpx.Request("GET", "http://127.0.0.1/pg")
    mapped = _httpx_error(error, request)
    assert type(mapped) is expected
    assert mapped.request is request
    assert type(error).__name__ in str(mapped)


@pytest.mark.parametrize("kind", ["sync", *TRANSPORTS])
def test_cookies_a_server_sets_are_sent_back(kind: str, served: LoopbackServer) -> None:
    # The pools the clients make read Set-Cookie only when there is one: what they keep must not change.
    async def sets_a_cookie(request: WireRequest) -> bytes:
        headers = {"content-type": "application/json", "set-cookie": "lb=node-2; Path=/"}
        return http_response(200, b"[]", headers=headers) if len(served.requests) == 2 else json_answer()

    served.handler = sets_a_cookie
    if kind == "sync":
        with Cashfree("id", "secret", base_url=served.url + "/pg") as sync:
            for _ in range(3):
                sync.payments.list("o1")
    else:

        async def calls() -> None:
            async with client(kind, served) as cf:
                for _ in range(3):
                    await cf.payments.list("o1")

        asyncio.run(calls())
    assert [request.header("cookie") for request in served.requests] == [None, None, "lb=node-2"]


def test_a_pool_made_here_sends_what_httpx_client_send_would(served: LoopbackServer) -> None:
    # The clients' own pools skip httpx.Client.build_request / send (see _transports.send_sync): the request
    # on the wire (line, headers in order, body) is the one a pool passed in as http_client gets, which goes
    # through both. A timeout as well: a stalled answer on each path is covered above.
    order = {"order_amount": 10, "order_currency": "INR", "idempotency_key": "key-1", "request_id": "rid-1"}
    customer = {"customer_id": "c1", "customer_phone": "9898989898"}

    async def created(request: WireRequest) -> bytes:
        body = b'{"cf_order_id": "1", "order_id": "o1", "entity": "order", "order_currency": "INR", '
        body += b'"order_amount": 10, "order_status": "ACTIVE", "payment_session_id": "s1"}'
        return http_response(200, body, headers={"content-type": "application/json"})

    served.handler = created
    base_url = served.url + "/pg"
    with Cashfree("id", "secret", base_url=base_url, http_client=httpx.Client()) as generic:
        generic.orders.create(customer_details=customer, **order)  # type: ignore[arg-type]
    with Cashfree("id", "secret", base_url=base_url) as own:
        own.orders.create(customer_details=customer, **order)  # type: ignore[arg-type]

    async def calls() -> None:
        async with AsyncCashfree("id", "secret", base_url=base_url, http_client=httpx.AsyncClient()) as cf:
            await cf.orders.create(customer_details=customer, **order)  # type: ignore[arg-type]
        for kind in TRANSPORTS:
            async with AsyncCashfree("id", "secret", base_url=base_url, transport=kind) as cf:
                assert cf.transport == kind
                await cf.orders.create(customer_details=customer, **order)  # type: ignore[arg-type]

    asyncio.run(calls())
    sent = [(request.method, request.target, request.headers, request.body) for request in served.requests]
    assert len(sent) == 5
    assert sent[1] == sent[0]  # sync: own pool, passed-in pool
    assert sent[3] == sent[2]  # async on aiohttp: own pool, the same request
    assert sent[4] == sent[2]  # async on httpx: own pool, passed-in pool
    assert ("x-client-secret", "secret") in sent[0][2]
